package org.onewindow.supervision.draws;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs and records random inspection draws (双随机). */
@Service
public class DrawService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final DrawRepository draws;
    private final Clock clock;

    public DrawService(DrawRepository draws, Clock clock) {
        this.draws = draws;
        this.clock = clock;
    }

    /** @throws NotPermitted ({@code supervision.wrong-department}) when drawing for another department */
    @Transactional
    public Draw draw(DrawRequest request, Actor supervisor) {
        if (!request.department().equals(supervisor.department())) {
            throw new NotPermitted("supervision.wrong-department", "a supervisor of " + supervisor.department()
                    + " cannot draw inspections for " + request.department());
        }
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong();
        var candidates = draws.candidates(request.department());
        RandomDraw.Drawn drawn = RandomDraw.draw(seed, candidates, request.inspectorPool(), request.holdersCount(),
                request.inspectorsCount());
        Draw draw = new Draw(UUID.randomUUID(), request.department(), seed, request.holdersCount(),
                request.inspectorsCount(), candidates, request.inspectorPool(), drawn.holders(), drawn.inspectors(),
                supervisor.userId(), OffsetDateTime.now(clock));
        draws.insert(draw);
        return draw;
    }

    @Transactional(readOnly = true)
    public Draw get(UUID id) {
        return draws.find(id).orElseThrow(() -> new NotFound("draw", id.toString()));
    }

    @Transactional(readOnly = true)
    public PageResult<Draw> list(String department, PageQuery page) {
        return draws.page(department, page);
    }
}
