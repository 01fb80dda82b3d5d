package org.onewindow.supervision.draws;

import java.net.URI;
import java.util.UUID;

import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
public class DrawController {

    private final DrawService draws;
    private final CurrentActor currentActor;

    public DrawController(DrawService draws, CurrentActor currentActor) {
        this.draws = draws;
        this.currentActor = currentActor;
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ResponseEntity<Draw> draw(@Valid @RequestBody DrawRequest request) {
        Draw draw = draws.draw(request, currentActor.current());
        return ResponseEntity.created(URI.create("/api/supervision/v1/draws/" + draw.id())).body(draw);
    }

    @GetMapping("/{drawId}")
    @PreAuthorize("isAuthenticated()")
    public Draw get(@PathVariable UUID drawId) {
        return draws.get(drawId);
    }

    /** Newest first. */
    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public PageResult<Draw> list(@RequestParam(required = false) String department, PageQuery page) {
        return draws.list(department, page);
    }
}
