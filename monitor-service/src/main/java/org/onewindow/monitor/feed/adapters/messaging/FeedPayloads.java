package org.onewindow.monitor.feed.adapters.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * The public fields of each event the feed carries, copied field by field (a list of what is allowed, not of what
 * is forbidden: a field a later contract version adds stays out until it is listed here). Left out on purpose:
 * applicants, agents and holders (names, masked ID numbers, user ids), rating comments (free text), reasons' text
 * (only their count), and the staff ids of reviewers, checkers, claimers and clerks.
 */
final class FeedPayloads {

    private FeedPayloads() {
    }

    /** A payload, the department and centre to filter it by (null: taken from the case), and its case. */
    record Public(String caseNumber, String department, String centre, Map<String, Object> fields) {
    }

    static Public of(Object event) {
        return switch (event) {
            case ApplicationAccepted e -> new Public(e.caseNumber(), e.implementingDepartment(), e.centreCode(),
                    fields("caseNumber", e.caseNumber(), "itemCode", e.itemCode(), "itemVersion", e.itemVersion(),
                            "itemName", e.itemName(), "centreCode", e.centreCode(), "channel", e.channel(),
                            "acceptedOn", e.acceptedOn(), "deemed", e.deemed(), "immediate", e.immediate(),
                            "promisedLimitDays", e.promisedLimitDays(), "statutoryLimitDays", e.statutoryLimitDays(),
                            "implementingDepartment", e.implementingDepartment(),
                            "supervisingDepartment", e.supervisingDepartment()));
            case ApplicationNotAccepted e -> new Public(e.caseNumber(), e.implementingDepartment(), e.centreCode(),
                    fields("caseNumber", e.caseNumber(), "itemCode", e.itemCode(), "centreCode", e.centreCode(),
                            "implementingDepartment", e.implementingDepartment(), "reasonCount", e.reasons().size()));
            case ResultDelivered e -> new Public(e.caseNumber(), e.implementingDepartment(), e.centreCode(),
                    fields("caseNumber", e.caseNumber(), "itemCode", e.itemCode(), "itemName", e.itemName(),
                            "outcome", e.outcome(), "licenceNumber", e.licenceNumber(), "method", e.method(),
                            "centreCode", e.centreCode(), "implementingDepartment", e.implementingDepartment()));
            case ReviewCaseOpened e -> new Public(e.caseNumber(), null, null,
                    fields("caseNumber", e.caseNumber(), "itemCode", e.itemCode(), "mode", e.mode(),
                            "steps", e.tasks().stream().map(t -> fields("taskId", t.taskId(), "department",
                                    t.department(), "sequence", t.sequence())).toList(),
                            "promisedDeadline", e.promisedDeadline(), "statutoryDeadline", e.statutoryDeadline()));
            case TaskCompleted e -> new Public(e.caseNumber(), e.department(), null,
                    fields("caseNumber", e.caseNumber(), "taskId", e.taskId(), "department", e.department(),
                            "opinion", e.opinion(), "reasonCount", e.reasons().size()));
            case DeadlineWarning e -> new Public(e.caseNumber(), e.department(), null,
                    fields("caseNumber", e.caseNumber(), "itemCode", e.itemCode(), "level", e.level(),
                            "scope", e.scope(), "taskId", e.taskId(), "department", e.department(),
                            "deadline", e.deadline()));
            case DecisionMade e -> new Public(e.caseNumber(), e.implementingDepartment(), null,
                    fields("caseNumber", e.caseNumber(), "itemCode", e.itemCode(), "itemName", e.itemName(),
                            "outcome", e.outcome(), "licenceNumber", e.licenceNumber(), "validFrom", e.validFrom(),
                            "validUntil", e.validUntil(), "reasonCount", e.reasons().size(),
                            "implementingDepartment", e.implementingDepartment(),
                            "supervisingDepartment", e.supervisingDepartment()));
            case SupervisionRecordPushed e -> new Public(e.caseNumber(), e.supervisingDepartment(), null,
                    fields("recordId", e.recordId(), "caseNumber", e.caseNumber(), "itemCode", e.itemCode(),
                            "licenceNumber", e.licenceNumber(), "supervisingDepartment", e.supervisingDepartment(),
                            "claimDeadline", e.claimDeadline()));
            case SupervisionRecordClaimed e -> new Public(e.caseNumber(), e.supervisingDepartment(), null,
                    fields("recordId", e.recordId(), "caseNumber", e.caseNumber(),
                            "supervisingDepartment", e.supervisingDepartment()));
            case SupervisionRecordEscalated e -> new Public(e.caseNumber(), e.supervisingDepartment(), null,
                    fields("recordId", e.recordId(), "caseNumber", e.caseNumber(),
                            "supervisingDepartment", e.supervisingDepartment()));
            case RatingSubmitted e -> new Public(e.caseNumber(), e.implementingDepartment(), e.centreCode(),
                    fields("ratingId", e.ratingId(), "caseNumber", e.caseNumber(), "stage", e.stage(),
                            "level", e.level(), "bad", e.bad(), "itemCode", e.itemCode(),
                            "implementingDepartment", e.implementingDepartment(), "centreCode", e.centreCode(),
                            "raterRole", e.raterRole()));
            case RectificationOpened e -> new Public(e.caseNumber(), e.implementingDepartment(), null,
                    fields("ratingId", e.ratingId(), "caseNumber", e.caseNumber(),
                            "implementingDepartment", e.implementingDepartment(), "dueOn", e.dueOn()));
            case AlertRaised e -> new Public(e.caseNumber(), e.department(), e.centreCode(),
                    fields("alertId", e.alertId(), "rule", e.rule(), "source", e.source(), "caseNumber",
                            e.caseNumber(), "department", e.department(), "centreCode", e.centreCode(),
                            "itemCode", e.itemCode(), "detail", e.detail()));
            default -> throw new IllegalArgumentException("not a feed event: " + event.getClass().getName());
        };
    }

    /** Name-value pairs in order; null values are kept (the field exists, it has no value). */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            fields.put((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : value);
        }
        return fields;
    }
}
