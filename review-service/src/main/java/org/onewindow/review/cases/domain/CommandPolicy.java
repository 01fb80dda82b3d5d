package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.Optional;

/**
 * One named rule a command on a case must pass, in the style of {@link OpinionPolicies}: {@code Optional.empty()}
 * when the subject complies, else the refusal. A command lists its rules in the order they are asked (who may act,
 * then the state of the case, then the input) and the first refusal wins.
 *
 * @param <S> what the rule looks at: the case and the command's input
 */
@FunctionalInterface
public interface CommandPolicy<S> {

    Optional<Refusal> check(S subject);

    /** The first refusal of {@code policies}, asked in order, if any. */
    static <S> Optional<Refusal> firstRefusal(S subject, List<CommandPolicy<S>> policies) {
        return policies.stream()
                .map(policy -> policy.check(subject))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Throws the kernel exception of the first refusal (nothing has changed on the case yet), else returns. */
    static <S> void enforce(S subject, List<CommandPolicy<S>> policies) {
        firstRefusal(subject, policies).ifPresent(refusal -> {
            throw Refusal.toException(refusal);
        });
    }
}
