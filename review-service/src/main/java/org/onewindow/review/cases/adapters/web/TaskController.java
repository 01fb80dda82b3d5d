package org.onewindow.review.cases.adapters.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.review.cases.application.ReviewCaseQueries;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.cases.application.TaskListItem;
import org.onewindow.review.cases.domain.ActingUser;
import org.onewindow.review.cases.domain.Opinion;
import org.onewindow.review.cases.domain.OpinionRequest;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.StepKind;
import org.onewindow.review.cases.domain.TaskStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.onewindow.review.cases.application.CaseDocuments;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Department tasks (后台分类审批): the task list, opinions on the REVIEW (审核) and CHECK (核准) steps, AB岗 deputies.
 * A task's ETag is the task's own version: an opinion or a deputy accepts it in {@code If-Match} when the client sends
 * one, so a department is refused (412) only when its own task changed, never because another department acted.
 */
@RestController
@RequestMapping("/api/review/v1/tasks")
public record TaskController(ReviewCaseService cases, ReviewCaseQueries queries, CurrentActor currentActor,
                             CallerScopes scopes, CaseDocuments documents) {

    /**
     * A department's tasks, soonest promised deadline first; the department defaults to the caller's. Only a caller
     * whose scope covers every department (a monitor) names another one.
     */
    @GetMapping
    public PageResult<TaskListItem> list(@RequestParam(defaultValue = "OPEN") TaskStatus status,
                                         @RequestParam(required = false) String department, PageQuery page) {
        Actor actor = currentActor.current();
        String wanted = department != null ? department : actor.department();
        if (department != null && !department.equals(actor.department()) && !scopes.everyDepartment("task", "list")) {
            throw new NotPermitted("review.wrong-department",
                    "only a monitor may list the tasks of another department than " + actor.department());
        }
        if (wanted == null || wanted.isBlank()) {
            throw new RuleViolation("department", "review.department-required",
                    "name the department: the caller's token carries none");
        }
        return queries.tasks(wanted, status, page);
    }

    /** 404 for a task whose case is outside the caller's scope, as for no task at all. */
    @GetMapping("/{taskId}")
    public ResponseEntity<CaseView.TaskView> get(@PathVariable UUID taskId) {
        return task(queries.caseOfTask(taskId, scopes.cases("task", "read")), taskId, ResponseEntity.ok());
    }

    /**
     * A document of the task's case, as intake announced it: read it (with the caller's token) at {@code content},
     * intake's API, which checks again that the caller's department has a task in the open case and logs the read.
     */
    public record TaskDocumentView(UUID documentId, String materialCode, int version, String contentType, String sha256,
                                   long sizeBytes, String status, OffsetDateTime updatedAt, String content) {
    }

    /** The documents of the task's case (references, never content); 404 as for the task itself. */
    @GetMapping("/{taskId}/documents")
    public List<TaskDocumentView> documents(@PathVariable UUID taskId) {
        ReviewCase reviewCase = queries.caseOfTask(taskId, scopes.cases("task", "read"));
        return documents.of(reviewCase.caseNumber()).stream().map(d -> new TaskDocumentView(d.documentId(),
                d.materialCode(), d.version(), d.contentType(), d.sha256(), d.sizeBytes(), d.status(), d.updatedAt(),
                "/api/intake/v1/applications/" + d.caseNumber() + "/documents/" + d.documentId() + "/content")).toList();
    }

    /** An opinion on one step. Rejections need reasons; the checker must not be the reviewer (一审一核). */
    public record OpinionBody(@NotNull StepKind step, @NotNull Opinion opinion,
                              @Size(max = ListLimits.REASONS) List<@Size(max = TextLimits.SHORT_TEXT) String> reasons,
                              @Size(max = TextLimits.NOTE) String comment) {
    }

    @PostMapping("/{taskId}/opinions")
    public ResponseEntity<CaseView.TaskView> giveOpinion(@PathVariable UUID taskId, @Valid @RequestBody OpinionBody body,
                                                         @RequestHeader(name = ActingUsers.ON_BEHALF_OF, required = false) String onBehalfOf,
                                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ReviewCase reviewCase = cases.giveOpinion(
                new OpinionRequest(taskId, body.step(), body.opinion(), body.reasons(), body.comment()), actor(onBehalfOf),
                ifMatch);
        return task(reviewCase, taskId, ResponseEntity.created(URI.create("/api/review/v1/tasks/" + taskId)));
    }

    /** AB岗: hands the task's next step to a named deputy of the same department. */
    public record DeputyBody(@NotBlank @Size(max = TextLimits.CODE) @SingleLine String deputyUserId) {
    }

    @PostMapping("/{taskId}/deputy")
    public ResponseEntity<CaseView.TaskView> assignDeputy(
            @PathVariable UUID taskId, @Valid @RequestBody DeputyBody body,
            @RequestHeader(name = ActingUsers.ON_BEHALF_OF, required = false) String onBehalfOf,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ReviewCase reviewCase = cases.assignDeputy(taskId, body.deputyUserId(), actor(onBehalfOf), ifMatch);
        return task(reviewCase, taskId, ResponseEntity.ok());
    }

    /** The task's view with its own version as the ETag, from the case just read or changed. */
    private ResponseEntity<CaseView.TaskView> task(ReviewCase reviewCase, UUID taskId, ResponseEntity.BodyBuilder response) {
        return response.eTag(ETags.of(reviewCase.task(taskId).version()))
                .body(CaseView.task(reviewCase, taskId, queries.today()));
    }

    private ActingUser actor(String onBehalfOf) {
        return ActingUsers.from(currentActor, onBehalfOf);
    }
}
