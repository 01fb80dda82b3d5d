package org.onewindow.catalog.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.catalog.items.ItemFixtures.POLICY;
import static org.onewindow.catalog.items.ItemFixtures.by;
import static org.onewindow.catalog.items.ItemFixtures.foodLicence;

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
        assertThat(item.pendingChanges()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ChangeAction.CREATED);
            assertThat(c.actorId()).isEqualTo("admin-1");
            assertThat(c.reason()).isEqualTo("新增事项");
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

        item.publish(2, MARCH.plusDays(10), POLICY, by("发布新版本"));

        assertThat(item.version(1).status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(item.version(1).effectiveUntil()).isEqualTo(MARCH.plusDays(9));
        assertThat(item.current()).get().extracting(ItemVersion::number).isEqualTo(2);
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
        assertThat(item.pendingChanges()).extracting(ItemChange::action).containsExactly(ChangeAction.CREATED,
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

    private static ServiceItem published() {
        ServiceItem item = ServiceItem.create("FOOD-BIZ-LICENCE", foodLicence(), by("新增"));
        item.publish(1, MARCH, POLICY, by("首次发布"));
        return item;
    }
}
