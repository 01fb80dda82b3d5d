package org.onewindow.rating.rectifications.adapters.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 差评整改: the rectifications by due date, and the steps of the loop (docs/rating.md, "The rectification loop"):
 * the rated department's SUPERVISOR verifies, rectifies, records the follow-up call, closes or appeals; a MONITOR
 * decides an appeal. An illegal step is 409 naming the rule.
 */
@RestController
@RequestMapping("/api/rating/v1/rectifications")
public class RectificationController {

    private final RectificationService service;
    private final CurrentActor currentActor;
    private final CurrentAccess access;

    public RectificationController(RectificationService service, CurrentActor currentActor, CurrentAccess access) {
        this.service = service;
        this.currentActor = currentActor;
        this.access = access;
    }

    /**
     * The department a caller whose widest {@code rectification.read} grant is {@code department} (SUPERVISOR,
     * REVIEWER, CHECKER) is limited to; null for wider grants (MONITOR, SYSTEM, the clerk's centre).
     */
    private String ownDepartmentOnly() {
        return access.scope("rectification", "read").filter(scope -> scope == Scope.DEPARTMENT)
                .map(scope -> {
                    Actor actor = currentActor.current();
                    return actor.department() == null ? "" : actor.department();
                }).orElse(null);
    }

    /** 核实: whether the complaint is founded, and why. */
    public record VerificationBody(@NotNull Boolean founded,
                                   @NotBlank @Size(max = RectificationText.MAX_LENGTH) String reason) {
    }

    /** 整改: what the department did. */
    public record MeasuresBody(@NotBlank @Size(max = RectificationText.MAX_LENGTH) String measures) {
    }

    /** 回访: whether the applicant is satisfied, and what they said. */
    public record FollowUpBody(@NotNull Boolean satisfied,
                               @NotBlank @Size(max = RectificationText.MAX_LENGTH) String note) {
    }

    /** 申诉: why the department holds the bad rating unfounded. */
    public record AppealBody(@NotBlank @Size(max = RectificationText.MAX_LENGTH) String reason) {
    }

    /** A MONITOR's decision on an appeal. */
    public record AppealDecisionBody(@NotNull Boolean upheld,
                                     @NotBlank @Size(max = RectificationText.MAX_LENGTH) String reason) {
    }

    @GetMapping
    public PageResult<RectificationView> list(@RequestParam(required = false) String department, PageQuery page) {
        String own = ownDepartmentOnly();
        if (own != null) {
            if (department != null && !department.equals(own)) {
                throw new NotPermitted("rectification.other-department",
                        "the rectifications of department " + department + " are read by its own staff");
            }
            department = own;
        }
        if (department == null) {
            return service.list(null, page).map(RectificationView::of);
        }
        DepartmentCode code;
        try {
            code = DepartmentCode.of(department);
        } catch (IllegalArgumentException e) {
            return PageResult.of(List.<Rectification>of(), page, 0).map(RectificationView::of); // no department has it
        }
        return service.list(code, page).map(RectificationView::of);
    }

    @GetMapping("/{rectificationId}")
    public RectificationView get(@PathVariable UUID rectificationId) {
        Rectification rectification = service.find(rectificationId);
        String own = ownDepartmentOnly();
        if (own != null && !own.equals(rectification.implementingDepartment().value())) {
            throw new NotPermitted("rectification.other-department",
                    "rectification " + rectificationId + " is read by the staff of its department");
        }
        return RectificationView.of(rectification);
    }

    @PostMapping("/{rectificationId}/verification")
    public RectificationView verify(@PathVariable UUID rectificationId, @Valid @RequestBody VerificationBody body) {
        return RectificationView.of(service.verify(rectificationId, body.founded(), body.reason(),
                currentActor.current()));
    }

    @PostMapping("/{rectificationId}/measures")
    public RectificationView rectify(@PathVariable UUID rectificationId, @Valid @RequestBody MeasuresBody body) {
        return RectificationView.of(service.rectify(rectificationId, body.measures(), currentActor.current()));
    }

    @PostMapping("/{rectificationId}/follow-up")
    public RectificationView followUp(@PathVariable UUID rectificationId, @Valid @RequestBody FollowUpBody body) {
        return RectificationView.of(service.followUp(rectificationId, body.satisfied(), body.note(),
                currentActor.current()));
    }

    @PostMapping("/{rectificationId}/closure")
    public RectificationView close(@PathVariable UUID rectificationId) {
        return RectificationView.of(service.close(rectificationId, currentActor.current()));
    }

    @PostMapping("/{rectificationId}/appeal")
    public RectificationView appeal(@PathVariable UUID rectificationId, @Valid @RequestBody AppealBody body) {
        return RectificationView.of(service.appeal(rectificationId, body.reason(), currentActor.current()));
    }

    @PostMapping("/{rectificationId}/appeal/decision")
    public RectificationView decideAppeal(@PathVariable UUID rectificationId,
                                          @Valid @RequestBody AppealDecisionBody body) {
        return RectificationView.of(service.decideAppeal(rectificationId, body.upheld(), body.reason(),
                currentActor.current()));
    }
}
