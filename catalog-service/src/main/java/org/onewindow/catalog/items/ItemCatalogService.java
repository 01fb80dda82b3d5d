package org.onewindow.catalog.items;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.onewindow.platform.messaging.EventPublisher;
import org.onewindow.catalog.organisation.OrganisationRepository;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.StateConflict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's commands, one transaction each: load the item, let it guard the change, store versions and
 * change log, and announce the version in force (when it changed) through the outbox.
 */
@Service
public class ItemCatalogService {

    private final ItemRepository items;
    private final ItemDefinitionPolicy policy;
    private final EventPublisher events;
    private final Clock clock;

    public ItemCatalogService(ItemRepository items, OrganisationRepository organisation, EventPublisher events,
                              Clock clock) {
        this.items = items;
        this.policy = new ItemDefinitionPolicy(organisation);
        this.events = events;
        this.clock = clock;
    }

    public ItemDefinitionPolicy policy() {
        return policy;
    }

    @Transactional
    public ItemRepository.Stored create(String code, ItemDefinition definition, Authorship by) {
        if (items.exists(code)) {
            throw new StateConflict("item.code-taken", "item " + code + " already exists; change it through a new version");
        }
        ServiceItem item = ServiceItem.create(code, definition, by);
        return new ItemRepository.Stored(item, items.save(item, null, clock.instant()));
    }

    /** Creates the item if needed and publishes its definition as a new version (used by the import). */
    @Transactional
    public ItemVersion createOrPublish(String code, ItemDefinition definition, LocalDate effectiveFrom, Authorship by) {
        var stored = items.find(code);
        ServiceItem item;
        if (stored.isEmpty()) {
            item = ServiceItem.create(code, definition, by);
        } else {
            item = stored.get().item();
            int draft = item.draft().orElseGet(() -> item.newDraft(by)).number();
            item.editDraft(draft, definition, by);
        }
        ItemVersion published = item.publish(item.draft().orElseThrow().number(), effectiveFrom, policy, by);
        items.save(item, stored.map(ItemRepository.Stored::revision).orElse(null), clock.instant());
        ItemEventMapper.eventsFor(item).forEach(events::publish);
        return published;
    }

    @Transactional
    public ItemVersion newDraft(String code, long expectedRevision, Authorship by) {
        return change(code, expectedRevision, item -> item.newDraft(by));
    }

    @Transactional
    public ItemVersion editDraft(String code, int number, ItemDefinition definition, long expectedRevision, Authorship by) {
        return change(code, expectedRevision, item -> item.editDraft(number, definition, by));
    }

    @Transactional
    public ItemVersion publish(String code, int number, LocalDate effectiveFrom, Authorship by) {
        return change(code, null, item -> item.publish(number, effectiveFrom, policy, by));
    }

    @Transactional
    public ItemVersion suspend(String code, Authorship by) {
        return change(code, null, item -> item.suspend(by));
    }

    @Transactional
    public ItemVersion resume(String code, Authorship by) {
        return change(code, null, item -> item.resume(by));
    }

    @Transactional
    public ItemVersion revoke(String code, LocalDate endDate, Authorship by) {
        return change(code, null, item -> item.revoke(endDate, by));
    }

    /**
     * Puts the item's scheduled version in force if {@code today} reached its effective date, and announces it.
     *
     * @return the version now in force, or empty when nothing was due
     */
    @Transactional
    public Optional<ItemVersion> takeEffect(String code, LocalDate today, Authorship by) {
        ItemRepository.Stored stored = get(code);
        Optional<ItemVersion> inForce = stored.item().takeEffect(today, by);
        if (inForce.isPresent()) {
            items.save(stored.item(), stored.revision(), clock.instant());
            ItemEventMapper.eventsFor(stored.item()).forEach(events::publish);
        }
        return inForce;
    }

    @Transactional(readOnly = true)
    public ItemRepository.Stored get(String code) {
        return items.find(code).orElseThrow(() -> new NotFound("item", code));
    }

    /** {@code expectedRevision} null: no If-Match was required, the current revision is used. */
    private ItemVersion change(String code, Long expectedRevision, Function<ServiceItem, ItemVersion> command) {
        ItemRepository.Stored stored = get(code);
        long revision = expectedRevision != null ? expectedRevision : stored.revision();
        if (revision != stored.revision()) {
            throw new StateConflict("item.concurrent-change", code + " is at revision " + stored.revision()
                    + ", not " + revision + "; reload it and try again");
        }
        ItemVersion result = command.apply(stored.item());
        items.save(stored.item(), revision, clock.instant());
        ItemEventMapper.eventsFor(stored.item()).forEach(events::publish);
        return result;
    }

}
