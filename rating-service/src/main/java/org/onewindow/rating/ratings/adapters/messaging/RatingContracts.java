package org.onewindow.rating.ratings.adapters.messaging;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RatingSubmittedV2;
import org.onewindow.platform.commands.ContractMapper;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.RatingEvent;

/** A rated case's internal events as integrators see them on {@code rating.ratings}. */
public final class RatingContracts implements ContractMapper<RatingEvent> {

    @Override
    public List<DomainEvent> toContracts(RatingEvent event) {
        return switch (event) {
            case RatingEvent.Rated rated -> versions(rated.rating());
        };
    }

    /** v1 for the stages it knows (older readers keep reading), v2 for every rating. */
    static List<DomainEvent> versions(Rating rating) {
        List<DomainEvent> events = new ArrayList<>(2);
        if (rating.stage().inFirstContract()) {
            events.add(submitted(rating));
        }
        events.add(submittedV2(rating));
        return List.copyOf(events);
    }

    static RatingSubmittedV2 submittedV2(Rating rating) {
        return new RatingSubmittedV2(rating.ratingId(), rating.caseNumber().value(),
                RatingSubmittedV2.Stage.valueOf(rating.stage().name()),
                RatingSubmittedV2.Level.valueOf(rating.level().name()), rating.bad(), rating.itemCode().value(),
                rating.implementingDepartment().value(), rating.centreCode().value(),
                RatingSubmittedV2.RaterRole.valueOf(rating.raterRole().name()), rating.comment(), rating.ratedAt());
    }

    static RatingSubmitted submitted(Rating rating) {
        return new RatingSubmitted(rating.ratingId(), rating.caseNumber().value(),
                RatingSubmitted.Stage.valueOf(rating.stage().name()), RatingSubmitted.Level.valueOf(rating.level().name()),
                rating.bad(), rating.itemCode().value(), rating.implementingDepartment().value(),
                rating.centreCode().value(), RatingSubmitted.RaterRole.valueOf(rating.raterRole().name()),
                rating.comment(), rating.ratedAt());
    }
}
