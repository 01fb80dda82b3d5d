package org.onewindow.rating.ratings.application;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.rating.ratings.domain.CaseFacts;
import org.onewindow.rating.ratings.domain.RatedCase;
import org.onewindow.rating.ratings.domain.RatingAudit;
import org.onewindow.rating.ratings.domain.RatingEvent;
import org.onewindow.rating.ratings.domain.Stage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens rating stages from intake's events: acceptance (受理) opens ACCEPTANCE, delivery of the result (出件) opens
 * COMPLETION. Runs in the inbox transaction, through the command path (audit line by {@code system:rating}); a
 * duplicate fact under a new event id changes nothing either, since a stage opens once and keeps its first opening
 * time. Intake's events of one case share a key, hence a partition: they never race for the first insert.
 */
@Service
public class EligibilityService {

    private final CommandPath<CaseNumber, RatedCase, RatingEvent> cases;
    private final Clock clock;

    public EligibilityService(CommandPath<CaseNumber, RatedCase, RatingEvent> cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * @param openedAt when the stage opened according to intake; null means now
     * @param cause    the event, as the audit trail names it (e.g. {@code intake.ResultDelivered})
     */
    @Transactional
    public void reached(CaseFacts facts, Stage stage, OffsetDateTime openedAt, String cause) {
        Instant now = clock.instant();
        OffsetDateTime opened = openedAt == null ? OffsetDateTime.ofInstant(now, ZoneOffset.UTC) : openedAt;
        Command<RatedCase> command = Command.of(RatingAccess.REACH_STAGE, RatingAudit.SYSTEM);
        boolean known = cases.onEvent(facts.caseNumber(), command, c -> c.reached(facts, stage, opened, cause, now));
        if (!known) {
            cases.create(command, () -> {
                RatedCase ratedCase = RatedCase.firstSeen(facts, now);
                ratedCase.reached(facts, stage, opened, cause, now);
                return ratedCase;
            });
        }
    }
}
