package org.onewindow.rating.ratings.application;

import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.kernel.UserId;
import org.onewindow.rating.ratings.domain.RatedCase;

/**
 * Who may run which command on a rated case: only the applicant or their agent rates it (403
 * {@code rating.not-applicant}, before any stage or window rule is looked at); stages are opened by intake's events.
 */
public final class RatingAccess implements AccessPolicy<RatedCase> {

    public static final String RATE = "rate";
    public static final String REACH_STAGE = "reach-stage";

    @Override
    public void check(Command<? super RatedCase> command, RatedCase ratedCase) {
        if (command.name().equals(RATE)) {
            ratedCase.roleOf(UserId.of(command.actor().userId()));
        }
    }
}
