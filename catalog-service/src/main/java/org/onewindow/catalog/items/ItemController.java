package org.onewindow.catalog.items;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 事项目录: items, their versions and life cycle, the change log, search. Changes need CATALOG_ADMIN. */
@RestController
@RequestMapping("/api/catalog/v1/items")
public class ItemController {

    private static final String ADMIN = "CATALOG_ADMIN";

    public record CreateItemRequest(
            @NotBlank @Size(max = TextLimits.CODE) @SingleLine @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,63}") String itemCode,
            @NotBlank @Size(max = TextLimits.REASON) String reason,
            @NotNull @Valid ItemDefinition definition) {
    }

    public record EditDraftRequest(@NotBlank @Size(max = TextLimits.REASON) String reason,
                                   @NotNull @Valid ItemDefinition definition) {
    }

    public record ChangeRequest(@NotBlank @Size(max = TextLimits.REASON) String reason) {
    }

    public record PublishRequest(@NotBlank @Size(max = TextLimits.REASON) String reason, LocalDate effectiveFrom) {
    }

    public record RevokeRequest(@NotBlank @Size(max = TextLimits.REASON) String reason, LocalDate endDate) {
    }

    /** An item: its code, the version in force, the open draft and every version's status. */
    public record ItemView(String itemCode, ItemVersion current, Integer draftVersion, List<VersionRef> versions) {
        static ItemView of(ServiceItem item) {
            return new ItemView(item.code(), item.current().orElse(null),
                    item.draft().map(ItemVersion::number).orElse(null),
                    item.versions().stream().map(v -> new VersionRef(v.number(), v.status(), v.effectiveFrom(),
                            v.effectiveUntil())).toList());
        }
    }

    public record VersionRef(int number, VersionStatus status, LocalDate effectiveFrom, LocalDate effectiveUntil) {
    }

    private final ItemCatalogService service;
    private final ItemRepository repository;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;

    public ItemController(ItemCatalogService service, ItemRepository repository, CurrentActor currentActor,
                          java.time.Clock clock) {
        this.service = service;
        this.repository = repository;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Search by name (Chinese substrings work: 营业 finds 营业执照), code prefix, department, level, channel, status. */
    @GetMapping
    public PageResult<ItemRepository.ItemSummary> search(@RequestParam(required = false) String q,
                                                         @RequestParam(required = false) String code,
                                                         @RequestParam(required = false) String department,
                                                         @RequestParam(required = false) String level,
                                                         @RequestParam(required = false) String channel,
                                                         @RequestParam(required = false) String status,
                                                         PageQuery page) {
        var criteria = new ItemRepository.Criteria(blankToNull(q), blankToNull(code), blankToNull(department),
                blankToNull(level), blankToNull(channel), blankToNull(status));
        return PageResult.of(repository.search(criteria, page.offset(), page.limit()), page, repository.count(criteria));
    }

    @PostMapping
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ResponseEntity<ItemView> create(@Valid @RequestBody CreateItemRequest request) {
        var stored = service.create(request.itemCode(), request.definition(), by(request.reason()));
        return ResponseEntity.created(URI.create("/api/catalog/v1/items/" + request.itemCode()))
                .eTag(ETags.of(stored.revision())).body(ItemView.of(stored.item()));
    }

    @GetMapping("/{code}")
    public ResponseEntity<ItemView> get(@PathVariable String code) {
        var stored = service.get(code);
        return ResponseEntity.ok().eTag(ETags.of(stored.revision())).body(ItemView.of(stored.item()));
    }

    @GetMapping("/{code}/versions/{number}")
    public ItemVersion version(@PathVariable String code, @PathVariable int number) {
        return service.get(code).item().version(number);
    }

    /** A new draft copied from the latest version: the only way to change a published item. */
    @PostMapping("/{code}/versions")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ResponseEntity<ItemVersion> newDraft(@PathVariable String code, @Valid @RequestBody ChangeRequest request) {
        var stored = service.get(code);
        ItemVersion draft = service.newDraft(code, stored.revision(), by(request.reason()));
        return ResponseEntity.created(URI.create("/api/catalog/v1/items/" + code + "/versions/" + draft.number()))
                .eTag(ETags.of(stored.revision() + 1)).body(draft);
    }

    /** Edits a draft; If-Match carries the item's ETag (from GET /items/{code}). */
    @PutMapping("/{code}/versions/{number}")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ResponseEntity<ItemVersion> editDraft(@PathVariable String code, @PathVariable int number,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody EditDraftRequest request) {
        var stored = service.get(code);
        ETags.requireMatch(ifMatch, stored.revision());
        ItemVersion edited = service.editDraft(code, number, request.definition(), stored.revision(), by(request.reason()));
        return ResponseEntity.ok().eTag(ETags.of(stored.revision() + 1)).body(edited);
    }

    @PostMapping("/{code}/versions/{number}/publication")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ItemVersion publish(@PathVariable String code, @PathVariable int number,
                               @Valid @RequestBody PublishRequest request) {
        return service.publish(code, number, request.effectiveFrom(), by(request.reason()));
    }

    @PostMapping("/{code}/suspension")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ItemVersion suspend(@PathVariable String code, @Valid @RequestBody ChangeRequest request) {
        return service.suspend(code, by(request.reason()));
    }

    @PostMapping("/{code}/resumption")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ItemVersion resume(@PathVariable String code, @Valid @RequestBody ChangeRequest request) {
        return service.resume(code, by(request.reason()));
    }

    @PostMapping("/{code}/revocation")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public ItemVersion revoke(@PathVariable String code, @Valid @RequestBody RevokeRequest request) {
        return service.revoke(code, request.endDate(), by(request.reason()));
    }

    /** 变更记录: who changed what, in which role, why and when. */
    @GetMapping("/{code}/changes")
    public PageResult<ItemChange> changes(@PathVariable String code, PageQuery page) {
        service.get(code);
        return PageResult.of(repository.changes(code, page.offset(), page.limit()), page, repository.countChanges(code));
    }

    private Authorship by(String reason) {
        Actor actor = currentActor.current();
        return new Authorship(actor, ADMIN, reason, clock.instant());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
