package org.onewindow.platform.test.compatibility;

/**
 * One difference between a baseline and the current document.
 *
 * @param rule   what the difference means to integrators
 * @param where  JSON Pointer of the node in the document (the baseline's for what is gone, the current one's for
 *               what is new), prefixed by the event type for event schemas
 * @param via    how integrators reach it (e.g. {@code GET /api/review/v1/cases/{caseNumber} response 200}); empty
 *               when {@code where} says it all
 * @param detail what changed, e.g. {@code string -> [string, null]}
 */
public record Change(Rule rule, String where, String via, String detail) {

    public boolean breaking() {
        return rule.breaking();
    }

    @Override
    public String toString() {
        return "[" + rule.id() + "] " + where + (via.isEmpty() ? "" : " (" + via + ")")
                + (detail.isEmpty() ? "" : ": " + detail);
    }
}
