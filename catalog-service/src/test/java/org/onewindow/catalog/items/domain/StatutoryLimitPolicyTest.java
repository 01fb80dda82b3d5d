package org.onewindow.catalog.items.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.catalog.items.domain.ItemFixtures.POLICY;
import static org.onewindow.catalog.items.domain.ItemFixtures.foodLicence;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.Violation;

/**
 * 行政许可法 第四十二条: a licence is decided within 20 working days, 45 when handled jointly (统一办理、联合办理、集中办理,
 * 第二十六条), unless a law or regulation provides otherwise; the catalog refuses a longer statutory limit on a
 * licensing item that cites no special law (issue 10, item 3).
 */
class StatutoryLimitPolicyTest {

    private static ItemDefinition licence(ItemType type, int promised, int statutory, JointHandling joint,
                                          String specialLaw) {
        ItemDefinition d = foodLicence();
        return new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), type, d.legalBasis(),
                d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(), d.delegations(),
                d.acceptanceConditions(), d.materials(), promised, statutory, false, d.fees(), d.route(), d.channels(),
                d.resultType(), d.visitsRequired(), joint, specialLaw);
    }

    private static List<String> rules(ItemDefinition d) {
        return POLICY.check(d).stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void a_licence_of_one_department_is_refused_above_20_working_days_without_a_special_law() {
        ItemDefinition tooLong = licence(ItemType.ADMINISTRATIVE_LICENSING, 10, 21, null, null);

        List<Violation> found = POLICY.check(tooLong);

        assertThat(found).extracting(v -> v.field() + ":" + v.rule())
                .containsExactly("statutoryLimit:item.statutory-limit-above-law");
        assertThat(found.getFirst().message()).contains("20 working days", "specialLaw");
        assertThat(rules(licence(ItemType.ADMINISTRATIVE_LICENSING, 10, 20, null, null))).isEmpty();
    }

    @Test
    void joint_handling_allows_45_working_days() {
        assertThat(rules(licence(ItemType.ADMINISTRATIVE_LICENSING, 20, 45, JointHandling.JOINT, null))).isEmpty();
        assertThat(rules(licence(ItemType.ADMINISTRATIVE_LICENSING, 20, 46, JointHandling.UNIFIED, null)))
                .containsExactly("statutoryLimit:item.statutory-limit-above-law");
    }

    @Test
    void a_special_law_allows_a_longer_limit() {
        assertThat(rules(licence(ItemType.ADMINISTRATIVE_LICENSING, 20, 60, null, "《社会团体登记管理条例》第十一条")))
                .isEmpty();
        assertThat(rules(licence(ItemType.ADMINISTRATIVE_LICENSING, 20, 60, null, "  ")))
                .containsExactly("statutoryLimit:item.statutory-limit-above-law");
    }

    @Test
    void items_other_than_licences_are_not_bound_by_the_licensing_law() {
        assertThat(rules(licence(ItemType.ADMINISTRATIVE_PAYMENT, 20, 30, null, null))).isEmpty();
    }
}
