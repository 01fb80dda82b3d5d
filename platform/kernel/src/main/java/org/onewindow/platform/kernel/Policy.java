package org.onewindow.platform.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A named business rule that explains itself: it returns the {@link Violation} when the subject breaks
 * it, or empty when the subject complies. Services keep their rules as small policy objects and run
 * them together, so every broken rule is reported at once.
 *
 * <pre>{@code
 * Policy<Application> itemPublished = Policy.of("itemCode", "catalog.item-not-published",
 *         "the item is not published in the catalog", app -> catalog.isPublished(app.itemCode()));
 * Policy.enforce(application, List.of(itemPublished, deliveredToLevel));
 * }</pre>
 */
@FunctionalInterface
public interface Policy<T> {

    Optional<Violation> check(T subject);

    /** A policy that holds when {@code holds} is true, and otherwise reports the given violation. */
    static <T> Policy<T> of(String field, String rule, String message, Predicate<? super T> holds) {
        Violation violation = new Violation(field, rule, message);
        Objects.requireNonNull(holds, "holds");
        return subject -> holds.test(subject) ? Optional.empty() : Optional.of(violation);
    }

    /** Runs every policy (none short-circuits the others) and returns the violations, in policy order. */
    static <T> List<Violation> violations(T subject, List<? extends Policy<? super T>> policies) {
        List<Violation> found = new ArrayList<>();
        for (Policy<? super T> policy : policies) {
            policy.check(subject).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /** Runs every policy and throws one {@link RuleViolation} listing all violations, if any. */
    static <T> void enforce(T subject, List<? extends Policy<? super T>> policies) {
        List<Violation> found = violations(subject, policies);
        if (!found.isEmpty()) {
            throw new RuleViolation(found);
        }
    }
}
