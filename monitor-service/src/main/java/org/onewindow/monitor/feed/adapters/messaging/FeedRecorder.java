package org.onewindow.monitor.feed.adapters.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.monitor.AlertRaised;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.monitor.alerts.adapters.messaging.AlertContracts;
import org.onewindow.monitor.alerts.application.AlertFeed;
import org.onewindow.monitor.alerts.domain.Alert;
import org.onewindow.monitor.alerts.domain.AlertEvent;
import org.onewindow.monitor.feed.adapters.persistence.JdbcFeed;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.messaging.IncomingEvent;

import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the live feed, in the transaction of the read-model update (a consumed event) or of the scan that
 * raised an alert: the feed holds exactly what the read model has seen. Events older than the feed's retention are
 * not appended (a replay from the beginning of the topics does not flood the streams with history), and an event
 * id already in the feed appends nothing.
 */
public record FeedRecorder(JdbcFeed feed, JsonMapper json, Clock clock, Duration retention) implements AlertFeed {

    /** The event classes the feed carries (the calendar is not a case event: not in the feed). */
    public static final List<Class<?>> EVENT_CLASSES = List.of(ApplicationAccepted.class,
            ApplicationNotAccepted.class, ResultDelivered.class, ReviewCaseOpened.class, TaskCompleted.class,
            DeadlineWarning.class, DecisionMade.class, SupervisionRecordPushed.class, SupervisionRecordClaimed.class,
            SupervisionRecordEscalated.class, RatingSubmitted.class, RectificationOpened.class, AlertRaised.class);

    /** The feed's type names ({@code intake.ApplicationAccepted}, ..., {@code monitor.AlertRaised}). */
    public static final Set<String> TYPES = types();

    /** The feed's type of an event class: its {@code @EventType} name, e.g. {@code intake.ApplicationAccepted}. */
    public static String feedType(Class<?> eventClass) {
        return EventTypes.of(eventClass).name();
    }

    /** A consumed public event. */
    public void record(IncomingEvent<?> event) {
        Instant occurredAt = event.time() != null ? event.time().toInstant() : clock.instant();
        append(event.id(), feedType(event.data().getClass()), event.data(), occurredAt);
    }

    /** An alert the scan has just raised (its id is deterministic: raised once, appended once). */
    @Override
    public void raised(Alert alert) {
        for (var contract : new AlertContracts().toContracts(new AlertEvent.Raised(alert))) {
            append(alert.id().toString(), feedType(contract.getClass()), contract,
                    alert.raisedAt());
        }
    }

    private void append(String eventId, String type, Object data, Instant occurredAt) {
        Instant now = clock.instant();
        if (occurredAt.isBefore(now.minus(retention))) {
            return;
        }
        FeedPayloads.Public fields = FeedPayloads.of(data);
        Map<String, Object> payload = new LinkedHashMap<>(fields.fields());
        payload.put("occurredAt", OffsetDateTime.ofInstant(occurredAt, ChinaTime.ZONE));
        feed.append(eventId, type, fields.caseNumber(), fields.department(), fields.centre(), occurredAt,
                json.writeValueAsString(payload), now);
    }

    private static Set<String> types() {
        Set<String> types = new TreeSet<>();
        EVENT_CLASSES.forEach(c -> types.add(feedType(c)));
        return Set.copyOf(types);
    }
}
