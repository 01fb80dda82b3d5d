package org.onewindow.intake.documents.domain;

import java.time.Period;
import java.util.Map;

import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.Outcome;

/**
 * How long a case's documents are kept (档案保管期限), counted from the case's end: the item's own period when
 * configured ({@code onewindow.intake.documents.retention.items.<itemCode>}), else {@code PERMANENT} for a case that
 * ended with a licence (证照 files are kept permanently), else the default (30 years). intake never deletes a
 * submitted case's documents on its own: disposal (档案销毁) is an archive decision taken outside the suite; the
 * period is shown so the archive can act on it.
 *
 * @param defaultPeriod ISO period ({@code P30Y}) or {@code PERMANENT}
 * @param perItem       by item code, the same form
 */
public record RetentionRule(String defaultPeriod, Map<String, String> perItem) {

    public static final String PERMANENT = "PERMANENT";

    public RetentionRule {
        requireValid(defaultPeriod);
        perItem = Map.copyOf(perItem);
        perItem.values().forEach(RetentionRule::requireValid);
    }

    public String of(Application application) {
        String configured = perItem.get(application.item().itemCode());
        if (configured != null) {
            return configured;
        }
        if (application.decision() != null && application.decision().outcome() == Outcome.APPROVED
                && application.decision().licenceNumber() != null) {
            return PERMANENT;
        }
        return defaultPeriod;
    }

    private static void requireValid(String period) {
        if (!PERMANENT.equals(period)) {
            Period.parse(period); // a wrong value stops the service at start
        }
    }
}
