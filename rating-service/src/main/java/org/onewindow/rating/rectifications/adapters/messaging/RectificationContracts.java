package org.onewindow.rating.rectifications.adapters.messaging;

import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.platform.commands.ContractMapper;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationEvent;

/** A rectification's internal events as integrators see them on {@code rating.ratings}. */
public final class RectificationContracts implements ContractMapper<RectificationEvent> {

    @Override
    public List<DomainEvent> toContracts(RectificationEvent event) {
        return switch (event) {
            case RectificationEvent.Opened opened -> List.of(opened(opened.rectification()));
        };
    }

    private static RectificationOpened opened(Rectification rectification) {
        return new RectificationOpened(rectification.ratingId(), rectification.caseNumber().value(),
                rectification.implementingDepartment().value(), rectification.dueOn(), rectification.openedAt());
    }
}
