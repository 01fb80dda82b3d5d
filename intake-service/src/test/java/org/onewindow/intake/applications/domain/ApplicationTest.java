package org.onewindow.intake.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.intake.applications.domain.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.applications.domain.ApplicationEvent.Accepted;
import org.onewindow.intake.applications.domain.ApplicationEvent.NotAccepted;
import org.onewindow.intake.applications.domain.ApplicationEvent.NoticeIssued;
import org.onewindow.intake.applications.domain.ApplicationEvent.ResultDelivered;
import org.onewindow.intake.applications.domain.ApplicationEvent.SupplementReceived;
import org.onewindow.intake.applications.domain.MissingMaterial.Problem;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.StateConflict;

class ApplicationTest {

    private static final Decision APPROVED = new Decision(Outcome.APPROVED, "JY-2026-000123", LocalDate.of(2031, 3, 1), NOW);

    private static List<ApplicationEvent> events(Application application) {
        return application.changes().events();
    }

    @Test
    void a_complete_submission_is_accepted_with_a_case_number_and_publishes_application_accepted_with_the_masked_id() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));

        assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(application.acceptedOn()).isEqualTo(TODAY);
        Accepted accepted = (Accepted) events(application).getFirst();
        assertThat(accepted.caseNumber().value()).isEqualTo("C-CITY-01-20260302-000001");
        assertThat(accepted.applicant().maskedIdNumber()).doesNotContain(VALID_ID).contains("*");
        assertThat(accepted.deferredMaterials()).isEmpty();
        assertThat(accepted.item().supervisingDepartment()).isEqualTo("MARKET-SUPERVISION");
        assertThat(application.receipt().kind()).isEqualTo(Receipt.Kind.ACCEPTANCE);
        assertThat(application.receipt().promisedLimitDays()).isEqualTo(10);
    }

    @Test
    void an_incomplete_submission_gets_one_notice_listing_every_missing_or_defective_material() {
        Application application = submitted(List.of(new SubmittedMaterial("M2", true, true, "expired"), provided("M3")));

        assertThat(application.status()).isEqualTo(ApplicationStatus.NOTICE_ISSUED);
        assertThat(events(application)).hasSize(1);
        NoticeIssued notice = (NoticeIssued) events(application).getFirst();
        assertThat(notice.missing()).containsExactly(
                new MissingMaterial("M1", "申请书", Problem.MISSING, null),
                new MissingMaterial("M2", "营业执照", Problem.DEFECTIVE, "expired"));
        assertThat(application.caseNumber().value()).isNotBlank();
        assertThat(application.receipt().missing()).hasSize(2);
    }

    @Test
    void a_missing_deferrable_material_is_accepted_with_deficiency() {
        Application application = submitted(List.of(provided("M1"), provided("M2")));

        assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(((Accepted) events(application).getFirst()).deferredMaterials()).containsExactly("M3");
        assertThat(application.receipt().deferredMaterials()).containsExactly("M3");
    }

    @Test
    void supplying_everything_after_a_notice_accepts_and_supplying_too_little_issues_a_new_notice() {
        Application stillShort = submitted(List.of(provided("M3")));
        stillShort.supplement(List.of(provided("M1")), CLERK, NOW, TODAY.plusDays(14));
        assertThat(stillShort.status()).isEqualTo(ApplicationStatus.NOTICE_ISSUED);
        assertThat(((NoticeIssued) events(stillShort).getLast()).missing()).extracting(MissingMaterial::materialCode)
                .containsExactly("M2");

        stillShort.supplement(List.of(provided("M2")), CLERK, NOW, TODAY.plusDays(14));
        assertThat(stillShort.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(events(stillShort).getLast()).isInstanceOf(Accepted.class);
    }

    @Test
    void a_clerk_refuses_an_application_waiting_on_its_notice_but_not_an_accepted_one() {
        Application waiting = submitted(List.of());
        waiting.refuse(List.of(new Reason("intake.stated-reason", "不符合申请条件")), CLERK, NOW);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        assertThat(waiting.receipt().kind()).isEqualTo(Receipt.Kind.REFUSAL);
        assertThat(events(waiting).getLast()).isInstanceOf(NotAccepted.class);

        Application accepted = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        assertThatThrownBy(() -> accepted.refuse(List.of(new Reason("r", "m")), CLERK, NOW))
                .isInstanceOf(StateConflict.class).hasMessageContaining("is ACCEPTED");
    }

    @Test
    void delivery_before_a_decision_is_a_conflict_naming_the_status() {
        Application accepted = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));

        assertThatThrownBy(() -> accepted.deliver(new DeliveryRequest(null, null, "张三", null), CLERK, NOW))
                .isInstanceOf(StateConflict.class).hasMessageContaining("is ACCEPTED");
    }

    @Test
    void the_delivered_result_is_the_stored_decision() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        application.decided(APPROVED, NOW);
        application.deliver(new DeliveryRequest(null, null, "张三", null), CLERK, NOW);

        ResultDelivered delivered = (ResultDelivered) events(application).getLast();
        assertThat(delivered.decision().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(delivered.decision().licenceNumber()).isEqualTo("JY-2026-000123");
        assertThat(delivered.method()).isEqualTo(DeliveryMethod.WINDOW_PICKUP);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DELIVERED);
    }

    @Test
    void a_review_supplement_request_is_answered_with_supplement_received() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        UUID requestId = UUID.randomUUID();
        application.supplementRequested(new SupplementRequest(requestId,
                List.of(new RequestedMaterial("M2", "营业执照", "copy illegible")), NOW), NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);

        application.supplement(List.of(provided("M2")), APPLICANT, NOW, TODAY);

        SupplementReceived received = (SupplementReceived) events(application).getLast();
        assertThat(received.requestId()).isEqualTo(requestId);
        assertThat(received.materials()).containsExactly(new SupplementReceived.Supplied("M2", "营业执照"));
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void a_revoked_licence_shows_as_revoked() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        application.decided(APPROVED, NOW);
        application.licenceActionTaken(LicenceAction.REVOKE, NOW);

        assertThat(application.licenceStatus()).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void every_transition_leaves_an_audit_line_with_who_and_in_which_role() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));

        assertThat(application.changes().auditEntries()).extracting(AuditEntry::action).containsExactly("SUBMITTED", "ACCEPTED");
        assertThat(application.changes().auditEntries()).allSatisfy(e -> {
            assertThat(e.actor().userId()).isEqualTo("clerk-1");
            assertThat(e.actor().role()).isEqualTo(Roles.WINDOW_CLERK);
            assertThat(e.actor().principal()).isEqualTo("clerk-1");
            assertThat(e.detail()).doesNotContain(VALID_ID);
        });
    }

    @Test
    void case_numbers_are_centre_date_and_sequence() {
        assertThat(CaseNumbers.format("C-CITY-01", LocalDate.of(2026, 11, 23), 42).value()).isEqualTo("C-CITY-01-20261123-000042");
    }

    @Test
    void a_query_code_matches_only_its_hash() {
        String code = QueryCode.generate();
        assertThat(code).hasSize(8);
        assertThat(QueryCode.matches(code, QueryCode.hash(code))).isTrue();
        assertThat(QueryCode.matches("WRONG234", QueryCode.hash(code))).isFalse();
    }

    @Test
    void what_review_and_supervision_cause_is_recorded_as_the_system_authenticated_as_intake() {
        Application application = anApplication().complete().submit();
        application.changes().clear();

        application.decided(APPROVED, NOW);
        application.licenceActionTaken(LicenceAction.SUSPEND, NOW);

        assertThat(application.changes().auditEntries()).extracting(AuditEntry::action)
                .containsExactly("DECIDED", "LICENCE_SUSPEND");
        assertThat(application.changes().auditEntries()).allSatisfy(e -> {
            assertThat(e.actor().userId()).isEqualTo("system");
            assertThat(e.actor().role()).isEqualTo(Roles.SYSTEM);
            assertThat(e.actor().principal()).isEqualTo("system:intake");
        });
        assertThat(application.changes().events()).as("nothing for other services").isEmpty();
    }

    @Test
    void an_agent_acts_for_the_applicant_and_the_trail_says_for_whom_without_the_identity_number() {
        Mandate mandate = new Mandate("WT-2026-001", "scan://mandates/1", "张三", LocalDate.of(2026, 12, 31));
        Application application = anApplication().by(AGENT).at(TOWN).under(mandate).complete().submit();

        assertThat(application.changes().auditEntries()).allSatisfy(e -> {
            assertThat(e.actor().userId()).isEqualTo("agent-1");
            assertThat(e.actor().onBehalfOf()).isEqualTo("张三");
            assertThat(e.detail()).doesNotContain(VALID_ID).doesNotContain("张三");
        });
        assertThat(((Accepted) events(application).getFirst()).agent().mandate().mandateId()).isEqualTo("WT-2026-001");
    }

    @Test
    void the_agent_acts_for_the_applicant_only_while_the_recorded_mandate_is_in_force() {
        Mandate mandate = new Mandate("WT-2026-002", "scan://mandates/2", "张三", LocalDate.of(2026, 6, 30));
        Application application = anApplication().by(AGENT).at(TOWN).under(mandate).complete().submit();
        ActingUser clerk = new ActingUser("clerk-9", "窗口", Roles.WINDOW_CLERK, "T-EAST-01", null);

        assertThat(application.actingFor(AGENT, LocalDate.of(2026, 6, 30)).onBehalfOf()).isEqualTo("张三");
        assertThat(application.actingFor(clerk, LocalDate.of(2027, 1, 1)).onBehalfOf())
                .as("anyone else acts for themselves").isNull();
        assertThatThrownBy(() -> application.actingFor(AGENT, LocalDate.of(2026, 7, 1)))
                .isInstanceOfSatisfying(NotPermitted.class, e -> {
                    assertThat(e.rule()).isEqualTo("intake.on-behalf-not-allowed");
                    assertThat(e.getMessage()).contains("WT-2026-002", "2026-06-30");
                });
    }
}
