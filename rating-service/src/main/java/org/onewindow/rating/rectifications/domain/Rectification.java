package org.onewindow.rating.rectifications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.RatingAudit;

/**
 * 差评整改: the rated department must rectify what the bad rating reports by {@code dueOn}. Its audit lines go to
 * the trail of its case.
 */
public final class Rectification extends StoredAggregate<RectificationEvent> {

    private final UUID rectificationId;
    private final UUID ratingId;
    private final CaseNumber caseNumber;
    private final DepartmentCode implementingDepartment;
    private final RectificationStatus status;
    private final OffsetDateTime openedAt;
    private final LocalDate dueOn;

    private Rectification(UUID rectificationId, UUID ratingId, CaseNumber caseNumber,
                          DepartmentCode implementingDepartment, RectificationStatus status, OffsetDateTime openedAt,
                          LocalDate dueOn, long version) {
        super(version);
        this.rectificationId = Objects.requireNonNull(rectificationId, "rectificationId");
        this.ratingId = Objects.requireNonNull(ratingId, "ratingId");
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.implementingDepartment = Objects.requireNonNull(implementingDepartment, "implementingDepartment");
        this.status = Objects.requireNonNull(status, "status");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
    }

    /**
     * Opens the rectification a bad rating calls for (other ratings call for none), due {@code terms} working days
     * after the rating day.
     */
    public static Rectification openFor(Rating rating, RectificationTerms terms, WorkingDays calendar, UUID id) {
        if (!rating.bad()) {
            throw new IllegalArgumentException("only a bad rating opens a rectification, not " + rating.level());
        }
        Rectification rectification = new Rectification(id, rating.ratingId(), rating.caseNumber(),
                rating.implementingDepartment(), RectificationStatus.OPEN, rating.ratedAt(),
                terms.dueOn(rating.ratedAt(), calendar), 0);
        rectification.changes().registerEvent(new RectificationEvent.Opened(rectification));
        rectification.changes().audit(AuditEntry.of(rating.ratedAt().toInstant(), "RECTIFICATION_OPENED",
                RatingAudit.SYSTEM, "due on " + rectification.dueOn));
        return rectification;
    }

    /** A rectification as stored. */
    public static Rectification restore(UUID rectificationId, UUID ratingId, CaseNumber caseNumber,
                                        DepartmentCode implementingDepartment, RectificationStatus status,
                                        OffsetDateTime openedAt, LocalDate dueOn, long version) {
        return new Rectification(rectificationId, ratingId, caseNumber, implementingDepartment, status, openedAt,
                dueOn, version);
    }

    public UUID rectificationId() {
        return rectificationId;
    }

    public UUID ratingId() {
        return ratingId;
    }

    public CaseNumber caseNumber() {
        return caseNumber;
    }

    public DepartmentCode implementingDepartment() {
        return implementingDepartment;
    }

    public RectificationStatus status() {
        return status;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }

    /** The last working day of the rectification. */
    public LocalDate dueOn() {
        return dueOn;
    }
}
