package org.onewindow.platform.kernel;

/**
 * The request is well-formed but illegal in the current state, e.g. an opinion on a completed task
 * (HTTP 409). The message names the current state: "task 7f.. is COMPLETED; opinions are taken only on OPEN tasks".
 */
public class StateConflict extends RuleException {

    public StateConflict(String rule, String message) {
        super(rule, message);
    }
}
