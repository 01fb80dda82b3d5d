package org.onewindow.platform.test.compatibility;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects changes while documents are walked. A schema reached by many operations is reported once per rule and
 * place (with the first way it was reached), so one removed property of a shared schema is one line, not twenty.
 */
final class Changes {

    private final Map<String, Change> found = new LinkedHashMap<>();

    void add(Rule rule, String where, String via, String detail) {
        found.putIfAbsent(rule + " " + where + " " + detail, new Change(rule, where, via, detail));
    }

    CompatibilityReport report() {
        return new CompatibilityReport(found.values().stream()
                .sorted(Comparator.comparing((Change c) -> !c.breaking()).thenComparing(Change::where)
                        .thenComparing(c -> c.rule().id()))
                .toList());
    }

    /** {@code parent} extended by one JSON Pointer step ({@code ~} and {@code /} escaped as RFC 6901 says). */
    static String child(String parent, String step) {
        return parent + "/" + step.replace("~", "~0").replace("/", "~1");
    }

    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
