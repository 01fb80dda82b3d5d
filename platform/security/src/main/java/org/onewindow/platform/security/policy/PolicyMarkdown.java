package org.onewindow.platform.security.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policy table as the Markdown table of docs/security.md ("Access policy"): one line per
 * {@code resource.action}, one column per role, the cell is the scope. docs/security.md holds this text between
 * the markers below; a test compares it, so the docs cannot drift from the table.
 */
public final class PolicyMarkdown {

    public static final String BEGIN = "<!-- access-policy:begin (generated from access-policy.csv; checked by SecurityDocTest) -->";
    public static final String END = "<!-- access-policy:end -->";

    private PolicyMarkdown() {
    }

    /** @param roles the role columns in order ({@link Grant#PUBLIC} is added last) */
    public static String table(AccessPolicy policy, List<String> roles) {
        List<String> columns = new ArrayList<>(roles);
        columns.add(Grant.PUBLIC);
        Map<String, Set<String>> operations = new LinkedHashMap<>();
        for (Grant grant : policy.grants()) {
            operations.computeIfAbsent(grant.permission(), k -> new LinkedHashSet<>());
        }
        for (Operation op : policy.operations()) {
            operations.computeIfAbsent(op.permission(), k -> new LinkedHashSet<>())
                    .add(op.service() + " `" + op.method() + " " + op.path() + "`");
        }
        StringBuilder md = new StringBuilder();
        md.append("| resource.action | operations | ").append(String.join(" | ", columns)).append(" |\n");
        md.append("|---|---|").append("---|".repeat(columns.size())).append('\n');
        for (Map.Entry<String, Set<String>> entry : operations.entrySet()) {
            String[] key = entry.getKey().split("\\.", 2);
            md.append("| ").append(entry.getKey()).append(" | ")
                    .append(entry.getValue().stream().collect(Collectors.joining("<br>"))).append(" |");
            for (String role : columns) {
                String cell = policy.grants().stream()
                        .filter(g -> g.role().equals(role) && g.resource().equals(key[0]) && g.action().equals(key[1]))
                        .map(g -> g.scope().code()).findFirst().orElse("");
                md.append(' ').append(cell).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
