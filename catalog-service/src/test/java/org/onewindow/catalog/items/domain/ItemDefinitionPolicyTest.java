package org.onewindow.catalog.items.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.catalog.items.domain.ItemFixtures.POLICY;
import static org.onewindow.catalog.items.domain.ItemFixtures.foodLicence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.platform.kernel.Violation;

class ItemDefinitionPolicyTest {

    @Test
    void a_complete_version_passes() {
        assertThat(POLICY.check(foodLicence())).isEmpty();
    }

    @Test
    void a_version_without_route_is_refused() {
        ItemDefinition d = foodLicence();
        assertThat(rules(with(d, null))).containsExactly("route.departments:item.route-required");
    }

    @Test
    void a_promised_limit_above_the_statutory_one_is_refused() {
        ItemDefinition d = foodLicence();
        ItemDefinition late = new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(),
                d.legalBasis(), d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(),
                d.delegations(), d.acceptanceConditions(), d.materials(), 25, 20, false, d.fees(), d.route(),
                d.channels(), d.resultType(), d.visitsRequired());
        assertThat(rules(late)).containsExactly("promisedLimit:item.promised-within-statutory");
    }

    @Test
    void an_unknown_supervising_department_is_refused() {
        ItemDefinition d = foodLicence();
        ItemDefinition wrong = new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(),
                d.legalBasis(), d.implementingDepartment(), d.handlingUnit(), "NOBODY", d.level(), d.delegations(),
                d.acceptanceConditions(), d.materials(), 10, 20, false, d.fees(), d.route(), d.channels(),
                d.resultType(), d.visitsRequired());
        assertThat(rules(wrong)).containsExactly("supervisingDepartment:item.department-exists");
    }

    @Test
    void a_required_material_without_a_name_is_refused() {
        ItemDefinition d = foodLicence();
        ItemDefinition noName = withMaterials(d, List.of(d.materials().get(0),
                new Material("ID-DOC", " ", true, 1, 0, false, null)));
        assertThat(rules(noName)).containsExactly("materials[1].name:item.material-name-required");
    }

    @Test
    void an_unknown_route_department_is_refused() {
        ItemDefinition d = foodLicence();
        assertThat(rules(with(d, new Route(RouteMode.SERIAL, true, List.of("MARKET", "MOON")))))
                .containsExactly("route.departments[1]:item.department-exists");
    }

    @Test
    void a_delegation_to_an_unknown_centre_or_a_centre_of_another_level_is_refused() {
        ItemDefinition d = foodLicence();
        ItemDefinition wrong = withDelegations(d, List.of(
                new Delegation(Level.TOWN, DelegationKind.DELEGATED, List.of("C-TOWN-99", "C-VIL-0101"))));
        assertThat(rules(wrong)).containsExactly(
                "delegations[0].centres[0]:item.centre-exists", "delegations[0].centres[1]:item.centre-level");
    }

    @Test
    void a_delegation_cannot_go_to_the_items_own_level() {
        ItemDefinition d = foodLicence();
        assertThat(rules(withDelegations(d, List.of(new Delegation(Level.CITY, DelegationKind.ENTRUSTED, List.of())))))
                .containsExactly("delegations[0].level:item.delegation-below-level");
    }

    @Test
    void a_promised_item_needs_two_person_review_but_an_immediate_one_does_not() {
        ItemDefinition d = foodLicence();
        Route onePerson = new Route(RouteMode.PARALLEL, false, List.of("MARKET"));
        assertThat(rules(with(d, onePerson))).containsExactly("route.twoPersonReview:item.two-person-review-required");

        ItemDefinition immediate = new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(),
                d.legalBasis(), d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(),
                d.delegations(), d.acceptanceConditions(), d.materials(), 1, 20, true, d.fees(), onePerson,
                d.channels(), d.resultType(), d.visitsRequired());
        assertThat(POLICY.check(immediate)).isEmpty();
    }

    @Test
    void a_fee_needs_its_legal_basis() {
        ItemDefinition d = foodLicence();
        ItemDefinition charged = new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(),
                d.legalBasis(), d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(),
                d.delegations(), d.acceptanceConditions(), d.materials(), 10, 20, false,
                List.of(new Fee("工本费", new BigDecimal("10"), "")), d.route(), d.channels(), d.resultType(), 1);
        assertThat(rules(charged)).containsExactly("fees[0].legalBasis:item.fee-legal-basis-required");
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        ItemDefinition broken = new ItemDefinition(null, null, "", null, null, "NOBODY", null, null, null,
                List.of(), List.of(), List.of(new Material("A", null, true, 1, 0, false, null)), 30, 20, false,
                List.of(), null, Set.of(), null, null);
        assertThat(rules(broken)).contains("name:item.name-required", "type:item.type-required",
                "legalBasis:item.legal-basis-required", "implementingDepartment:item.department-exists",
                "supervisingDepartment:item.department-required", "promisedLimit:item.promised-within-statutory",
                "route.departments:item.route-required", "materials[0].name:item.material-name-required",
                "channels:item.channel-required");
    }

    private static List<String> rules(ItemDefinition d) {
        return POLICY.check(d).stream().map(ItemDefinitionPolicyTest::key).toList();
    }

    private static String key(Violation v) {
        return v.field() + ":" + v.rule();
    }

    private static ItemDefinition with(ItemDefinition d, Route route) {
        return new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(), d.legalBasis(),
                d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(), d.delegations(),
                d.acceptanceConditions(), d.materials(), d.promisedLimit(), d.statutoryLimit(), d.immediate(), d.fees(),
                route, d.channels(), d.resultType(), d.visitsRequired());
    }

    private static ItemDefinition withMaterials(ItemDefinition d, List<Material> materials) {
        return new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(), d.legalBasis(),
                d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(), d.delegations(),
                d.acceptanceConditions(), materials, d.promisedLimit(), d.statutoryLimit(), d.immediate(), d.fees(),
                d.route(), d.channels(), d.resultType(), d.visitsRequired());
    }

    private static ItemDefinition withDelegations(ItemDefinition d, List<Delegation> delegations) {
        return new ItemDefinition(d.basicCode(), d.implementationCode(), d.name(), d.type(), d.legalBasis(),
                d.implementingDepartment(), d.handlingUnit(), d.supervisingDepartment(), d.level(), delegations,
                d.acceptanceConditions(), d.materials(), d.promisedLimit(), d.statutoryLimit(), d.immediate(), d.fees(),
                d.route(), d.channels(), d.resultType(), d.visitsRequired());
    }
}
