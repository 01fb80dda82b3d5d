package org.onewindow.supervision.draws.adapters.web;

import java.net.URI;
import java.util.UUID;

import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.supervision.draws.application.Draws;
import org.onewindow.supervision.draws.domain.Draw;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** Random inspection draws (双随机一公开): published with their seed so anyone can repeat them. */
@RestController
@RequestMapping("/api/supervision/v1/draws")
public record DrawController(Draws draws, CurrentActor currentActor) {

    @PostMapping
    public ResponseEntity<DrawView> draw(@Valid @RequestBody DrawRequest request) {
        Draw draw = draws.draw(currentActor.current(), request.department(), request.holdersCount(),
                request.inspectorsCount(), request.inspectorPool(), request.seed());
        return ResponseEntity.created(URI.create("/api/supervision/v1/draws/" + draw.id())).body(DrawView.of(draw));
    }

    @GetMapping("/{drawId}")
    public DrawView get(@PathVariable UUID drawId) {
        return DrawView.of(draws.get(drawId));
    }

    /** Newest first. */
    @GetMapping
    public PageResult<DrawView> list(@RequestParam(required = false) String department, PageQuery page) {
        return draws.list(department, page).map(DrawView::of);
    }
}
