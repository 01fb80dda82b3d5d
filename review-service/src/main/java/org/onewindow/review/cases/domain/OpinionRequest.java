package org.onewindow.review.cases.domain;

import java.util.List;
import java.util.UUID;

/** A reviewer's or checker's opinion on one step of one task. */
public record OpinionRequest(UUID taskId, StepKind step, Opinion opinion, List<String> reasons, String comment) {

    public OpinionRequest {
        reasons = reasons == null ? List.of() : reasons.stream().filter(r -> r != null && !r.isBlank()).toList();
    }
}
