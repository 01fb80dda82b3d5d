package org.onewindow.rating.rectifications;

import java.util.UUID;

import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 差评整改: the open rectifications by due date, for the rated departments and the monitors. */
@RestController
@RequestMapping("/api/rating/v1/rectifications")
@PreAuthorize("hasAnyRole('MONITOR', 'SUPERVISOR', 'REVIEWER', 'CHECKER', 'WINDOW_CLERK', 'SYSTEM')")
public class RectificationController {

    private final RectificationService service;
    private final RectificationRepository repository;

    public RectificationController(RectificationService service, RectificationRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping
    public PageResult<Rectification> list(@RequestParam(required = false) String department, PageQuery page) {
        return repository.list(department, page);
    }

    @GetMapping("/{rectificationId}")
    public Rectification get(@PathVariable UUID rectificationId) {
        return service.find(rectificationId);
    }
}
