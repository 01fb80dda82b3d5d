package org.onewindow.catalog.organisation.adapters.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onewindow.catalog.items.application.ItemReads;
import org.onewindow.catalog.organisation.application.Organisation;
import org.onewindow.catalog.organisation.application.OrganisationReads;
import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.catalog.shared.adapters.web.PathCodes;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments (权责清单) and service centres (三级联动), and which items a centre may accept. A department's or
 * centre's GET and PUT answer its ETag; PUT checks {@code If-Match} when given (412 when it moved on).
 */
@RestController
@RequestMapping("/api/catalog/v1")
public record OrganisationController(OrganisationReads reads, Organisation service, ItemReads items,
                                     CurrentActor currentActor) {

    private static final String ADMIN = "CATALOG_ADMIN";

    public record DepartmentRequest(@NotBlank @Size(max = TextLimits.NAME) @SingleLine String name,
                                    @Size(max = ListLimits.POWERS) List<@Size(max = TextLimits.CODE) @SingleLine String> powers) {
    }

    public record CentreRequest(@NotBlank @Size(max = TextLimits.NAME) @SingleLine String name, @NotNull Level level,
                                @Size(max = TextLimits.CODE) @SingleLine String parent) {
    }

    @GetMapping("/departments")
    public PageResult<Department> departments(PageQuery page) {
        return PageResult.of(reads.departments(page.offset(), page.limit()).stream()
                .map(d -> Department.of(d.state())).toList(), page, reads.countDepartments());
    }

    @GetMapping("/departments/{code}")
    public ResponseEntity<Department> department(@PathVariable String code) {
        return answer(findDepartment(code));
    }

    @PutMapping("/departments/{code}")
    public ResponseEntity<Department> saveDepartment(@PathVariable String code,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody DepartmentRequest request) {
        return answer(service.save(new org.onewindow.catalog.organisation.domain.Department(code, request.name(),
                request.powers()), ifMatch, actor()));
    }

    @GetMapping("/centres")
    public PageResult<ServiceCentre> centres(PageQuery page) {
        return PageResult.of(reads.centres(page.offset(), page.limit()).stream().map(ServiceCentre::of).toList(), page,
                reads.countCentres());
    }

    @GetMapping("/centres/{code}")
    public ResponseEntity<ServiceCentre> centre(@PathVariable String code) {
        return answer(findCentre(code));
    }

    @PutMapping("/centres/{code}")
    public ResponseEntity<ServiceCentre> saveCentre(@PathVariable String code,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody CentreRequest request) {
        return answer(service.save(new org.onewindow.catalog.organisation.domain.ServiceCentre(code, request.name(),
                request.level(), request.parent()), ifMatch, actor()));
    }

    /** The published items this centre may accept: its own level's, and those delegated to it. */
    @GetMapping("/centres/{code}/items")
    public PageResult<ItemReads.ItemSummary> acceptableItems(@PathVariable String code, PageQuery page) {
        String level = findCentre(code).state().level().name();
        return PageResult.of(items.acceptableAt(code, level, page.offset(), page.limit()), page,
                items.countAcceptableAt(code, level));
    }

    private RegisteredDepartment findDepartment(String code) {
        return reads.department(PathCodes.parse("department", code, DepartmentCode::of))
                .orElseThrow(() -> new NotFound("department", code));
    }

    private RegisteredCentre findCentre(String code) {
        return reads.centre(PathCodes.parse("centre", code, CentreCode::of)).orElseThrow(() -> new NotFound("centre", code));
    }

    /** Body and ETag from one read (or from the save that just went through). */
    private static <B> ResponseEntity<B> answer(StoredAggregate<?> stored, B body) {
        return ResponseEntity.ok().eTag(ETags.of(stored.version())).body(body);
    }

    private static ResponseEntity<Department> answer(RegisteredDepartment department) {
        return answer(department, Department.of(department.state()));
    }

    private static ResponseEntity<ServiceCentre> answer(RegisteredCentre centre) {
        return answer(centre, ServiceCentre.of(centre.state()));
    }

    private AuditActor actor() {
        return AuditActor.of(currentActor.current(), ADMIN);
    }
}
