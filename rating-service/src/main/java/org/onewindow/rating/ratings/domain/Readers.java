package org.onewindow.rating.ratings.domain;

import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.UserId;

/**
 * Who reads which ratings: staff (clerks, reviewers, supervisors, monitors, systems) read all of them; anyone
 * else (applicants, village agents) only the ratings they gave or that were given for them.
 */
public final class Readers {

    static final Set<String> STAFF = Set.of("WINDOW_CLERK", "REVIEWER", "CHECKER", "SUPERVISOR", "INSPECTOR",
            "CATALOG_ADMIN", "MONITOR", "SYSTEM");

    private Readers() {
    }

    public static boolean seesAll(Actor actor) {
        return actor.roles().stream().anyMatch(STAFF::contains);
    }

    public static boolean sees(Actor actor, Rating rating) {
        return seesAll(actor) || actor.userId().equals(rating.rater().value())
                || (rating.onBehalfOf() != null && actor.userId().equals(rating.onBehalfOf().value()));
    }

    public static boolean sees(Actor actor, RatedCase ratedCase) {
        return seesAll(actor) || ratedCase.applicant().map(UserId::value).filter(actor.userId()::equals).isPresent()
                || ratedCase.agent().map(UserId::value).filter(actor.userId()::equals).isPresent();
    }
}
