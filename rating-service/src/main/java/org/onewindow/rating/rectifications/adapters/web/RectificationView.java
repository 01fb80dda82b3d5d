package org.onewindow.rating.rectifications.adapters.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationStatus;

/**
 * 差评整改 as the API shows it: the rated department must rectify what the bad rating reports by {@code dueOn}
 * (named as before the aggregate moved to the domain, so the OpenAPI document keeps its schema name).
 *
 * @param dueOn last working day of the rectification
 */
@Schema(name = "Rectification")
public record RectificationView(
        UUID rectificationId,
        UUID ratingId,
        String caseNumber,
        String implementingDepartment,
        RectificationStatus status,
        OffsetDateTime openedAt,
        LocalDate dueOn) {

    static RectificationView of(Rectification rectification) {
        return new RectificationView(rectification.rectificationId(), rectification.ratingId(),
                rectification.caseNumber().value(), rectification.implementingDepartment().value(),
                rectification.status(), rectification.openedAt(), rectification.dueOn());
    }
}
