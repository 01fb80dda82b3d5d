package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Acting for someone else is proven, not claimed: a caller naming a principal ({@code X-On-Behalf-Of}) is accepted
 * only when the case records the relation at this moment, an AB岗 deputy assignment in force: the caller is the named
 * deputy of a task of their own department, standing in for exactly that principal (the assignment ends when the
 * step it covers is completed). Asked before every command a person sends to a case; nothing is written on refusal.
 */
public final class ActingForPolicies {

    public static final String RULE = "review.on-behalf-not-allowed";

    private ActingForPolicies() {
    }

    /**
     * @param taskId the task the command is about, or null for a command on the whole case (then any task of the
     *               case may carry the assignment)
     */
    public static Optional<Refusal> check(ReviewCase reviewCase, UUID taskId, ActingUser actor) {
        String principal = actor.onBehalfOf();
        if (principal == null || principal.equals(actor.userId())) {
            return Optional.empty();
        }
        List<DepartmentTask> tasks = taskId == null ? reviewCase.tasks()
                : reviewCase.tasks().stream().filter(t -> t.taskId().equals(taskId)).toList();
        boolean recorded = tasks.stream().anyMatch(t -> Objects.equals(t.department(), actor.department())
                && actor.userId().equals(t.deputyUserId()) && principal.equals(t.deputyFor()));
        return recorded ? Optional.empty()
                : Optional.of(Refusal.forbidden(RULE, actor.userId() + " may not act for " + principal + " on case "
                        + reviewCase.caseNumber() + ": no AB岗 deputy assignment in force names " + actor.userId()
                        + " as " + principal + "'s deputy"));
    }

    /** Throws the 403 of {@link #check}, else returns. */
    public static void enforce(ReviewCase reviewCase, UUID taskId, ActingUser actor) {
        check(reviewCase, taskId, actor).ifPresent(refusal -> {
            throw Refusal.toException(refusal);
        });
    }
}
