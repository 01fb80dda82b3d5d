package org.onewindow.invariants;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;

/** The events of one case as the services publish them, with the facts a test varies as parameters. */
final class CaseEvents {

    static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(8));
    static final String ITEM = "FOOD-BIZ-LICENCE";
    static final String REVIEWER = "reviewer.market";
    static final String CHECKER = "checker.market";
    static final String SUPERVISOR = "supervisor.market";

    final String caseNumber;
    final UUID taskId = UUID.randomUUID();
    final UUID recordId = UUID.randomUUID();
    final String licence;

    CaseEvents(String caseNumber) {
        this.caseNumber = caseNumber;
        this.licence = ITEM + "-2026-" + caseNumber.substring(caseNumber.length() - 6);
    }

    ApplicationAccepted accepted() {
        return new ApplicationAccepted(caseNumber, ITEM, 1, "食品经营许可", "C-CITY-01", Channel.WINDOW,
                new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.PERSON, "张三", "110105********1234", "applicant"),
                null, "clerk", NOW, NOW.toLocalDate(), false, List.of(), false, 20, 20,
                new Route(RouteMode.PARALLEL, true, List.of("MARKET")), "MARKET", "MARKET");
    }

    ApplicationNotAccepted notAccepted() {
        return new ApplicationNotAccepted(caseNumber, ITEM, List.of(new ApplicationNotAccepted.Reason("item-not-published", "不在目录")),
                "clerk", NOW);
    }

    ReviewCaseOpened opened() {
        return new ReviewCaseOpened(caseNumber, ITEM, RouteMode.PARALLEL,
                List.of(new ReviewCaseOpened.Task(taskId, "MARKET", 1)), NOW.toLocalDate().plusDays(28),
                NOW.toLocalDate().plusDays(28), NOW);
    }

    TaskCompleted task() {
        return new TaskCompleted(caseNumber, taskId, "MARKET", TaskCompleted.Opinion.APPROVE, List.of(), REVIEWER, CHECKER, NOW);
    }

    DecisionMade approval() {
        return decision(Outcome.APPROVED, licence);
    }

    DecisionMade decision(Outcome outcome, String licenceNumber) {
        boolean approved = outcome == Outcome.APPROVED;
        return new DecisionMade(caseNumber, ITEM, 1, "食品经营许可", outcome, licenceNumber,
                approved ? NOW.toLocalDate() : null, approved ? NOW.toLocalDate().plusYears(5) : null,
                approved ? List.of() : List.of("不符合条件"), NOW, "MARKET", "MARKET", "张三", "110105********1234",
                List.of(REVIEWER, CHECKER), "applicant");
    }

    ResultDelivered delivered(Outcome outcome, String licenceNumber) {
        return new ResultDelivered(caseNumber, ITEM, "食品经营许可", outcome, licenceNumber,
                ResultDelivered.DeliveryMethod.WINDOW_PICKUP, NOW, "C-CITY-01", "MARKET", "applicant", null);
    }

    SupervisionRecordPushed pushed(LocalDate claimDeadline) {
        return pushed(recordId, claimDeadline);
    }

    SupervisionRecordPushed pushed(UUID record, LocalDate claimDeadline) {
        return new SupervisionRecordPushed(record, caseNumber, ITEM, licence, "MARKET", NOW, NOW, claimDeadline);
    }

    SupervisionRecordClaimed claimed(String by) {
        return new SupervisionRecordClaimed(recordId, caseNumber, "MARKET", by, NOW);
    }

    SupervisionRecordEscalated escalated() {
        return new SupervisionRecordEscalated(recordId, caseNumber, "MARKET", "not claimed in time", NOW);
    }

    LicenceActionTaken action(LicenceActionTaken.Action action) {
        return new LicenceActionTaken(recordId, caseNumber, licence, action, "检查发现问题", SUPERVISOR, NOW);
    }

    RatingSubmitted rating(RatingSubmitted.Stage stage) {
        return new RatingSubmitted(UUID.randomUUID(), caseNumber, stage, RatingSubmitted.Level.SATISFIED, false, ITEM,
                "MARKET", "C-CITY-01", RatingSubmitted.RaterRole.APPLICANT, null, NOW);
    }
}
