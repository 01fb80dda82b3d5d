package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An extension of the statutory limit (延期, Art. 42): granted once per case by the agency head (本行政机关负责人);
 * only the statutory deadline moves, the promised one stays.
 *
 * @param approvedBy the approving user; {@code role} the role they approved in
 */
public record StatutoryExtension(int workingDays, String reason, String approvedBy, String role, LocalDate approvedOn,
                                 Instant approvedAt) {
}
