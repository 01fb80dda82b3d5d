package org.onewindow.intake.applications.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.applications.domain.DeliveryWarning;
import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;

/** Where applications live: the command path saves them, use cases read them. */
public interface ApplicationStore extends AggregateStore<CaseNumber, Application> {

    /** Without a lock; body and version come from this one read (a GET's body and ETag agree). */
    Optional<Application> find(CaseNumber caseNumber);

    /**
     * Staff list: only the cases the caller's {@link CaseScope} reaches (in the query, so counts and pages are
     * the caller's), optional filters, oldest submission first, case number as tie-break (stable pages).
     */
    PageResult<Application> list(CaseScope scope, String centreCode, ApplicationStatus status, DeliveryFilter delivery,
                                 PageQuery page);

    /**
     * Decided, undelivered cases whose licence due date is within the YELLOW window ({@code dueBy <= yellowUntil})
     * and whose current light was not raised yet (none raised, or YELLOW raised and now past the due date), oldest
     * due date first, at most {@code limit}.
     */
    List<CaseNumber> deliveryWarningCandidates(LocalDate today, LocalDate yellowUntil, int limit);

    /**
     * The delivery light as a list filter ({@code DeliveryWarnings}): GREEN due after {@code yellowUntil}, YELLOW due
     * in {@code [today, yellowUntil]}, RED due before {@code today}; decided, undelivered cases with a due date only.
     */
    record DeliveryFilter(DeliveryWarning level, LocalDate today, LocalDate yellowUntil) {
    }

    /** Records the departments that have a task in the case (review.ReviewCaseOpened); repeats are harmless. */
    void recordDepartments(CaseNumber caseNumber, Collection<String> departments);

    /** The departments with a task in the case; empty before review opened it. */
    Set<String> departmentsOf(CaseNumber caseNumber);

    /** {@link #departmentsOf(CaseNumber)} of several cases at once (lists), by case number. */
    Map<String, Set<String>> departmentsOf(Collection<String> caseNumbers);

    /** Next daily sequence of a centre; the row lock serialises concurrent submissions at one centre. */
    long nextSequence(String centreCode, LocalDate day);
}
