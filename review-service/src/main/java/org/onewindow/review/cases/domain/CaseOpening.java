package org.onewindow.review.cases.domain;

import org.onewindow.platform.kernel.CaseNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a review case is opened from: the facts of intake's ApplicationAccepted (受理), including the route
 * snapshot of the item version the case was accepted under and the holder's data to copy into the decision.
 *
 * @param departments       the route's departments in order (the order matters only for SERIAL)
 * @param twoPersonReview   一审一核: a REVIEW step and a CHECK step by two different people
 * @param immediate         即办件: the accepting window clerk may complete the single step at the window
 * @param promisedLimit     承诺时限 in working days
 * @param statutoryLimit    法定时限 in working days
 * @param jointHandling     统一办理/联合办理/集中办理 as the catalog's item version says; null: one department's
 */
public record CaseOpening(
        CaseNumber caseNumber,
        String itemCode,
        String itemName,
        int itemVersion,
        RouteMode mode,
        List<String> departments,
        boolean twoPersonReview,
        boolean immediate,
        LocalDate acceptedOn,
        Instant acceptedAt,
        String acceptedBy,
        int promisedLimit,
        int statutoryLimit,
        String applicantUserId,
        String holderName,
        String holderMaskedIdNumber,
        String implementingDepartment,
        String supervisingDepartment,
        JointHandling jointHandling) {

    /** A case of an item handled by one department (no joint handling). */
    public CaseOpening(CaseNumber caseNumber, String itemCode, String itemName, int itemVersion, RouteMode mode,
                       List<String> departments, boolean twoPersonReview, boolean immediate, LocalDate acceptedOn,
                       Instant acceptedAt, String acceptedBy, int promisedLimit, int statutoryLimit,
                       String applicantUserId, String holderName, String holderMaskedIdNumber,
                       String implementingDepartment, String supervisingDepartment) {
        this(caseNumber, itemCode, itemName, itemVersion, mode, departments, twoPersonReview, immediate, acceptedOn,
                acceptedAt, acceptedBy, promisedLimit, statutoryLimit, applicantUserId, holderName,
                holderMaskedIdNumber, implementingDepartment, supervisingDepartment, null);
    }

    public CaseOpening {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        departments = List.copyOf(departments);
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("a route needs at least one department");
        }
        if (promisedLimit < 0 || statutoryLimit < 0) {
            throw new IllegalArgumentException("time limits cannot be negative");
        }
    }

    public boolean joint() {
        return jointHandling != null;
    }

    /** The same opening, handled jointly as the catalog says. */
    public CaseOpening withJointHandling(JointHandling handling) {
        return new CaseOpening(caseNumber, itemCode, itemName, itemVersion, mode, departments, twoPersonReview,
                immediate, acceptedOn, acceptedAt, acceptedBy, promisedLimit, statutoryLimit, applicantUserId,
                holderName, holderMaskedIdNumber, implementingDepartment, supervisingDepartment, handling);
    }

    /** The department whose head approves an extension (延期): the implementing one, else the first of the route. */
    public String approvingDepartment() {
        return implementingDepartment != null ? implementingDepartment : departments.getFirst();
    }
}
