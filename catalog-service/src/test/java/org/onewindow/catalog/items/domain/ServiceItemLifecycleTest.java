package org.onewindow.catalog.items.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.catalog.items.domain.ItemFixtures.POLICY;
import static org.onewindow.catalog.items.domain.ItemFixtures.by;
import static org.onewindow.catalog.items.domain.ItemFixtures.foodLicence;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

class ServiceItemLifecycleTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 3);

    @Test
    void a_new_item_starts_as_draft_version_one_and_records_who_created_it_and_why() {
        ServiceItem item = ServiceItem.create("FOOD-BIZ-LICENCE", foodLicence(), by("新增事项"));
        assertThat(item.latest().number()).isEqualTo(1);
        assertThat(item.latest().status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(item.current()).isEmpty();
        assertThat(item.changes().auditEntries()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ChangeAction.CREATED.name());
            assertThat(c.actor().userId()).isEqualTo("admin-1");
            assertThat(ItemAudit.read(c).orElseThrow().reason()).isEqualTo("新增事项");
            assertThat(ItemAudit.read(c).orElseThrow().version()).isEqualTo(1);
        });
    }

    @Test
    void a_published_version_cannot_be_edited_and_the_conflict_names_its_state() {
        ServiceItem item = published();
        assertThatThrownBy(() -> item.editDraft(1, foodLicence(), by("改名")))
                .isInstanceOf(StateConflict.class)
                .hasMessageContaining("is PUBLISHED")
                .extracting(e -> ((StateConflict) e).rule()).isEqualTo("item.version-not-draft");
    }

    @Test
    void a_change_is_a_new_draft_copied_from_the_latest_and_publishing_it_supersedes_the_old_version() {
        ServiceItem item = published();
        ItemVersion draft = item.newDraft(by("调整承诺时限"));
        assertThat(draft.number()).isEqualTo(2);
        assertThat(draft.definition()).isEqualTo(item.version(1).definition());

        item.publish(2, MARCH, POLICY, by("发布新版本"));

        assertThat(item.version(1).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(item.version(1).effectiveUntil()).isEqualTo(MARCH.minusDays(1));
        assertThat(item.current()).get().extracting(ItemVersion::number).isEqualTo(2);
    }

    @Test
    void a_version_published_for_a_later_date_waits_and_the_version_in_force_stays_in_force_until_then() {
        ServiceItem item = reloaded(published());
        item.newDraft(by("调整承诺时限"));

        ItemVersion scheduled = item.publish(2, MARCH.plusDays(10), POLICY, by("4月起执行新标准"));

        assertThat(scheduled.status()).isEqualTo(VersionStatus.SCHEDULED);
        assertThat(scheduled.effectiveFrom()).isEqualTo(MARCH.plusDays(10));
        assertThat(item.current()).get().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.status()).isEqualTo(VersionStatus.PUBLISHED);
            assertThat(v.effectiveUntil()).isNull();
        });
        assertThat(actions(item)).endsWith(ChangeAction.SCHEDULED);
        // nothing in force changed, so nothing is announced yet
        assertThat(item.changes().events()).isEmpty();
    }

    @Test
    void a_scheduled_version_takes_effect_on_its_date_and_not_before() {
        ServiceItem item = reloaded(withScheduledVersion());

        assertThat(item.takeEffect(MARCH.plusDays(9), by("生效日期已到"))).isEmpty();
        assertThat(item.current()).get().extracting(ItemVersion::number).isEqualTo(1);

        ItemVersion inForce = item.takeEffect(MARCH.plusDays(10), by("生效日期已到")).orElseThrow();

        assertThat(inForce.number()).isEqualTo(2);
        assertThat(inForce.status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(item.version(1).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(item.version(1).effectiveUntil()).isEqualTo(MARCH.plusDays(9));
        assertThat(item.scheduled()).isEmpty();
        assertThat(actions(item)).containsExactly(ChangeAction.TOOK_EFFECT);
        assertThat(item.changes().events()).singleElement().satisfies(event -> {
            ItemVersion e = ((ItemEvent.VersionInForceChanged) event).version();
            assertThat(e.number()).isEqualTo(2);
            assertThat(e.effectiveFrom()).isEqualTo(MARCH.plusDays(10));
            assertThat(e.status().name()).isEqualTo("PUBLISHED");
        });
    }

    @Test
    void only_one_version_may_wait_for_its_effective_date() {
        ServiceItem item = withScheduledVersion();
        item.newDraft(by("two"));
        assertThatThrownBy(() -> item.publish(3, MARCH, POLICY, by("again")))
                .isInstanceOf(StateConflict.class)
                .hasMessageContaining("version 2 of FOOD-BIZ-LICENCE is SCHEDULED to take effect on 2025-03-13")
                .extracting(e -> ((StateConflict) e).rule()).isEqualTo("item.version-scheduled");
        assertThat(item.version(3).status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void a_suspension_holds_across_the_switch_to_a_scheduled_version() {
        ServiceItem item = withScheduledVersion();
        item.suspend(by("监管发现问题"));

        assertThat(item.takeEffect(MARCH.plusDays(12), by("生效日期已到")).orElseThrow().status())
                .isEqualTo(VersionStatus.SUSPENDED);
        assertThat(item.version(1).status()).isEqualTo(VersionStatus.SUPERSEDED);
    }

    @Test
    void revoking_an_item_drops_the_version_waiting_for_its_date() {
        ServiceItem item = withScheduledVersion();

        item.revoke(MARCH, by("国务院决定取消"));

        assertThat(item.version(2).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(item.takeEffect(MARCH.plusDays(10), by("生效日期已到"))).isEmpty();
        assertThat(item.current()).get().extracting(ItemVersion::status).isEqualTo(VersionStatus.REVOKED);
    }

    @Test
    void only_one_draft_at_a_time() {
        ServiceItem item = published();
        item.newDraft(by("one"));
        assertThatThrownBy(() -> item.newDraft(by("two"))).isInstanceOf(StateConflict.class)
                .hasMessageContaining("already has draft version 2");
    }

    @Test
    void an_unworkable_draft_is_not_published_and_stays_a_draft() {
        ItemDefinition d = foodLicence();
        ItemDefinition noRoute = new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(),
                d.legalBasis(), d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(),
                d.delegations(), d.acceptanceConditions(), d.materials(), 10, 20, false, d.fees(), null,
                d.channels(), d.resultType(), 1);
        ServiceItem item = ServiceItem.create("FOOD-BIZ-LICENCE", noRoute, by("新增"));
        assertThatThrownBy(() -> item.publish(1, MARCH, POLICY, by("发布")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).first().rule()).isEqualTo("item.route-required"));
        assertThat(item.version(1).status()).isEqualTo(VersionStatus.DRAFT);
    }

    @Test
    void suspend_resume_and_revoke_follow_the_life_cycle() {
        ServiceItem item = published();
        assertThat(item.suspend(by("监管发现问题")).status()).isEqualTo(VersionStatus.SUSPENDED);
        assertThatThrownBy(() -> item.suspend(by("again"))).isInstanceOf(StateConflict.class)
                .hasMessageContaining("is SUSPENDED");
        assertThat(item.resume(by("整改完成")).status()).isEqualTo(VersionStatus.PUBLISHED);

        ItemVersion revoked = item.revoke(MARCH.plusDays(30), by("国务院决定取消"));
        assertThat(revoked.status()).isEqualTo(VersionStatus.REVOKED);
        assertThat(revoked.effectiveUntil()).isEqualTo(MARCH.plusDays(30));
        assertThatThrownBy(() -> item.newDraft(by("restore"))).isInstanceOf(StateConflict.class)
                .hasMessageContaining("is REVOKED");
        assertThat(actions(item)).containsExactly(ChangeAction.CREATED,
                ChangeAction.PUBLISHED, ChangeAction.SUSPENDED, ChangeAction.RESUMED, ChangeAction.REVOKED);
    }

    @Test
    void an_item_never_published_cannot_be_suspended() {
        ServiceItem item = ServiceItem.create("FOOD-BIZ-LICENCE", foodLicence(), by("新增"));
        assertThatThrownBy(() -> item.suspend(by("x"))).isInstanceOf(StateConflict.class)
                .hasMessageContaining("never been published");
    }

    @Test
    void a_change_without_a_reason_is_refused() {
        assertThatThrownBy(() -> by(" ")).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).first().field()).isEqualTo("reason"));
    }

    @Test
    void an_item_code_must_be_well_formed() {
        assertThatThrownBy(() -> ServiceItem.create("food licence", foodLicence(), by("x")))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).first().rule()).isEqualTo("item.code-format"));
    }

    /** Version 1 in force since January (the fixtures' "today" is {@code MARCH}). */
    private static ServiceItem published() {
        ServiceItem item = ServiceItem.create("FOOD-BIZ-LICENCE", foodLicence(), by("新增"));
        item.publish(1, MARCH.minusMonths(2), POLICY, by("首次发布"));
        return item;
    }

    /** {@link #published()}, with version 2 published to take effect on {@code MARCH + 10 days} (SCHEDULED). */
    private static ServiceItem withScheduledVersion() {
        ServiceItem item = published();
        item.newDraft(by("调整"));
        item.publish(2, MARCH.plusDays(10), POLICY, by("定期生效"));
        return item;
    }

    /** The item as the next command loads it: same versions, no pending changes. */
    private static ServiceItem reloaded(ServiceItem item) {
        return ServiceItem.restore(item.code(), item.versions(), item.version() + 1);
    }

    /** The change-log actions the commands since loading recorded. */
    private static java.util.List<ChangeAction> actions(ServiceItem item) {
        return item.changes().auditEntries().stream().map(e -> ChangeAction.valueOf(e.action())).toList();
    }
}
