package org.onewindow.invariants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;

/**
 * What the public topics say happened to one case, one entry per distinct event ({@code ce_id}), in log order.
 * Each list holding more than one entry where the domain allows one is a duplicated effect.
 */
public final class CaseHistory {

    /** An event with the moment the broker logged it (for the grace period of follow-ups still under way). */
    public record Logged<E>(E event, Instant loggedAt) {
    }

    private final String caseNumber;
    final List<Logged<ApplicationAccepted>> accepted = new ArrayList<>();
    final List<Logged<ApplicationNotAccepted>> notAccepted = new ArrayList<>();
    final List<Logged<ReviewCaseOpened>> opened = new ArrayList<>();
    final List<Logged<TaskCompleted>> tasks = new ArrayList<>();
    final List<Logged<DecisionMade>> decisions = new ArrayList<>();
    final List<Logged<ResultDelivered>> delivered = new ArrayList<>();
    final List<Logged<SupervisionRecordPushed>> pushed = new ArrayList<>();
    final List<Logged<SupervisionRecordClaimed>> claimed = new ArrayList<>();
    final List<Logged<SupervisionRecordEscalated>> escalated = new ArrayList<>();
    final List<Logged<LicenceActionTaken>> licenceActions = new ArrayList<>();
    final List<Logged<RatingSubmitted>> ratings = new ArrayList<>();
    private boolean seenOnIntake;

    CaseHistory(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }

    /** Intake published something about the case: it was submitted (accepted, refused or told what is missing). */
    public boolean submitted() {
        return seenOnIntake;
    }

    /** Histories of every case in the events (the catalog streams carry no case and are ignored). */
    public static Map<String, CaseHistory> of(Collection<PublicEvent> events) {
        Map<String, CaseHistory> cases = new LinkedHashMap<>();
        for (PublicEvent logged : events) {
            DomainEvent event = logged.event();
            String caseNumber = switch (logged.stream()) {
                case CATALOG_ITEMS, CATALOG_CALENDAR -> null;
                default -> event.subject();
            };
            if (caseNumber != null) {
                cases.computeIfAbsent(caseNumber, CaseHistory::new).add(event, logged.loggedAt(), logged);
            }
        }
        return cases;
    }

    private void add(DomainEvent event, Instant at, PublicEvent logged) {
        switch (event) {
            case ApplicationAccepted e -> accepted.add(new Logged<>(e, at));
            case ApplicationNotAccepted e -> notAccepted.add(new Logged<>(e, at));
            case ReviewCaseOpened e -> opened.add(new Logged<>(e, at));
            case TaskCompleted e -> tasks.add(new Logged<>(e, at));
            case DecisionMade e -> decisions.add(new Logged<>(e, at));
            case ResultDelivered e -> delivered.add(new Logged<>(e, at));
            case SupervisionRecordPushed e -> pushed.add(new Logged<>(e, at));
            case SupervisionRecordClaimed e -> claimed.add(new Logged<>(e, at));
            case SupervisionRecordEscalated e -> escalated.add(new Logged<>(e, at));
            case LicenceActionTaken e -> licenceActions.add(new Logged<>(e, at));
            case RatingSubmitted e -> ratings.add(new Logged<>(e, at));
            default -> {
                // one-time notices, supplements, warnings, rectifications: no invariant rests on them
            }
        }
        if (logged.stream() == org.onewindow.contracts.Stream.INTAKE_APPLICATIONS) {
            seenOnIntake = true;
        }
    }

    public boolean accepted() {
        return !accepted.isEmpty();
    }

    public boolean decided() {
        return !decisions.isEmpty();
    }

    public boolean approved() {
        return decisions.stream().anyMatch(d -> d.event().outcome() == org.onewindow.contracts.review.Outcome.APPROVED);
    }

    public boolean delivered() {
        return !delivered.isEmpty();
    }

    public boolean claimed() {
        return !claimed.isEmpty();
    }

    public boolean pushed() {
        return !pushed.isEmpty();
    }

    public boolean rated(RatingSubmitted.Stage stage) {
        return ratings.stream().anyMatch(r -> r.event().stage() == stage);
    }
}
