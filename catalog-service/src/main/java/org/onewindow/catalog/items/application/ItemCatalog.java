package org.onewindow.catalog.items.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.onewindow.catalog.items.domain.Authorship;
import org.onewindow.catalog.items.domain.CatalogReferences;
import org.onewindow.catalog.items.domain.ItemDefinition;
import org.onewindow.catalog.items.domain.ItemDefinitionPolicy;
import org.onewindow.catalog.items.domain.ItemEvent;
import org.onewindow.catalog.items.domain.ItemVersion;
import org.onewindow.catalog.items.domain.ServiceItem;
import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.commands.Command;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.IfMatch;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.stereotype.Service;

/**
 * The catalog's item commands, each through the one command path (load for update → If-Match → command → save
 * with the version check → the event of the version in force to the outbox, the change-log line to the audit
 * trail, in one transaction), and the item reads.
 */
@Service
public class ItemCatalog {

    /** A command's result: the version it changed, and the item's stored version after it (the new ETag). */
    public record Applied(ItemVersion version, long itemVersion) {
    }

    private final CommandPath<ItemCode, ServiceItem, ItemEvent> items;
    private final ItemReads reads;
    private final AuditTrail auditTrail;
    private final ItemDefinitionPolicy policy;
    private final Clock clock;

    public ItemCatalog(CommandPath<ItemCode, ServiceItem, ItemEvent> items, ItemReads reads, AuditTrail auditTrail,
                       CatalogReferences references, Clock clock) {
        this.items = items;
        this.reads = reads;
        this.auditTrail = auditTrail;
        this.policy = new ItemDefinitionPolicy(references);
        this.clock = clock;
    }

    public ServiceItem create(String code, ItemDefinition definition, AuditActor actor, String reason) {
        Authorship by = by(actor, reason);
        return items.create(Command.of("create-item", actor), () -> {
            if (reads.exists(ItemCode.of(code))) {
                throw codeTaken(code);
            }
            return ServiceItem.create(code, definition, by);
        });
    }

    /** Creates the item if needed and publishes its definition as a new version (the import's one command). */
    public ItemVersion createOrPublish(String code, ItemDefinition definition, LocalDate effectiveFrom, AuditActor actor,
                                       String reason) {
        Authorship by = by(actor, reason);
        ItemCode key = ItemCode.of(code);
        if (!reads.exists(key)) {
            ServiceItem created = items.create(Command.of("import-item", actor), () -> {
                ServiceItem item = ServiceItem.create(code, definition, by);
                item.publish(1, effectiveFrom, policy, by);
                return item;
            });
            return created.version(1);
        }
        return items.run(key, Command.of("import-item", actor), item -> {
            int draft = item.draft().orElseGet(() -> item.newDraft(by)).number();
            item.editDraft(draft, definition, by);
            return item.publish(draft, effectiveFrom, policy, by);
        });
    }

    public Applied newDraft(ItemCode code, String ifMatch, AuditActor actor, String reason) {
        Authorship by = by(actor, reason);
        return apply(code, command("new-draft", actor, ifMatch, IfMatch.WHEN_GIVEN), item -> item.newDraft(by));
    }

    public Applied editDraft(ItemCode code, int number, ItemDefinition definition, String ifMatch, AuditActor actor,
                             String reason) {
        Authorship by = by(actor, reason);
        return apply(code, command("edit-draft", actor, ifMatch, IfMatch.REQUIRED),
                item -> item.editDraft(number, definition, by));
    }

    public Applied publish(ItemCode code, int number, LocalDate effectiveFrom, String ifMatch, AuditActor actor,
                           String reason) {
        Authorship by = by(actor, reason);
        return apply(code, command("publish", actor, ifMatch, IfMatch.WHEN_GIVEN),
                item -> item.publish(number, effectiveFrom, policy, by));
    }

    public Applied suspend(ItemCode code, String ifMatch, AuditActor actor, String reason) {
        Authorship by = by(actor, reason);
        return apply(code, command("suspend", actor, ifMatch, IfMatch.WHEN_GIVEN), item -> item.suspend(by));
    }

    public Applied resume(ItemCode code, String ifMatch, AuditActor actor, String reason) {
        Authorship by = by(actor, reason);
        return apply(code, command("resume", actor, ifMatch, IfMatch.WHEN_GIVEN), item -> item.resume(by));
    }

    public Applied revoke(ItemCode code, LocalDate endDate, String ifMatch, AuditActor actor, String reason) {
        Authorship by = by(actor, reason);
        return apply(code, command("revoke", actor, ifMatch, IfMatch.WHEN_GIVEN), item -> item.revoke(endDate, by));
    }

    /**
     * Puts the item's scheduled version in force if {@code today} reached its effective date (the scheduled job's
     * command).
     *
     * @return the version now in force, or empty when nothing was due
     */
    public Optional<ItemVersion> takeEffect(ItemCode code, LocalDate today, AuditActor actor, String reason) {
        Authorship by = by(actor, reason);
        return items.run(code, Command.of("take-effect", actor), item -> item.takeEffect(today, by));
    }

    public ServiceItem get(ItemCode code) {
        return reads.find(code).orElseThrow(() -> new NotFound("item", code.value()));
    }

    /** The item's change log (变更记录), oldest first. */
    public List<AuditEntry> changes(ItemCode code) {
        get(code);
        return auditTrail.of(code.value());
    }

    private Applied apply(ItemCode code, Command<ServiceItem> command, Function<ServiceItem, ItemVersion> action) {
        ItemVersion[] changed = new ItemVersion[1];
        ServiceItem item = items.change(code, command, i -> changed[0] = action.apply(i));
        return new Applied(changed[0], item.version());
    }

    private static Command<ServiceItem> command(String name, AuditActor actor, String ifMatch, IfMatch rule) {
        return Command.<ServiceItem>of(name, actor).ifMatch(ifMatch, rule);
    }

    private Authorship by(AuditActor actor, String reason) {
        return new Authorship(actor, reason, clock.instant());
    }

    static StateConflict codeTaken(String code) {
        return new StateConflict("item.code-taken", "item " + code + " already exists; change it through a new version");
    }
}
