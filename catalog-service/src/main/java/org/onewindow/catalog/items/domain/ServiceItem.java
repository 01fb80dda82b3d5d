package org.onewindow.catalog.items.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.StoredAggregate;
import org.onewindow.platform.kernel.Violation;

/**
 * A service item (政务服务事项) with all its versions. Guards the life cycle: only a draft is edited, a
 * published version is immutable and a change is a new draft copied from the latest version; at most one
 * draft at a time; a version published for a later effective date waits as SCHEDULED while the one in force
 * stays in force; a revoked (取消) item stays revoked. Every change records its audit line (变更记录) and, when
 * the version in force changed, an {@link ItemEvent} in {@link #changes()}.
 */
public final class ServiceItem extends StoredAggregate<ItemEvent> {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,63}");

    private final ItemCode code;
    private final List<ItemVersion> versions;

    private ServiceItem(ItemCode code, List<ItemVersion> versions, long version) {
        super(version);
        this.code = code;
        this.versions = new ArrayList<>(versions);
        this.versions.sort(Comparator.comparingInt(ItemVersion::number));
    }

    /** A new item whose first version is a draft. */
    public static ServiceItem create(String code, ItemDefinition definition, Authorship by) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("itemCode", "item.code-format",
                    "an item code is 2 to 64 capital letters, digits or hyphens, e.g. FOOD-BIZ-LICENCE");
        }
        ServiceItem item = new ServiceItem(ItemCode.of(code), List.of(), 0);
        ItemVersion first = new ItemVersion(code, 1, VersionStatus.DRAFT, definition, null, null, by.at());
        item.versions.add(first);
        item.record(first, ChangeAction.CREATED, by);
        return item;
    }

    /** Rebuilds an item from storage, at the stored version its ETag and optimistic lock use. */
    public static ServiceItem restore(ItemCode code, List<ItemVersion> versions, long version) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("item " + code + " has no versions");
        }
        return new ServiceItem(code, versions, version);
    }

    public ItemCode code() {
        return code;
    }

    public List<ItemVersion> versions() {
        return List.copyOf(versions);
    }

    public ItemVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFound("item version", code + "/" + number));
    }

    public ItemVersion latest() {
        return versions.getLast();
    }

    /**
     * The version in force or last in force (published, suspended or revoked); empty before the first publication
     * has taken effect. A SCHEDULED version is not in force yet.
     */
    public Optional<ItemVersion> current() {
        return versions.reversed().stream()
                .filter(v -> v.status() == VersionStatus.PUBLISHED || v.status() == VersionStatus.SUSPENDED
                        || v.status() == VersionStatus.REVOKED)
                .findFirst();
    }

    public Optional<ItemVersion> draft() {
        return versions.stream().filter(v -> v.status() == VersionStatus.DRAFT).findFirst();
    }

    /** A new draft copied from the latest version (a published version is changed only this way). */
    public ItemVersion newDraft(Authorship by) {
        refuseIfRevoked("a new version");
        draft().ifPresent(d -> {
            throw new StateConflict("item.draft-exists",
                    code + " already has draft version " + d.number() + "; edit or publish that draft");
        });
        ItemVersion draft = new ItemVersion(code.value(), latest().number() + 1, VersionStatus.DRAFT,
                latest().definition(), null, null, by.at());
        versions.add(draft);
        record(draft, ChangeAction.DRAFTED, by);
        return draft;
    }

    public ItemVersion editDraft(int number, ItemDefinition definition, Authorship by) {
        ItemVersion version = version(number);
        if (version.status() != VersionStatus.DRAFT) {
            throw new StateConflict("item.version-not-draft",
                    version.describe() + "; only a DRAFT can be edited, a published version is immutable — create a new version");
        }
        ItemVersion edited = version.withDefinition(definition, by.at());
        replace(edited);
        record(edited, ChangeAction.EDITED, by);
        return edited;
    }

    /**
     * Publishes a draft after the policy found nothing wrong with it (all violations at once otherwise).
     * Effective today or earlier: it is in force at once, and the version it replaces becomes SUPERSEDED, ending
     * the day before. Effective on a later day: it is SCHEDULED and the version in force stays in force until
     * then ({@link #takeEffect}); one scheduled version at a time.
     */
    public ItemVersion publish(int number, LocalDate effectiveFrom, ItemDefinitionPolicy policy, Authorship by) {
        ItemVersion version = version(number);
        if (version.status() != VersionStatus.DRAFT) {
            throw new StateConflict("item.version-not-draft", version.describe() + "; only a DRAFT can be published");
        }
        refuseIfRevoked("publication");
        scheduled().ifPresent(s -> {
            throw new StateConflict("item.version-scheduled", s.describe() + " to take effect on " + s.effectiveFrom()
                    + "; publish the next version once it is in force");
        });
        List<Violation> violations = policy.check(version.definition());
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
        LocalDate today = today(by);
        LocalDate from = effectiveFrom != null ? effectiveFrom : today;
        if (from.isAfter(today)) {
            ItemVersion scheduled = version.moveTo(VersionStatus.SCHEDULED, from, null, by.at());
            replace(scheduled);
            record(scheduled, ChangeAction.SCHEDULED, by);
            return scheduled;
        }
        return putInForce(version, from, VersionStatus.PUBLISHED, ChangeAction.PUBLISHED, by);
    }

    /**
     * Puts the scheduled version in force once {@code today} has reached its effective date; the version it
     * replaces ends the day before. A suspension (暂停) holds across the switch: only a resumption lifts it.
     *
     * @return the version now in force, or empty when no scheduled version is due
     */
    public Optional<ItemVersion> takeEffect(LocalDate today, Authorship by) {
        Optional<ItemVersion> due = scheduled().filter(s -> !s.effectiveFrom().isAfter(today));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        boolean suspended = current().filter(c -> c.status() == VersionStatus.SUSPENDED).isPresent();
        return Optional.of(putInForce(due.get(), due.get().effectiveFrom(),
                suspended ? VersionStatus.SUSPENDED : VersionStatus.PUBLISHED, ChangeAction.TOOK_EFFECT, by));
    }

    /** The version published for a later effective date, not yet in force. */
    public Optional<ItemVersion> scheduled() {
        return versions.stream().filter(v -> v.status() == VersionStatus.SCHEDULED).findFirst();
    }

    private ItemVersion putInForce(ItemVersion version, LocalDate from, VersionStatus status, ChangeAction action,
                                   Authorship by) {
        current().ifPresent(previous -> replace(previous.moveTo(VersionStatus.SUPERSEDED, previous.effectiveFrom(),
                max(previous.effectiveFrom(), from.minusDays(1)), by.at())));
        ItemVersion inForce = version.moveTo(status, from, null, by.at());
        replace(inForce);
        record(inForce, action, by);
        return inForce;
    }

    /** 暂停: no new applications; cases already accepted continue. */
    public ItemVersion suspend(Authorship by) {
        return transition(VersionStatus.PUBLISHED, VersionStatus.SUSPENDED, null, ChangeAction.SUSPENDED, by);
    }

    public ItemVersion resume(Authorship by) {
        return transition(VersionStatus.SUSPENDED, VersionStatus.PUBLISHED, null, ChangeAction.RESUMED, by);
    }

    /** 取消: the item leaves the catalog for good on {@code endDate} (today when null). */
    public ItemVersion revoke(LocalDate endDate, Authorship by) {
        ItemVersion inForce = inForce("revoked");
        if (inForce.status() == VersionStatus.REVOKED) {
            throw new StateConflict("item.revoked", inForce.describe() + "; it cannot be revoked again");
        }
        LocalDate until = endDate != null ? endDate : today(by);
        if (until.isBefore(inForce.effectiveFrom())) {
            throw new RuleViolation("endDate", "item.end-after-start",
                    "the end date must not be before the effective date " + inForce.effectiveFrom());
        }
        ItemVersion revoked = inForce.moveTo(VersionStatus.REVOKED, inForce.effectiveFrom(), until, by.at());
        replace(revoked);
        // a version waiting for its effective date never comes into force once the item is revoked
        scheduled().ifPresent(s -> replace(s.moveTo(VersionStatus.SUPERSEDED, s.effectiveFrom(), null, by.at())));
        record(revoked, ChangeAction.REVOKED, by);
        return revoked;
    }

    private ItemVersion transition(VersionStatus from, VersionStatus to, LocalDate until, ChangeAction action,
                                   Authorship by) {
        ItemVersion inForce = inForce(action.name().toLowerCase());
        if (inForce.status() != from) {
            throw new StateConflict("item.status-" + from.name().toLowerCase() + "-required",
                    inForce.describe() + "; only a " + from + " version can be " + action.name().toLowerCase());
        }
        ItemVersion moved = inForce.moveTo(to, inForce.effectiveFrom(), until, by.at());
        replace(moved);
        record(moved, action, by);
        return moved;
    }

    private ItemVersion inForce(String what) {
        return current().orElseThrow(() -> new StateConflict("item.not-published",
                code + " has never been published; it cannot be " + what));
    }

    private void refuseIfRevoked(String what) {
        current().filter(v -> v.status() == VersionStatus.REVOKED).ifPresent(v -> {
            throw new StateConflict("item.revoked", v.describe() + "; a revoked item (取消) allows no " + what);
        });
    }

    private void replace(ItemVersion changed) {
        versions.replaceAll(v -> v.number() == changed.number() ? changed : v);
    }

    /** The audit line of every change, and the event when the version in force changed. */
    private void record(ItemVersion changed, ChangeAction action, Authorship by) {
        changes().audit(ItemAudit.entry(changed, action, by));
        if (action.changesVersionInForce()) {
            changes().registerEvent(new ItemEvent.VersionInForceChanged(changed, action, by));
        }
    }

    private static LocalDate today(Authorship by) {
        return LocalDate.ofInstant(by.at(), ChinaTime.ZONE);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
