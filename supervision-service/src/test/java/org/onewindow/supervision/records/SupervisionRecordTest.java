package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.contracts.supervision.LicenceActionTaken.Action;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

class SupervisionRecordTest {

    private static final OffsetDateTime PUSHED_AT = OffsetDateTime.parse("2025-11-14T10:00:00+08:00");
    private static final LocalDate DEADLINE = LocalDate.parse("2025-11-18");
    private static final OffsetDateTime LATER = PUSHED_AT.plusHours(2);

    private final Actor supervisor = new Actor("sup-1", "Supervisor One", Set.of("SUPERVISOR"), "MARKET", "C01");

    static Approval approval(List<String> participants) {
        return new Approval("C01-20251114-0001", "ITEM-FOOD", "食品经营许可", "JY-0001", "MARKET", "张三",
                "1101**********001X", OffsetDateTime.parse("2025-11-13T15:00:00+08:00"), participants);
    }

    private SupervisionRecord pushed() {
        SupervisionRecord record = SupervisionRecord.push(UUID.randomUUID(), approval(List.of("rev-1", "chk-1")),
                PUSHED_AT, DEADLINE, false);
        record.drainEvents();
        record.drainAudit();
        return record;
    }

    @Test
    void a_push_registers_the_pushed_event_with_its_claim_deadline_and_an_audit_entry() {
        SupervisionRecord record = SupervisionRecord.push(UUID.randomUUID(), approval(List.of()), PUSHED_AT, DEADLINE, false);

        assertThat(record.status()).isEqualTo(RecordStatus.PUSHED);
        assertThat(record.drainEvents()).singleElement().isInstanceOfSatisfying(SupervisionRecordPushed.class, e -> {
            assertThat(e.recordId()).isEqualTo(record.id());
            assertThat(e.claimDeadline()).isEqualTo(DEADLINE);
            assertThat(e.supervisingDepartment()).isEqualTo("MARKET");
            assertThat(e.licenceNumber()).isEqualTo("JY-0001");
        });
        assertThat(record.drainAudit()).extracting(AuditEntry::action).containsExactly("PUSHED");
        assertThat(record.drainEvents()).as("drained once").isEmpty();
    }

    @Test
    void a_supervisor_of_the_supervising_department_claims_the_record() {
        SupervisionRecord record = pushed();

        record.claim(supervisor, LATER);

        assertThat(record.status()).isEqualTo(RecordStatus.CLAIMED);
        assertThat(record.claimedBy()).isEqualTo("sup-1");
        assertThat(record.drainEvents()).singleElement().isInstanceOfSatisfying(SupervisionRecordClaimed.class,
                e -> assertThat(e.claimedBy()).isEqualTo("sup-1"));
        assertThat(record.drainAudit()).singleElement().satisfies(a -> {
            assertThat(a.actorId()).isEqualTo("sup-1");
            assertThat(a.actorRole()).isEqualTo("SUPERVISOR");
            assertThat(a.at()).isEqualTo(LATER);
        });
    }

    @Test
    void whoever_reviewed_or_checked_the_case_may_not_claim_it() {
        SupervisionRecord record = pushed();
        Actor checker = new Actor("chk-1", "Checker", Set.of("SUPERVISOR", "CHECKER"), "MARKET", "C01");

        assertThatThrownBy(() -> record.claim(checker, LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.separation-of-duties"));
        assertThat(record.status()).isEqualTo(RecordStatus.PUSHED);
        assertThat(record.drainEvents()).isEmpty();
    }

    @Test
    void a_supervisor_of_another_department_may_not_claim_it() {
        Actor other = new Actor("sup-2", "Other", Set.of("SUPERVISOR"), "HEALTH", "C01");

        assertThatThrownBy(() -> pushed().claim(other, LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.wrong-department"));
    }

    @Test
    void only_a_supervisor_may_claim() {
        Actor inspector = new Actor("ins-1", "Inspector", Set.of("INSPECTOR"), "MARKET", "C01");

        assertThatThrownBy(() -> pushed().claim(inspector, LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.supervisor-role"));
    }

    @Test
    void claiming_twice_is_a_conflict_naming_the_current_state() {
        SupervisionRecord record = pushed();
        record.claim(supervisor, LATER);
        Actor colleague = new Actor("sup-3", "Colleague", Set.of("SUPERVISOR"), "MARKET", "C01");

        assertThatThrownBy(() -> record.claim(colleague, LATER.plusHours(1)))
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.rule()).isEqualTo("supervision.record-already-claimed");
                    assertThat(e.getMessage()).contains("is CLAIMED");
                });
        assertThat(record.claimedBy()).isEqualTo("sup-1");
    }

    @Test
    void an_unclaimed_record_escalates_once_after_its_deadline_day() {
        SupervisionRecord record = pushed();

        assertThat(record.escalateIfOverdue(DEADLINE, LATER)).as("on the deadline day").isFalse();
        assertThat(record.escalateIfOverdue(DEADLINE.plusDays(1), LATER)).isTrue();
        assertThat(record.escalateIfOverdue(DEADLINE.plusDays(2), LATER)).as("only once").isFalse();

        assertThat(record.status()).isEqualTo(RecordStatus.ESCALATED);
        assertThat(record.drainEvents()).singleElement().isInstanceOf(SupervisionRecordEscalated.class);
    }

    @Test
    void a_claimed_record_never_escalates() {
        SupervisionRecord record = pushed();
        record.claim(supervisor, LATER);

        assertThat(record.escalateIfOverdue(DEADLINE.plusDays(10), LATER)).isFalse();
        assertThat(record.status()).isEqualTo(RecordStatus.CLAIMED);
    }

    @Test
    void an_escalated_record_can_still_be_claimed() {
        SupervisionRecord record = pushed();
        record.escalateIfOverdue(DEADLINE.plusDays(1), LATER);

        record.claim(supervisor, LATER.plusDays(1));

        assertThat(record.status()).isEqualTo(RecordStatus.CLAIMED);
        assertThat(record.escalatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_suspension_on_a_claimed_record_flows_back_as_an_event() {
        SupervisionRecord record = pushed();
        record.claim(supervisor, LATER);
        record.drainEvents();

        LicenceAction action = record.takeAction(UUID.randomUUID(), supervisor, Action.SUSPEND, "无证扩大经营范围", LATER);

        assertThat(record.licenceStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(action.action()).isEqualTo(Action.SUSPEND);
        assertThat(record.drainEvents()).singleElement().isInstanceOfSatisfying(LicenceActionTaken.class, e -> {
            assertThat(e.action()).isEqualTo(Action.SUSPEND);
            assertThat(e.licenceNumber()).isEqualTo("JY-0001");
            assertThat(e.takenBy()).isEqualTo("sup-1");
        });
    }

    @Test
    void actions_are_taken_only_on_claimed_records() {
        assertThatThrownBy(() -> pushed().takeAction(UUID.randomUUID(), supervisor, Action.RECTIFY, "x", LATER))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.getMessage()).contains("is PUSHED"));
    }

    @Test
    void an_action_needs_a_reason() {
        SupervisionRecord record = pushed();
        record.claim(supervisor, LATER);

        assertThatThrownBy(() -> record.takeAction(UUID.randomUUID(), supervisor, Action.RECTIFY, " ", LATER))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.first().field()).isEqualTo("reason"));
    }

    @Test
    void nothing_follows_a_revocation() {
        SupervisionRecord record = pushed();
        record.claim(supervisor, LATER);
        record.takeAction(UUID.randomUUID(), supervisor, Action.REVOKE, "以欺骗手段取得许可", LATER);

        assertThatThrownBy(() -> record.takeAction(UUID.randomUUID(), supervisor, Action.SUSPEND, "x", LATER))
                .isInstanceOfSatisfying(StateConflict.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.licence-revoked"));
        assertThat(record.licenceStatus()).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void an_approval_without_licence_or_supervising_department_is_refused_with_every_missing_field() {
        assertThatThrownBy(() -> new Approval("C1", "ITEM", "n", null, " ", "h", "m",
                OffsetDateTime.now(), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("licenceNumber", "supervisingDepartment"));
    }

    @Test
    void an_inspector_of_the_department_records_an_inspection_on_a_claimed_record() {
        SupervisionRecord record = pushed();
        record.claim(supervisor, LATER);
        record.drainAudit();
        Actor inspector = new Actor("ins-1", "Inspector", Set.of("INSPECTOR"), "MARKET", "C01");

        Inspection inspection = record.recordInspection(UUID.randomUUID(), inspector,
                InspectionResult.DEFICIENCIES_FOUND, "台账不全", LATER);

        assertThat(inspection.role()).isEqualTo("INSPECTOR");
        assertThat(inspection.recordId()).isEqualTo(record.id());
        assertThat(record.drainAudit()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("INSPECTED");
            assertThat(a.actorRole()).isEqualTo("INSPECTOR");
        });
    }

    @Test
    void an_inspection_needs_a_claimed_record_and_an_independent_inspector() {
        SupervisionRecord record = pushed();
        Actor reviewerAsInspector = new Actor("rev-1", "Reviewer", Set.of("INSPECTOR"), "MARKET", "C01");

        assertThatThrownBy(() -> record.recordInspection(UUID.randomUUID(), supervisor, InspectionResult.COMPLIANT,
                null, LATER)).isInstanceOf(StateConflict.class);
        record.claim(supervisor, LATER);
        assertThatThrownBy(() -> record.recordInspection(UUID.randomUUID(), reviewerAsInspector,
                InspectionResult.COMPLIANT, null, LATER))
                .isInstanceOfSatisfying(NotPermitted.class,
                        e -> assertThat(e.rule()).isEqualTo("supervision.separation-of-duties"));
    }
}
