package org.onewindow.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.DepartmentChanged;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.DeliveryWarningRaised;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.intake.MaterialsUpdated;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RatingSubmittedV2;
import org.onewindow.contracts.monitor.AlertRaised;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.contracts.rating.RectificationOverdue;
import org.onewindow.contracts.rating.RectificationProgressed;
import org.onewindow.contracts.review.DeadlineExtended;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DeadlinesRecomputed;
import org.onewindow.contracts.review.LicenceIssued;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ProcedurePaused;
import org.onewindow.contracts.review.ProcedureResumed;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;

/**
 * Every event type of the suite. Consumers use {@link #byCeType(String)} to pick the record class for an
 * incoming {@code ce_type} header; a type missing here has no schema and no place in the AsyncAPI document.
 */
public final class EventCatalog {

    public static final List<Class<? extends DomainEvent>> ALL = List.of(
            ItemVersionChanged.class,
            ServiceCentreChanged.class,
            DepartmentChanged.class,
            CalendarPublished.class,
            ApplicationAccepted.class,
            ApplicationNotAccepted.class,
            OneTimeNoticeIssued.class,
            SupplementReceived.class,
            ResultDelivered.class,
            DeliveryWarningRaised.class,
            MaterialsUpdated.class,
            ReviewCaseOpened.class,
            TaskCompleted.class,
            SupplementRequested.class,
            DecisionMade.class,
            DeadlineWarning.class,
            DeadlineExtended.class,
            ProcedurePaused.class,
            ProcedureResumed.class,
            DeadlinesRecomputed.class,
            LicenceIssued.class,
            SupervisionRecordPushed.class,
            SupervisionRecordClaimed.class,
            SupervisionRecordEscalated.class,
            LicenceActionTaken.class,
            RatingSubmitted.class,
            RectificationOpened.class,
            RatingSubmittedV2.class,
            RectificationProgressed.class,
            RectificationOverdue.class,
            AlertRaised.class);

    private static final Map<String, Class<? extends DomainEvent>> BY_CE_TYPE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventTypes::ceType, Function.identity()));

    private EventCatalog() {
    }

    /** The record class for a {@code ce_type}, e.g. {@code org.onewindow.intake.ApplicationAccepted.v1}. */
    public static Optional<Class<? extends DomainEvent>> byCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }

    /** Every {@code ce_type} of the suite. */
    public static List<String> ceTypes() {
        return ALL.stream().map(EventTypes::ceType).toList();
    }

    /** The event types published on one stream, in catalog order. */
    public static List<Class<? extends DomainEvent>> onStream(Stream stream) {
        return ALL.stream().filter(type -> EventTypes.stream(type) == stream).toList();
    }
}
