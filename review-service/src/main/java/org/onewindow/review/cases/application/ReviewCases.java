package org.onewindow.review.cases.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.TaskStatus;

/**
 * The stored review cases, as the use cases need them: the command path's store (a case locked for update with its
 * version and its tasks' versions; saved only by the path) and the reads of the queries and the warning scan.
 */
public interface ReviewCases extends AggregateStore<CaseNumber, ReviewCase> {

    boolean exists(CaseNumber caseNumber);

    /** The case as stored now, without a lock: body and version from one read. */
    Optional<ReviewCase> find(CaseNumber caseNumber);

    Optional<CaseNumber> caseNumberOfTask(UUID taskId);

    /** The next number of {@code licence_sequence} (unique across years). */
    long nextLicenceSequence();

    /**
     * Open cases whose promised deadline, or an open task's step deadline, falls on or before {@code day} with a
     * warning level still to raise: the candidates for a warning.
     */
    List<CaseNumber> openCasesDueBy(LocalDate day);

    /** Cases with a stored deadline (case, open step, licence issue) that may count days of {@code year}. */
    List<CaseNumber> casesWithDeadlinesIn(int year);

    /** Every year a stored deadline was computed without a published calendar for it (provisional). */
    Set<Integer> provisionalYears();

    /** A department's tasks in one status, soonest step deadline first (else the case's promised one), then by task id. */
    PageResult<TaskListItem> tasks(String department, TaskStatus status, PageQuery page);
}
