package org.onewindow.platform.kernel;

/**
 * The actor may not do this (HTTP 403): a reviewer of another department, the reviewer checking their own
 * work (一审一核), an approver supervising their own approval (审管分离).
 */
public class NotPermitted extends RuleException {

    public NotPermitted(String rule, String message) {
        super(rule, message);
    }
}
