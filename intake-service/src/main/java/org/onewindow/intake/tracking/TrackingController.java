package org.onewindow.intake.tracking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.intake.applications.Application;
import org.onewindow.intake.applications.ApplicationRepository;
import org.onewindow.intake.applications.ApplicationStatus;
import org.onewindow.intake.applications.QueryCode;
import org.onewindow.platform.kernel.NotFound;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 办件查询 without a token: status and steps by case number and query code, with no personal data. A wrong code
 * and an unknown case answer the same 404, so the endpoint does not reveal which case numbers exist.
 */
@RestController
public class TrackingController {

    public record Step(OffsetDateTime at, String action, String detail) {
    }

    public record Tracking(String caseNumber, String itemName, ApplicationStatus status, OffsetDateTime submittedAt,
                           LocalDate acceptedOn, LocalDate promisedDeadline, List<Step> history) {
    }

    private final ApplicationRepository applications;

    public TrackingController(ApplicationRepository applications) {
        this.applications = applications;
    }

    @GetMapping("/api/intake/v1/tracking/{caseNumber}")
    @Transactional(readOnly = true)
    public Tracking track(@PathVariable String caseNumber, @RequestParam(required = false) String queryCode) {
        Application application = applications.find(caseNumber)
                .filter(a -> QueryCode.matches(queryCode, a.queryCodeHash()))
                .orElseThrow(() -> new NotFound("case", caseNumber));
        // actor ids and "for whom" are left out: the audit detail is written free of personal data
        List<Step> steps = applications.history(caseNumber).stream().map(e -> new Step(e.at(), e.action(), e.detail())).toList();
        return new Tracking(caseNumber, application.item().name(), application.status(), application.submittedAt(),
                application.acceptedOn(), application.promisedDeadline(), steps);
    }
}
