package org.onewindow.rating.ratings.domain;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.platform.kernel.UserId;

/**
 * The users a rating or a rated case is their own to (scopes {@code own} / {@code own-filed}): a rating's rater and
 * the applicant it was given for; a case's applicant and agent. Who else reads them is the granted scope's matter
 * ({@code RatingScope}).
 */
public final class Readers {

    private Readers() {
    }

    public static List<String> owners(Rating rating) {
        List<String> owners = new ArrayList<>(2);
        owners.add(rating.rater().value());
        if (rating.onBehalfOf() != null) {
            owners.add(rating.onBehalfOf().value());
        }
        return owners;
    }

    public static List<String> owners(RatedCase ratedCase) {
        List<String> owners = new ArrayList<>(2);
        ratedCase.applicant().map(UserId::value).ifPresent(owners::add);
        ratedCase.agent().map(UserId::value).ifPresent(owners::add);
        return owners;
    }
}
