package org.onewindow.rating.rectifications.adapters.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.ratings.application.RatingScopes;
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
public record RectificationController(RectificationService service, CurrentActor currentActor, RatingScopes scopes) {

    private static final String RESOURCE = "rectification";

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

    /** Only the rectifications inside the caller's {@code rectification.read} scope, whatever department is named. */
    @GetMapping
    public PageResult<RectificationView> list(@RequestParam(required = false) String department, PageQuery page) {
        DepartmentCode code = null;
        if (department != null) {
            try {
                code = DepartmentCode.of(department);
            } catch (IllegalArgumentException e) {
                return PageResult.of(List.<Rectification>of(), page, 0).map(RectificationView::of); // no department has it
            }
        }
        return service.list(code, scopes.of(RESOURCE, "read"), page).map(RectificationView::of);
    }

    /** 404 outside the caller's {@code rectification.read} scope, as for an unknown rectification. */
    @GetMapping("/{rectificationId}")
    public RectificationView get(@PathVariable UUID rectificationId) {
        return RectificationView.of(service.find(rectificationId, scopes.of(RESOURCE, "read")));
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
