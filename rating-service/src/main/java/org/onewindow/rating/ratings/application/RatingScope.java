package org.onewindow.rating.ratings.application;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.rating.ratings.domain.RatedCase;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.Readers;

/**
 * Which ratings, rated cases and rectifications the caller reaches with one read grant (docs/security.md, "Scopes"),
 * decided on what rating knows of a case from intake's events: the centre it was submitted at, its implementing
 * department, its applicant and agent. A dual-role caller holds the union of their roles' scopes.
 * <ul>
 *   <li>{@code own} / {@code own-filed}: what the caller rated or was rated for (a case: they are its applicant or
 *   agent);</li>
 *   <li>{@code centre} / {@code centre-and-below}: cases submitted at the clerk's centre (rating keeps no centre
 *   tree, so {@code centre-and-below} is applied as {@code centre}: narrower than granted, never wider);</li>
 *   <li>{@code department-task} / {@code department}: cases whose implementing department is the caller's;</li>
 *   <li>{@code system-claim}: cases whose implementing department the token's {@code departments} claim names (a
 *   token without the claim names none, as in intake: {@code SystemClaims});</li>
 *   <li>{@code all-masked} / {@code all}: everything.</li>
 * </ul>
 * Outside the scope a single resource answers 404, as one that does not exist; lists hold only what is inside
 * (a condition of their SQL query).
 *
 * @param systemDepartments the {@code departments} claim of a SYSTEM token (only filled for {@code system-claim})
 */
public record RatingScope(Set<Scope> scopes, String userId, String centre, String department,
                          Set<String> systemDepartments) {

    public RatingScope {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        systemDepartments = Set.copyOf(systemDepartments);
    }

    /**
     * Whether the caller reaches a case submitted at {@code caseCentre}, implemented by {@code caseDepartment}, whose
     * own users (applicant and agent, or rater and the one rated for) are {@code owners}.
     */
    public boolean reaches(String caseCentre, String caseDepartment, Collection<String> owners) {
        return scopes.stream().anyMatch(scope -> switch (scope) {
            case ALL, ALL_MASKED -> true;
            case OWN, OWN_FILED -> userId != null && owners.stream().filter(Objects::nonNull).anyMatch(userId::equals);
            case CENTRE, CENTRE_AND_BELOW -> centre != null && centre.equals(caseCentre);
            case DEPARTMENT_TASK, DEPARTMENT -> department != null && department.equals(caseDepartment);
            case SYSTEM_CLAIM -> systemDepartments.contains(caseDepartment);
        });
    }

    public boolean reaches(Rating rating) {
        return reaches(rating.centreCode().value(), rating.implementingDepartment().value(), Readers.owners(rating));
    }

    public boolean reaches(RatedCase ratedCase) {
        return reaches(ratedCase.centreCode().value(), ratedCase.implementingDepartment().value(),
                Readers.owners(ratedCase));
    }

    /** The rating if the caller reaches it, else the 404 of an unknown rating. */
    public Rating require(Rating rating) {
        if (!reaches(rating)) {
            throw new NotFound("rating", rating.ratingId().toString());
        }
        return rating;
    }

    /**
     * Whether the caller needs to see who rated (user ids): the rater and the applicant rated for, a grant of scope
     * {@code all}, and the implementing department's staff with a {@code department} grant (the SUPERVISOR who makes
     * the follow-up call, 回访). Clerks, reviewers and checkers, MONITOR ({@code all-masked}) and systems get masked
     * ids. The same rule as a rating's {@code raterUserId}.
     */
    public boolean namesShown(String caseDepartment, Collection<String> owners) {
        return scopes.contains(Scope.ALL)
                || (userId != null && owners.stream().filter(Objects::nonNull).anyMatch(userId::equals))
                || (scopes.contains(Scope.DEPARTMENT) && department != null && department.equals(caseDepartment));
    }
}
