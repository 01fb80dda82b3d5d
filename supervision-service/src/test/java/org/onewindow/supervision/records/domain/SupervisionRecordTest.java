package org.onewindow.supervision.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.supervision.records.domain.Fixtures.DEADLINE;
import static org.onewindow.supervision.records.domain.Fixtures.PUSHED_AT;
import static org.onewindow.supervision.records.domain.Fixtures.aPushedRecord;
import static org.onewindow.supervision.records.domain.Fixtures.anApproval;
import static org.onewindow.supervision.records.domain.Fixtures.inspector;
import static org.onewindow.supervision.records.domain.Fixtures.staff;
import static org.onewindow.supervision.records.domain.Fixtures.supervisor;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.UserId;

class SupervisionRecordTest {

    private static final OffsetDateTime LATER = PUSHED_AT.plusHours(2);

    private final Actor supervisor = supervisor("sup-1");

    @Test
    void a_push_registers_the_pushed_event_with_its_claim_deadline_and_an_audit_entry() {
        SupervisionRecord record = SupervisionRecord.push(UUID.randomUUID(), anApproval().build(), PUSHED_AT, DEADLINE,
                false);

        assertThat(record.status()).isEqualTo(RecordStatus.PUSHED);
        assertThat(record.changes().events()).singleElement().isInstanceOfSatisfying(RecordEvent.Pushed.class, e -> {
            assertThat(e.recordId()).isEqualTo(record.id());
            assertThat(e.claimDeadline()).isEqualTo(DEADLINE);
            assertThat(e.supervisingDepartment()).isEqualTo(DepartmentCode.of("MARKET"));
            assertThat(e.licenceNumber()).isEqualTo("JY-0001");
        });
        assertThat(record.changes().auditEntries()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("PUSHED");
            assertThat(a.actor().userId()).isEqualTo("system");
            assertThat(a.actor().principal()).isEqualTo("system:supervision");
        });
    }

    @Test
    void a_supervisor_of_the_supervising_department_claims_the_record() {
        SupervisionRecord record = aPushedRecord();

        record.claim(supervisor, LATER);

        assertThat(record.status()).isEqualTo(RecordStatus.CLAIMED);
        assertThat(record.claimedBy()).isEqualTo(UserId.of("sup-1"));
        assertThat(record.changes().events()).singleElement().isInstanceOfSatisfying(RecordEvent.Claimed.class,
                e -> assertThat(e.claimedBy()).isEqualTo(UserId.of("sup-1")));
        assertThat(record.changes().auditEntries()).singleElement().satisfies(a -> {
            assertThat(a.actor().userId()).isEqualTo("sup-1");
            assertThat(a.actor().role()).isEqualTo("SUPERVISOR");
            assertThat(a.actor().principal()).isEqualTo("sup-1");
            assertThat(a.at()).isEqualTo(LATER.toInstant());
        });
    }

    @Test
    void whoever_reviewed_or_checked_the_case_may_not_claim_it() {
        SupervisionRecord record = aPushedRecord();
        Actor checker = staff("chk-1", "MARKET", "SUPERVISOR", "CHECKER");

        assertThatThrownBy(() -> record.claim(checker, LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.separation-of-duties"));
        assertThat(record.status()).isEqualTo(RecordStatus.PUSHED);
        assertThat(record.changes().isEmpty()).isTrue();
    }

    @Test
    void a_supervisor_of_another_department_may_not_claim_it() {
        Actor other = staff("sup-2", "HEALTH", "SUPERVISOR");

        assertThatThrownBy(() -> aPushedRecord().claim(other, LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.wrong-department"));
    }

    @Test
    void only_a_supervisor_may_claim() {
        assertThatThrownBy(() -> aPushedRecord().claim(inspector("ins-1"), LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.supervisor-role"));
    }

    @Test
    void claiming_twice_is_a_conflict_naming_the_current_state() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor, LATER);

        assertThatThrownBy(() -> record.claim(supervisor("sup-3"), LATER.plusHours(1)))
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.rule()).isEqualTo("supervision.record-already-claimed");
                    assertThat(e.getMessage()).contains("is CLAIMED");
                });
        assertThat(record.claimedBy()).isEqualTo(UserId.of("sup-1"));
    }

    @Test
    void an_unclaimed_record_escalates_once_after_its_deadline_day() {
        SupervisionRecord record = aPushedRecord();

        assertThat(record.escalateIfOverdue(DEADLINE, LATER)).as("on the deadline day").isFalse();
        assertThat(record.escalateIfOverdue(DEADLINE.plusDays(1), LATER)).isTrue();
        assertThat(record.escalateIfOverdue(DEADLINE.plusDays(2), LATER)).as("only once").isFalse();

        assertThat(record.status()).isEqualTo(RecordStatus.ESCALATED);
        assertThat(record.changes().events()).singleElement().isInstanceOf(RecordEvent.Escalated.class);
        assertThat(record.changes().auditEntries()).extracting(AuditEntry::action).containsExactly("ESCALATED");
    }

    @Test
    void a_claimed_record_never_escalates() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor, LATER);

        assertThat(record.escalateIfOverdue(DEADLINE.plusDays(10), LATER)).isFalse();
        assertThat(record.status()).isEqualTo(RecordStatus.CLAIMED);
    }

    @Test
    void an_escalated_record_can_still_be_claimed() {
        SupervisionRecord record = aPushedRecord();
        record.escalateIfOverdue(DEADLINE.plusDays(1), LATER);

        record.claim(supervisor, LATER.plusDays(1));

        assertThat(record.status()).isEqualTo(RecordStatus.CLAIMED);
        assertThat(record.escalatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_suspension_on_a_claimed_record_flows_back_as_an_event() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor, LATER);
        record.changes().clear();

        LicenceAction action = record.takeAction(UUID.randomUUID(), supervisor, ActionType.SUSPEND, "无证扩大经营范围", LATER);

        assertThat(record.licenceStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(action.action()).isEqualTo(ActionType.SUSPEND);
        assertThat(record.unsavedActions()).containsExactly(action);
        assertThat(record.changes().events()).singleElement().isInstanceOfSatisfying(RecordEvent.ActionTaken.class, e -> {
            assertThat(e.action()).isEqualTo(ActionType.SUSPEND);
            assertThat(e.licenceNumber()).isEqualTo("JY-0001");
            assertThat(e.takenBy()).isEqualTo(UserId.of("sup-1"));
        });
    }

    @Test
    void actions_are_taken_only_on_claimed_records() {
        assertThatThrownBy(() -> aPushedRecord().takeAction(UUID.randomUUID(), supervisor, ActionType.RECTIFY, "x", LATER))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.getMessage()).contains("is PUSHED"));
    }

    @Test
    void an_action_needs_a_reason() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor, LATER);

        assertThatThrownBy(() -> record.takeAction(UUID.randomUUID(), supervisor, ActionType.RECTIFY, " ", LATER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.first().field()).isEqualTo("reason"));
    }

    @Test
    void nothing_follows_a_revocation() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor, LATER);
        record.takeAction(UUID.randomUUID(), supervisor, ActionType.REVOKE, "以欺骗手段取得许可", LATER);

        assertThatThrownBy(() -> record.takeAction(UUID.randomUUID(), supervisor, ActionType.SUSPEND, "x", LATER))
                .isInstanceOfSatisfying(StateConflict.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.licence-revoked"));
        assertThat(record.licenceStatus()).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void an_approval_without_licence_or_supervising_department_is_refused_with_every_missing_field() {
        assertThatThrownBy(() -> anApproval().licenceNumber(null).supervisedBy(" ").build())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("licenceNumber", "supervisingDepartment"));
    }

    @Test
    void a_case_number_that_is_no_identifier_is_refused_naming_the_field() {
        assertThatThrownBy(() -> anApproval().caseNumber("C01-" + "9".repeat(70)).build())
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("caseNumber"));
    }

    @Test
    void an_inspector_of_the_department_records_an_inspection_on_a_claimed_record() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor, LATER);
        record.changes().clear();

        Inspection inspection = record.recordInspection(UUID.randomUUID(), inspector("ins-1"),
                InspectionResult.DEFICIENCIES_FOUND, "台账不全", LATER);

        assertThat(inspection.role()).isEqualTo("INSPECTOR");
        assertThat(inspection.recordId()).isEqualTo(record.id());
        assertThat(record.unsavedInspections()).containsExactly(inspection);
        assertThat(record.changes().events()).as("no contract event exists for inspections").isEmpty();
        assertThat(record.changes().auditEntries()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("INSPECTED");
            assertThat(a.actor().role()).isEqualTo("INSPECTOR");
        });
    }

    @Test
    void an_inspection_needs_a_claimed_record_and_an_independent_inspector() {
        SupervisionRecord record = aPushedRecord();
        Actor reviewerAsInspector = inspector("rev-1");

        assertThatThrownBy(() -> record.recordInspection(UUID.randomUUID(), supervisor, InspectionResult.COMPLIANT,
                null, LATER)).isInstanceOf(StateConflict.class);
        record.claim(supervisor, LATER);
        assertThatThrownBy(() -> record.recordInspection(UUID.randomUUID(), reviewerAsInspector,
                InspectionResult.COMPLIANT, null, LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.separation-of-duties"));
    }

    @Test
    void a_saved_record_forgets_its_unsaved_actions_and_takes_the_stored_version() {
        SupervisionRecord record = aPushedRecord();
        record.claim(supervisor, LATER);
        record.takeAction(UUID.randomUUID(), supervisor, ActionType.RECTIFY, "台账不全", LATER);

        record.saved(7);

        assertThat(record.version()).isEqualTo(7);
        assertThat(record.unsavedActions()).isEmpty();
        assertThat(record.unsavedInspections()).isEmpty();
    }
}
