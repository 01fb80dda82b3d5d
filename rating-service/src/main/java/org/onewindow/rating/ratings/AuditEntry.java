package org.onewindow.rating.ratings;

import java.time.OffsetDateTime;

/**
 * One line of a case's audit trail in rating: who acted, in which role, for whom (代办), what, when.
 *
 * @param role       APPLICANT or AGENT for a rater, SYSTEM for what an event caused
 * @param onBehalfOf the applicant's user id when an agent acted; null otherwise
 */
public record AuditEntry(OffsetDateTime at, String userId, String role, String onBehalfOf, String action, String detail) {

    public static final String SYSTEM = "SYSTEM";
}
