package org.onewindow.supervision.draws;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded draw: with {@code seed}, {@code candidates} and {@code inspectorPool} anyone can repeat it
 * ({@link RandomDraw#draw}) and check {@code holders} and {@code inspectors}.
 *
 * @param candidates record ids that could be drawn (claimed records of the department, licence not revoked)
 * @param holders    record ids drawn for inspection
 */
public record Draw(UUID id, String department, long seed, int holdersCount, int inspectorsCount,
                   List<String> candidates, List<String> inspectorPool, List<String> holders,
                   List<String> inspectors, String drawnBy, OffsetDateTime drawnAt) {

    public Draw {
        candidates = List.copyOf(candidates);
        inspectorPool = List.copyOf(inspectorPool);
        holders = List.copyOf(holders);
        inspectors = List.copyOf(inspectors);
    }
}
