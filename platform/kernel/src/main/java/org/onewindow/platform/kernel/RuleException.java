package org.onewindow.platform.kernel;

/**
 * A refused request that names the one rule it enforces, a stable identifier such as {@code task.not-open} that a
 * problem document carries beside the message: {@link StateConflict} (409) and {@link NotPermitted} (403).
 */
public abstract class RuleException extends RuntimeException {

    private final String rule;

    protected RuleException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
