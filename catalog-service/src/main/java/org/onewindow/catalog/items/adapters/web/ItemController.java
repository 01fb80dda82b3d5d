package org.onewindow.catalog.items.adapters.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.onewindow.catalog.items.application.ItemCatalog;
import org.onewindow.catalog.items.application.ItemReads;
import org.onewindow.catalog.items.domain.ServiceItem;
import org.onewindow.catalog.items.domain.VersionStatus;
import org.onewindow.catalog.shared.adapters.web.PathCodes;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 事项目录: items, their versions and life cycle, the change log, search. Changes need CATALOG_ADMIN. Every change
 * answers the item's new ETag; {@code If-Match} is required to edit a draft and checked, when given, on every
 * other change (412 when the item moved on).
 */
@RestController
@RequestMapping("/api/catalog/v1/items")
public record ItemController(ItemCatalog service, ItemReads reads, CurrentActor currentActor) {

    private static final String ADMIN = "CATALOG_ADMIN";
    private static final String IF_MATCH = "If-Match";
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
            return new ItemView(item.code().value(), item.current().map(ItemVersion::of).orElse(null),
                    item.draft().map(org.onewindow.catalog.items.domain.ItemVersion::number).orElse(null),
                    item.versions().stream().map(v -> new VersionRef(v.number(), v.status(), v.effectiveFrom(),
                            v.effectiveUntil())).toList());
        }
    }

    public record VersionRef(int number, VersionStatus status, LocalDate effectiveFrom, LocalDate effectiveUntil) {
    }

    /** Search by name (Chinese substrings work: 营业 finds 营业执照), code prefix, department, level, channel, status. */
    @GetMapping
    public PageResult<ItemReads.ItemSummary> search(@RequestParam(required = false) String q,
                                                    @RequestParam(required = false) String code,
                                                    @RequestParam(required = false) String department,
                                                    @RequestParam(required = false) String level,
                                                    @RequestParam(required = false) String channel,
                                                    @RequestParam(required = false) String status,
                                                    PageQuery page) {
        var criteria = new ItemReads.Criteria(blankToNull(q), blankToNull(code), blankToNull(department),
                blankToNull(level), blankToNull(channel), blankToNull(status));
        return PageResult.of(reads.search(criteria, page.offset(), page.limit()), page, reads.count(criteria));
    }

    @PostMapping
    public ResponseEntity<ItemView> create(@Valid @RequestBody CreateItemRequest request) {
        ServiceItem item = service.create(request.itemCode(), request.definition().toDomain(), actor(),
                request.reason());
        return ResponseEntity.created(URI.create("/api/catalog/v1/items/" + request.itemCode()))
                .eTag(ETags.of(item.version())).body(ItemView.of(item));
    }

    /** Body and ETag from one read. */
    @GetMapping("/{code}")
    public ResponseEntity<ItemView> get(@PathVariable String code) {
        ServiceItem item = service.get(itemCode(code));
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(ItemView.of(item));
    }

    @GetMapping("/{code}/versions/{number}")
    public ItemVersion version(@PathVariable String code, @PathVariable int number) {
        return ItemVersion.of(service.get(itemCode(code)).version(number));
    }

    /** A new draft copied from the latest version: the only way to change a published item. */
    @PostMapping("/{code}/versions")
    public ResponseEntity<ItemVersion> newDraft(@PathVariable String code,
                                                @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                @Valid @RequestBody ChangeRequest request) {
        ItemCatalog.Applied draft = service.newDraft(itemCode(code), ifMatch, actor(), request.reason());
        return ResponseEntity.created(URI.create("/api/catalog/v1/items/" + code + "/versions/" + draft.version().number()))
                .eTag(ETags.of(draft.itemVersion())).body(ItemVersion.of(draft.version()));
    }

    /** Edits a draft; If-Match (required) carries the item's ETag (from GET /items/{code}). */
    @PutMapping("/{code}/versions/{number}")
    public ResponseEntity<ItemVersion> editDraft(@PathVariable String code, @PathVariable int number,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 @Valid @RequestBody EditDraftRequest request) {
        return answer(service.editDraft(itemCode(code), number, request.definition().toDomain(), ifMatch, actor(),
                request.reason()));
    }

    @PostMapping("/{code}/versions/{number}/publication")
    public ResponseEntity<ItemVersion> publish(@PathVariable String code, @PathVariable int number,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody PublishRequest request) {
        return answer(service.publish(itemCode(code), number, request.effectiveFrom(), ifMatch, actor(),
                request.reason()));
    }

    @PostMapping("/{code}/suspension")
    public ResponseEntity<ItemVersion> suspend(@PathVariable String code,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody ChangeRequest request) {
        return answer(service.suspend(itemCode(code), ifMatch, actor(), request.reason()));
    }

    @PostMapping("/{code}/resumption")
    public ResponseEntity<ItemVersion> resume(@PathVariable String code,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ChangeRequest request) {
        return answer(service.resume(itemCode(code), ifMatch, actor(), request.reason()));
    }

    @PostMapping("/{code}/revocation")
    public ResponseEntity<ItemVersion> revoke(@PathVariable String code,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody RevokeRequest request) {
        return answer(service.revoke(itemCode(code), request.endDate(), ifMatch, actor(), request.reason()));
    }

    /** 变更记录: who changed what, in which role, why and when (the item's audit trail). */
    @GetMapping("/{code}/changes")
    public PageResult<ItemChange> changes(@PathVariable String code, PageQuery page) {
        List<ItemChange> all = service.changes(itemCode(code)).stream()
                .map(entry -> ItemChange.of(code, entry)).flatMap(Optional::stream).toList();
        return PageResult.slice(all, page);
    }

    private static ResponseEntity<ItemVersion> answer(ItemCatalog.Applied applied) {
        return ResponseEntity.ok().eTag(ETags.of(applied.itemVersion())).body(ItemVersion.of(applied.version()));
    }

    private static ItemCode itemCode(String code) {
        return PathCodes.parse("item", code, ItemCode::of);
    }

    private AuditActor actor() {
        return AuditActor.of(currentActor.current(), ADMIN);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
