package org.onewindow.intake.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.intake.applications.domain.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.ItemStatus;
import org.onewindow.platform.kernel.Uscc;
import org.onewindow.platform.kernel.Violation;

class SubmissionPoliciesTest {

    private static final List<SubmittedMaterial> ALL = List.of(provided("M1"), provided("M2"), provided("M3"));

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void a_valid_window_submission_breaks_no_rule() {
        assertThat(SubmissionPolicies.violations(intake(submission(VALID_ID, ALL, null), CLERK, item(ItemStatus.PUBLISHED), CITY)))
                .isEmpty();
    }

    @Test
    void a_resident_id_with_a_wrong_check_character_is_reported_on_applicant_id_number() {
        List<Violation> violations = SubmissionPolicies.violations(
                intake(submission(BAD_CHECK_ID, ALL, null), CLERK, item(ItemStatus.PUBLISHED), CITY));

        assertThat(violations).containsExactly(new Violation("applicant.idNumber", "resident-id.check-character",
                "the check character of the resident ID number does not match (GB 11643)"));
    }

    @Test
    void an_organisation_is_checked_as_a_uscc_and_masked_like_every_identity_number() {
        String uscc = "91330100MA2" + "ABCDE0";
        String valid = uscc + Uscc.checkCharacter(uscc);
        Submission organisation = new Submission("330100-SP-001", null, null, ApplicantKind.ORGANISATION, "某某餐饮有限公司", valid,
                null, ALL, null, null, null);

        assertThat(SubmissionPolicies.violations(intake(organisation, CLERK, item(ItemStatus.PUBLISHED), CITY))).isEmpty();
        assertThat(SubmissionPolicies.maskedIdNumber(ApplicantKind.ORGANISATION, valid, TODAY)).startsWith("913").contains("*")
                .doesNotContain(valid.substring(3, 14));
    }

    @Test
    void an_unpublished_item_is_refused_outside_the_catalog() {
        assertThat(rules(SubmissionPolicies.violations(intake(submission(VALID_ID, ALL, null), CLERK, item(ItemStatus.SUSPENDED), CITY))))
                .containsExactly("intake.item-not-published");
        assertThat(rules(SubmissionPolicies.violations(intake(submission(VALID_ID, ALL, null), CLERK, null, CITY))))
                .containsExactly("intake.item-not-published");
    }

    @Test
    void an_item_not_delegated_to_the_village_level_is_refused_there() {
        ActingUser villageClerk = new ActingUser("clerk-2", "赵", Roles.WINDOW_CLERK, "V-WEST-01", null);

        assertThat(rules(SubmissionPolicies.violations(intake(submission(VALID_ID, ALL, null), villageClerk, item(ItemStatus.PUBLISHED), VILLAGE))))
                .containsExactly("intake.item-not-delegated");
    }

    @Test
    void an_agent_without_a_mandate_is_refused() {
        assertThat(rules(SubmissionPolicies.violations(intake(submission(VALID_ID, ALL, null), AGENT, item(ItemStatus.PUBLISHED), TOWN))))
                .containsExactly("intake.mandate-required");
    }

    @Test
    void an_agent_with_a_valid_mandate_from_the_applicant_may_apply() {
        Mandate mandate = new Mandate("WT-2026-001", "scan://mandates/1", "张三", LocalDate.of(2026, 12, 31));

        assertThat(SubmissionPolicies.violations(intake(submission(VALID_ID, ALL, mandate), AGENT, item(ItemStatus.PUBLISHED), TOWN)))
                .isEmpty();
    }

    @Test
    void an_expired_mandate_or_one_from_someone_else_is_refused() {
        Mandate expired = new Mandate("WT-1", null, "李四", LocalDate.of(2026, 1, 31));

        assertThat(rules(SubmissionPolicies.violations(intake(submission(VALID_ID, ALL, expired), AGENT, item(ItemStatus.PUBLISHED), TOWN))))
                .containsExactly("intake.mandate-expired", "intake.mandate-principal-mismatch");
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        Submission bad = new Submission("330100-SP-001", "NOWHERE", null, ApplicantKind.PERSON, "张三", BAD_CHECK_ID, "12345",
                ALL, new DeliveryPreference(DeliveryMethod.MAIL, null), null, null);

        assertThat(rules(SubmissionPolicies.violations(intake(bad, APPLICANT, item(ItemStatus.REVOKED), null))))
                .containsExactly("intake.item-not-published", "intake.centre-unknown", "resident-id.check-character",
                        "phone.format", "intake.delivery-address-required");
    }

    @Test
    void an_online_applicant_must_name_the_centre_and_use_an_online_channel() {
        Submission atWindow = new Submission("330100-SP-001", null, Channel.WINDOW,
                ApplicantKind.PERSON, "张三", VALID_ID, null, ALL, null, null, null);

        assertThat(rules(SubmissionPolicies.violations(intake(atWindow, APPLICANT, item(ItemStatus.PUBLISHED), null))))
                .containsExactly("intake.centre-required", "intake.channel-not-for-role");
    }
}
