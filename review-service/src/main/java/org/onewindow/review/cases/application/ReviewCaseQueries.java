package org.onewindow.review.cases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.TaskStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of review. A case and its audit trail come from one snapshot (repeatable read), so the body and the
 * ETag (the case's version, read in the same row) always agree.
 */
@Service
public class ReviewCaseQueries {

    private final ReviewCases cases;
    private final CaseCentres centres;
    private final CentreTree tree;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ReviewCaseQueries(ReviewCases cases, CaseCentres centres, CentreTree tree, AuditTrail auditTrail,
                             Clock clock) {
        this.cases = cases;
        this.centres = centres;
        this.tree = tree;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** A case with its trail, oldest line first. */
    public record CaseWithTrail(ReviewCase reviewCase, List<AuditEntry> audit) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CaseWithTrail caseWithTrail(CaseNumber caseNumber, CaseScope scope) {
        ReviewCase reviewCase = reviewCase(caseNumber, scope);
        return new CaseWithTrail(reviewCase, auditTrail.of(caseNumber.value()));
    }

    /** The case, if the caller's scope admits it: 404 alike for a case outside it and for none at all. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ReviewCase reviewCase(CaseNumber caseNumber, CaseScope scope) {
        return cases.find(caseNumber).filter(c -> admits(scope, c))
                .orElseThrow(() -> new NotFound("case", caseNumber.value()));
    }

    /** The case a task belongs to (a task never moves to another case), if the caller's scope admits the case. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ReviewCase caseOfTask(UUID taskId, CaseScope scope) {
        return cases.caseNumberOfTask(taskId).flatMap(cases::find).filter(c -> admits(scope, c))
                .orElseThrow(() -> new NotFound("task", taskId.toString()));
    }

    private boolean admits(CaseScope scope, ReviewCase reviewCase) {
        // the centre is looked up only when the departments did not decide (most callers are department staff)
        return scope.everything() || scope.admits(reviewCase, scope.centres().isEmpty() ? Optional.empty()
                : centres.of(reviewCase.caseNumber()))
                || (!scope.belowOf().isEmpty() && tree.delegatedBelow(reviewCase.caseNumber(), scope.belowOf()));
    }

    @Transactional(readOnly = true)
    public PageResult<TaskListItem> tasks(String department, TaskStatus status, PageQuery page) {
        return cases.tasks(department, status, page);
    }

    public LocalDate today() {
        return ChinaTime.today(clock);
    }
}
