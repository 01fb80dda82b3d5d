package org.onewindow.review.cases;

import java.time.Instant;

/** One line of a case's audit trail: who acted, in which role, for whom, what, and when. */
public record AuditEntry(Instant at, String userId, String role, String onBehalfOf, String action, String detail) {
}
