package org.onewindow.platform.kernel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input breaks one or more business or format rules (HTTP 422, or 400 for malformed syntax).
 * Carries every {@link Violation} found, so a caller can report them all at once (一次性告知).
 */
public class RuleViolation extends RuntimeException {

    private final transient List<Violation> violations;

    public RuleViolation(String field, String rule, String message) {
        this(List.of(new Violation(field, rule, message)));
    }

    public RuleViolation(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first violation: convenient when the thrower reports a single rule. */
    public Violation first() {
        return violations.getFirst();
    }

    /** True when {@code check} runs without a RuleViolation: the {@code isValid} of the kernel's parsed types. */
    static boolean notThrownBy(Runnable check) {
        try {
            check.run();
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }

    private static String describe(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("a RuleViolation needs at least one violation");
        }
        return violations.stream()
                .map(v -> (v.field() == null ? "" : v.field() + ": ") + v.message() + " [" + v.rule() + "]")
                .collect(Collectors.joining("; "));
    }
}
