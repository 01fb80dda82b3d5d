package org.onewindow.platform.test.compatibility;

import java.util.List;

/** The changes found between a baseline and the current document, breaking ones first. */
public record CompatibilityReport(List<Change> changes) {

    public CompatibilityReport {
        changes = List.copyOf(changes);
    }

    public List<Change> breaking() {
        return changes.stream().filter(Change::breaking).toList();
    }

    public List<Change> compatible() {
        return changes.stream().filter(c -> !c.breaking()).toList();
    }

    public boolean hasBreakingChanges() {
        return changes.stream().anyMatch(Change::breaking);
    }

    /** The rules that fired, for tests and summaries. */
    public List<Rule> rules() {
        return changes.stream().map(Change::rule).distinct().toList();
    }
}
