package org.onewindow.platform.commands;

/** Whether a command needs the client's {@code If-Match} (DESIGN §8: updates use optimistic locking). */
public enum IfMatch {
    /** 428 when the header is missing, 412 when it names another version. */
    REQUIRED,
    /** Checked when the client sends it (412 on a mismatch), accepted without. */
    WHEN_GIVEN,
    /** Not an HTTP command (a consumed event, a scheduled job). */
    NOT_APPLICABLE
}
