package org.onewindow.intake.tracking.application;

import java.util.List;
import java.util.Optional;

import org.onewindow.intake.applications.application.ApplicationService;
import org.onewindow.intake.applications.application.ApplicationStore;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.DeliveryWarning;
import org.onewindow.intake.applications.domain.QueryCode;
import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.springframework.stereotype.Service;

/**
 * 办件查询: a case and its trail for whoever holds its query code. Empty for a wrong code and for an unknown case
 * alike, so the answer does not reveal which case numbers exist.
 */
@Service
public record CaseTracking(ApplicationStore applications, AuditTrail auditTrail, ApplicationService service) {

    /** The case, its audit trail (oldest first) and its delivery light today (null when nothing waits). */
    public record Tracked(Application application, List<AuditEntry> steps, DeliveryWarning deliveryWarning) {
    }

    public Optional<Tracked> track(String caseNumber, String queryCode) {
        CaseNumber key;
        try {
            key = CaseNumber.of(caseNumber);
        } catch (IllegalArgumentException notACaseNumber) {
            return Optional.empty();
        }
        return applications.find(key)
                .filter(a -> QueryCode.matches(queryCode, a.queryCodeHash()))
                .map(a -> new Tracked(a, auditTrail.of(key.value()), service.deliveryWarning(a)));
    }
}
