package org.onewindow.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.onewindow.contracts.intake.DeliveryWarningRaised;
import org.onewindow.contracts.rating.RectificationOverdue;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.invariants.PublicEvent;

/**
 * The events that scheduled jobs raise, which run on every instance of their service: each may be raised once per
 * its key at most (a deadline warning per case, level, scope and task; a delivery warning per case and level; an
 * escalation per record; a licence per case; an overdue rectification per step due date). A key seen twice means
 * two instances raised the same effect. What the topics show, so it is cheap to check after a chaos run.
 *
 * @param raised  how many were raised, by {@code "<event> <level>"} (level only where the event has one)
 * @param doubled every key raised more than once, with its count
 */
record ScheduledEffects(Map<String, Integer> raised, List<String> doubled) {

    static ScheduledEffects of(List<PublicEvent> events) {
        Map<String, Integer> perKey = new TreeMap<>();
        Map<String, Integer> raised = new TreeMap<>();
        for (PublicEvent event : events) {
            key(event).ifPresent(key -> {
                perKey.merge(key.once(), 1, Integer::sum);
                raised.merge(key.kind(), 1, Integer::sum);
            });
        }
        List<String> doubled = perKey.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " x" + e.getValue()).toList();
        return new ScheduledEffects(raised, doubled);
    }

    /** How many of one event were raised (every level). */
    int count(String event) {
        return raised.entrySet().stream().filter(e -> e.getKey().equals(event) || e.getKey().startsWith(event + " "))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** {@code kind}: what is counted; {@code once}: what may be raised once at most. */
    private record Key(String kind, String once) {
    }

    private static Optional<Key> key(PublicEvent event) {
        return Optional.ofNullable(switch (event.event()) {
            case DeadlineWarning w -> new Key("DeadlineWarning " + w.level(),
                    "DeadlineWarning " + w.caseNumber() + " " + w.level() + " " + w.scope() + " " + w.taskId());
            case DeliveryWarningRaised w -> new Key("DeliveryWarningRaised " + w.level(),
                    "DeliveryWarningRaised " + w.caseNumber() + " " + w.level());
            case SupervisionRecordEscalated e -> new Key("SupervisionRecordEscalated",
                    "SupervisionRecordEscalated " + e.recordId());
            case LicenceIssued l -> new Key("LicenceIssued", "LicenceIssued " + l.caseNumber());
            case RectificationOverdue o -> new Key("RectificationOverdue",
                    "RectificationOverdue " + o.rectificationId() + " " + o.stepDueOn());
            case null, default -> null;
        });
    }
}
