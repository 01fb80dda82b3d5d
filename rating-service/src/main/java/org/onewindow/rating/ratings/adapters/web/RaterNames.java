package org.onewindow.rating.ratings.adapters.web;

import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.rating.ratings.domain.Rating;
import org.springframework.stereotype.Component;

/**
 * Who sees who rated (issue 9, 最小权限): a rating is named, and only those who need the name see it: the rater and the
 * applicant rated for, a grant of scope {@code all}, and the rated department's staff with a {@code department}
 * grant (the SUPERVISOR who makes the follow-up call, 回访). Everyone else (clerks, reviewers and checkers, MONITOR
 * with {@code all-masked}, systems) reads the rating with {@code raterUserId} and {@code onBehalfOf} masked.
 */
@Component
public record RaterNames(CurrentAccess access) {

    public boolean shown(Actor reader, Rating rating) {
        if (reader.userId().equals(rating.rater().value())
                || (rating.onBehalfOf() != null && reader.userId().equals(rating.onBehalfOf().value()))) {
            return true;
        }
        Set<Scope> scopes = access.scopes("rating", "read");
        return scopes.contains(Scope.ALL) || (scopes.contains(Scope.DEPARTMENT)
                && rating.implementingDepartment().value().equals(reader.department()));
    }

    /** A user id as those who need not know it see it: its first character, then {@code ***}. */
    public static String mask(String userId) {
        return userId == null || userId.isEmpty() ? userId : userId.charAt(0) + "***";
    }
}
