package org.onewindow.rating.ratings.adapters.messaging;

import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.platform.commands.ContractMapper;
import org.onewindow.rating.ratings.domain.Rating;
import org.onewindow.rating.ratings.domain.RatingEvent;

/** A rated case's internal events as integrators see them on {@code rating.ratings}. */
public final class RatingContracts implements ContractMapper<RatingEvent> {

    @Override
    public List<DomainEvent> toContracts(RatingEvent event) {
        return switch (event) {
            case RatingEvent.Rated rated -> List.of(submitted(rated.rating()));
        };
    }

    static RatingSubmitted submitted(Rating rating) {
        return new RatingSubmitted(rating.ratingId(), rating.caseNumber().value(),
                RatingSubmitted.Stage.valueOf(rating.stage().name()), RatingSubmitted.Level.valueOf(rating.level().name()),
                rating.bad(), rating.itemCode().value(), rating.implementingDepartment().value(),
                rating.centreCode().value(), RatingSubmitted.RaterRole.valueOf(rating.raterRole().name()),
                rating.comment(), rating.ratedAt());
    }
}
