package org.onewindow.catalog.organisation;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.onewindow.catalog.items.ItemRepository;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Departments (权责清单) and service centres (三级联动), and which items a centre may accept. */
@RestController
@RequestMapping("/api/catalog/v1")
public class OrganisationController {

    public record DepartmentRequest(@NotBlank @Size(max = TextLimits.NAME) @SingleLine String name,
                                    @Size(max = ListLimits.POWERS) List<@Size(max = TextLimits.CODE) @SingleLine String> powers) {
    }

    public record CentreRequest(@NotBlank @Size(max = TextLimits.NAME) @SingleLine String name, @NotNull Level level,
                                @Size(max = TextLimits.CODE) @SingleLine String parent) {
    }

    private final OrganisationRepository repository;
    private final OrganisationService service;
    private final ItemRepository items;

    public OrganisationController(OrganisationRepository repository, OrganisationService service, ItemRepository items) {
        this.repository = repository;
        this.service = service;
        this.items = items;
    }

    @GetMapping("/departments")
    public PageResult<Department> departments(PageQuery page) {
        return PageResult.of(repository.departments(page.offset(), page.limit()), page, repository.countDepartments());
    }

    @GetMapping("/departments/{code}")
    public Department department(@PathVariable String code) {
        return repository.department(code).orElseThrow(() -> new NotFound("department", code));
    }

    @PutMapping("/departments/{code}")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public Department saveDepartment(@PathVariable String code, @Valid @RequestBody DepartmentRequest request) {
        return service.save(new Department(code, request.name(), request.powers()));
    }

    @GetMapping("/centres")
    public PageResult<ServiceCentre> centres(PageQuery page) {
        return PageResult.of(repository.centres(page.offset(), page.limit()), page, repository.countCentres());
    }

    @GetMapping("/centres/{code}")
    public ServiceCentre centre(@PathVariable String code) {
        return repository.centre(code).orElseThrow(() -> new NotFound("centre", code));
    }

    @PutMapping("/centres/{code}")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ServiceCentre saveCentre(@PathVariable String code, @Valid @RequestBody CentreRequest request) {
        return service.save(new ServiceCentre(code, request.name(), request.level(), request.parent()));
    }

    /** The published items this centre may accept: its own level's, and those delegated to it. */
    @GetMapping("/centres/{code}/items")
    public PageResult<ItemRepository.ItemSummary> acceptableItems(@PathVariable String code, PageQuery page) {
        ServiceCentre centre = centre(code);
        String level = centre.level().name();
        return PageResult.of(items.acceptableAt(code, level, page.offset(), page.limit()), page,
                items.countAcceptableAt(code, level));
    }
}
