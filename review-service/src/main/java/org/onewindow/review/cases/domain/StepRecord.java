package org.onewindow.review.cases.domain;

import java.time.Instant;
import java.util.List;

/** A completed step: who gave which opinion, in which role, why, and when. */
public record StepRecord(
        StepKind step,
        String userId,
        String role,
        Opinion opinion,
        List<String> reasons,
        String comment,
        Instant completedAt) {

    public StepRecord {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
