package org.onewindow.rating.rectifications.adapters.messaging;

import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.contracts.rating.RectificationOverdue;
import org.onewindow.contracts.rating.RectificationProgressed;
import org.onewindow.platform.commands.ContractMapper;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.onewindow.rating.rectifications.domain.RectificationEvent;

/**
 * A rectification's internal events as integrators see them on {@code rating.ratings}: opened, each step taken
 * (one {@code RectificationProgressed} type with a {@code step}) and overdue steps.
 */
public final class RectificationContracts implements ContractMapper<RectificationEvent> {

    @Override
    public List<DomainEvent> toContracts(RectificationEvent event) {
        return switch (event) {
            case RectificationEvent.Opened opened -> List.of(opened(opened.rectification()));
            case RectificationEvent.Progressed p -> List.of(progressed(p));
            case RectificationEvent.Overdue o -> List.of(new RectificationOverdue(o.rectification().rectificationId(),
                    o.rectification().ratingId(), o.rectification().caseNumber().value(),
                    o.rectification().implementingDepartment().value(),
                    RectificationProgressed.Status.valueOf(o.status().name()), o.stepDueOn(), o.at()));
        };
    }

    private static RectificationOpened opened(Rectification rectification) {
        return new RectificationOpened(rectification.ratingId(), rectification.caseNumber().value(),
                rectification.implementingDepartment().value(), rectification.dueOn(), rectification.openedAt());
    }

    private static RectificationProgressed progressed(RectificationEvent.Progressed p) {
        Rectification r = p.rectification();
        return new RectificationProgressed(r.rectificationId(), r.ratingId(), r.caseNumber().value(),
                r.implementingDepartment().value(), RectificationProgressed.Step.valueOf(p.step().name()),
                RectificationProgressed.Status.valueOf(p.status().name()), p.verdict(), p.text(),
                p.status().closed() ? RectificationProgressed.Outcome.valueOf(r.outcome().name()) : null,
                r.dueOn(), r.stepDueOn(), p.actorRole(), p.at());
    }
}
