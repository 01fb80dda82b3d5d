package org.onewindow.intake.tracking.adapters.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.intake.applications.adapters.web.ApplicationView.DeadlinesView;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.Delivery;
import org.onewindow.intake.applications.domain.DeliveryMethod;
import org.onewindow.intake.applications.domain.ApplicationStatus;
import org.onewindow.intake.tracking.application.CaseTracking;
import org.onewindow.platform.kernel.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 办件查询 without a token: status and steps by case number and query code, with no personal data. A wrong code
 * and an unknown case answer the same 404, so the endpoint does not reveal which case numbers exist.
 */
@RestController
public record TrackingController(CaseTracking tracking) {

    public record Step(OffsetDateTime at, String action, String detail) {
    }

    /**
     * @param deadlines the current deadlines, provisional flag, latest extension or pause, licence due date and the
     *                  delivery light
     * @param delivery  how the result left, once delivered; else null
     */
    public record Tracking(String caseNumber, String itemName, ApplicationStatus status, OffsetDateTime submittedAt,
                           LocalDate acceptedOn, LocalDate promisedDeadline, DeadlinesView deadlines,
                           DeliveryView delivery, List<Step> history) {
    }

    /**
     * The delivery without personal data: who collected it at the window is left out; the EMS tracking number is
     * shown whole (it names a parcel, not a person, and the applicant follows the parcel by it) as is the electronic
     * licence's number.
     *
     * @param reference the EMS tracking number (MAIL) or the electronic licence's number (ELECTRONIC); else null
     * @param late      delivered after Art. 44's licence due date
     */
    public record DeliveryView(DeliveryMethod method, String reference, OffsetDateTime deliveredAt, boolean late) {

        static DeliveryView of(Delivery delivery) {
            return delivery == null ? null
                    : new DeliveryView(delivery.method(), delivery.reference(), delivery.deliveredAt(), delivery.late());
        }
    }

    @GetMapping("/api/intake/v1/tracking/{caseNumber}")
    public Tracking track(@PathVariable String caseNumber, @RequestParam(required = false) String queryCode) {
        CaseTracking.Tracked tracked = tracking.track(caseNumber, queryCode)
                .orElseThrow(() -> new NotFound("case", caseNumber));
        Application application = tracked.application();
        // actor ids and "for whom" are left out: the audit detail is written free of personal data
        List<Step> steps = tracked.steps().stream()
                .map(e -> new Step(e.at().atOffset(ZoneOffset.UTC), e.action(), e.detail())).toList();
        return new Tracking(caseNumber, application.item().name(), application.status(), application.submittedAt(),
                application.acceptedOn(), application.promisedDeadline(),
                DeadlinesView.of(application, tracked.deliveryWarning()), DeliveryView.of(application.delivery()), steps);
    }
}
