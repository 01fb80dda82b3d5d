package org.onewindow.review.cases;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Department tasks (后台分类审批): the task list, opinions on the REVIEW (审核) and CHECK (核准) steps, AB岗 deputies. */
@RestController
@RequestMapping("/api/review/v1/tasks")
public class TaskController {

    /** Who the caller acts for (代办), when not for themselves; recorded in the audit trail. */
    static final String ON_BEHALF_OF = "X-On-Behalf-Of";

    private final ReviewCaseService cases;
    private final CaseRepository repository;
    private final CurrentActor currentActor;

    public TaskController(ReviewCaseService cases, CaseRepository repository, CurrentActor currentActor) {
        this.cases = cases;
        this.repository = repository;
        this.currentActor = currentActor;
    }

    /** A department's tasks, soonest promised deadline first; the department defaults to the caller's. */
    @GetMapping
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER', 'WINDOW_CLERK', 'MONITOR')")
    public PageResult<TaskListItem> list(@RequestParam(defaultValue = "OPEN") TaskStatus status,
                                         @RequestParam(required = false) String department, PageQuery page) {
        Actor actor = currentActor.current();
        String wanted = department != null ? department : actor.department();
        if (department != null && !department.equals(actor.department()) && !actor.hasRole("MONITOR")) {
            throw new NotPermitted("review.wrong-department",
                    "only a monitor may list the tasks of another department than " + actor.department());
        }
        if (wanted == null || wanted.isBlank()) {
            throw new RuleViolation("department", "review.department-required",
                    "name the department: the caller's token carries none");
        }
        return repository.tasks(wanted, status, page);
    }

    @GetMapping("/{taskId}")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER', 'WINDOW_CLERK', 'MONITOR', 'SUPERVISOR', 'SYSTEM')")
    public CaseView.TaskView get(@PathVariable UUID taskId) {
        String caseNumber = repository.caseNumberOfTask(taskId)
                .orElseThrow(() -> new org.onewindow.platform.kernel.NotFound("task", taskId.toString()));
        return CaseView.task(cases.find(caseNumber), taskId, cases.today());
    }

    /** An opinion on one step. Rejections need reasons; the checker must not be the reviewer (一审一核). */
    public record OpinionBody(@NotNull StepKind step, @NotNull Opinion opinion,
                              @Size(max = ListLimits.REASONS) List<@Size(max = TextLimits.SHORT_TEXT) String> reasons,
                              @Size(max = TextLimits.NOTE) String comment) {
    }

    @PostMapping("/{taskId}/opinions")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER', 'WINDOW_CLERK')")
    public ResponseEntity<CaseView.TaskView> giveOpinion(@PathVariable UUID taskId, @Valid @RequestBody OpinionBody body,
                                                         @RequestHeader(name = ON_BEHALF_OF, required = false) String onBehalfOf) {
        ReviewCase reviewCase = cases.giveOpinion(
                new OpinionRequest(taskId, body.step(), body.opinion(), body.reasons(), body.comment()), actor(onBehalfOf));
        return ResponseEntity.created(URI.create("/api/review/v1/tasks/" + taskId))
                .body(CaseView.task(reviewCase, taskId, cases.today()));
    }

    /** AB岗: hands the task's next step to a named deputy of the same department. */
    public record DeputyBody(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String deputyUserId) {
    }

    @PostMapping("/{taskId}/deputy")
    @PreAuthorize("hasAnyRole('REVIEWER', 'CHECKER')")
    public CaseView.TaskView assignDeputy(@PathVariable UUID taskId, @Valid @RequestBody DeputyBody body,
                                          @RequestHeader(name = ON_BEHALF_OF, required = false) String onBehalfOf) {
        ReviewCase reviewCase = cases.assignDeputy(taskId, body.deputyUserId(), actor(onBehalfOf));
        return CaseView.task(reviewCase, taskId, cases.today());
    }

    private ActingUser actor(String onBehalfOf) {
        Actor actor = currentActor.current();
        return ActingUser.from(actor, onBehalfOf);
    }
}
