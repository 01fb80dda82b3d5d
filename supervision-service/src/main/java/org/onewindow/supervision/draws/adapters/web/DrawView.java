package org.onewindow.supervision.draws.adapters.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.supervision.draws.domain.Draw;

/**
 * A recorded draw as the API shows it: with {@code seed}, {@code candidates} and {@code inspectorPool} anyone can
 * repeat it and check {@code holders} and {@code inspectors}.
 *
 * @param candidates record ids that could be drawn (claimed records of the department, licence not revoked)
 * @param holders    record ids drawn for inspection
 */
public record DrawView(UUID id, String department, long seed, int holdersCount, int inspectorsCount,
                       List<String> candidates, List<String> inspectorPool, List<String> holders,
                       List<String> inspectors, String drawnBy, OffsetDateTime drawnAt) {

    static DrawView of(Draw d) {
        return new DrawView(d.id(), d.department().value(), d.seed(), d.holdersCount(), d.inspectorsCount(),
                d.candidates(), d.inspectorPool(), d.holders(), d.inspectors(), d.drawnBy().value(), d.drawnAt());
    }
}
