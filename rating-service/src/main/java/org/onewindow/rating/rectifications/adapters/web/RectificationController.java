package org.onewindow.rating.rectifications.adapters.web;

import java.util.List;
import java.util.UUID;

import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.rectifications.application.RectificationService;
import org.onewindow.rating.rectifications.domain.Rectification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 差评整改: the open rectifications by due date, for the rated departments and the monitors. */
@RestController
@RequestMapping("/api/rating/v1/rectifications")
public class RectificationController {

    private final RectificationService service;

    public RectificationController(RectificationService service) {
        this.service = service;
    }

    @GetMapping
    public PageResult<RectificationView> list(@RequestParam(required = false) String department, PageQuery page) {
        if (department == null) {
            return service.list(null, page).map(RectificationView::of);
        }
        DepartmentCode code;
        try {
            code = DepartmentCode.of(department);
        } catch (IllegalArgumentException e) {
            return PageResult.of(List.<Rectification>of(), page, 0).map(RectificationView::of); // no department has it
        }
        return service.list(code, page).map(RectificationView::of);
    }

    @GetMapping("/{rectificationId}")
    public RectificationView get(@PathVariable UUID rectificationId) {
        return RectificationView.of(service.find(rectificationId));
    }
}
