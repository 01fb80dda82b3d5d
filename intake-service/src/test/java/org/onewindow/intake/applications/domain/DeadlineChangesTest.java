package org.onewindow.intake.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.intake.applications.domain.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.DepartmentCode;

/** Review's changes to a case's clock as intake shows them (issue 10, items 1, 2, 4), across the 2026→2027 year. */
class DeadlineChangesTest {

    private static Application inReview() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        application.reviewOpened(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 31),
                List.of(DepartmentCode.of("MARKET")), NOW);
        return application;
    }

    @Test
    void an_extension_into_an_unpublished_2027_moves_the_statutory_deadline_and_shows_it_provisional_with_the_reason() {
        Application application = inReview();
        DeadlineChange change = new DeadlineChange(DeadlineChange.Kind.EXTENDED, null, "需现场核查", "《中华人民共和国行政许可法》第四十二条第一款",
                10, null, null, LocalDate.of(2027, 1, 14), NOW);

        application.deadlineExtended(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 14), true, change, NOW);

        assertThat(application.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(application.promisedDeadline()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(application.deadlinesProvisional()).isTrue();
        assertThat(application.deadlineChange().reason()).isEqualTo("需现场核查");
        assertThat(application.changes().auditEntries()).extracting(AuditEntry::action).contains("DEADLINE_EXTENDED");
        assertThat(application.changes().auditEntries().getLast().detail())
                .contains("by 10 working days", "2027-01-14", "provisional", "第四十二条").doesNotContain("需现场核查");
    }

    @Test
    void an_extension_event_without_its_deadlines_keeps_those_shown_and_is_not_refused() {
        Application application = inReview();

        application.deadlineExtended(null, null, false, new DeadlineChange(DeadlineChange.Kind.EXTENDED, null, null, null,
                null, null, null, null, NOW), NOW);

        assertThat(application.statutoryDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(application.promisedDeadline()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(application.deadlineChange().kind()).isEqualTo(DeadlineChange.Kind.EXTENDED);
    }

    @Test
    void a_pause_keeps_the_deadlines_and_its_resumption_moves_them() {
        Application application = inReview();

        application.procedurePaused(new DeadlineChange(DeadlineChange.Kind.PAUSED, "APPRAISAL", "需委托鉴定", "《中华人民共和国行政许可法》第四十五条",
                null, 15, LocalDate.of(2026, 12, 10), null, NOW), NOW);
        assertThat(application.statutoryDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(application.deadlineChange().expectedWorkingDays()).isEqualTo(15);

        application.procedureResumed(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 21), true,
                new DeadlineChange(DeadlineChange.Kind.RESUMED, "APPRAISAL", null, null, 14, null,
                        LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 21), NOW), NOW);
        assertThat(application.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(application.deadlinesProvisional()).isTrue();
        assertThat(application.changes().auditEntries()).extracting(AuditEntry::action)
                .contains("PROCEDURE_PAUSED", "PROCEDURE_RESUMED");
    }

    @Test
    void publishing_the_2027_calendar_replaces_the_provisional_deadlines_and_the_licence_due_date() {
        Application application = inReview();
        application.deadlineExtended(null, LocalDate.of(2027, 1, 1), true, new DeadlineChange(DeadlineChange.Kind.EXTENDED,
                null, "需现场核查", null, 1, null, null, LocalDate.of(2027, 1, 1), NOW), NOW);
        application.decided(new Decision(Outcome.APPROVED, "JY-2026-000123", LocalDate.of(2031, 12, 1), NOW), NOW);
        application.licenceIssueDue(LocalDate.of(2027, 1, 1), true);

        // 2027-01-01 is 元旦: counted Monday to Friday it was a working day, on the published calendar it is not
        application.deadlinesRecomputed(2027, null, LocalDate.of(2027, 1, 4), false, LocalDate.of(2027, 1, 4), NOW);

        assertThat(application.statutoryDeadline()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(application.deadlinesProvisional()).isFalse();
        assertThat(application.licenceIssueDueBy()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(application.licenceIssueDueProvisional()).isFalse();
        assertThat(application.changes().auditEntries().getLast().detail()).contains("2027 calendar", "statutory 2027-01-04");
    }

    @Test
    void a_decision_without_a_licence_due_date_keeps_none() {
        Application application = inReview();
        application.decided(new Decision(Outcome.REJECTED, null, null, NOW), NOW);

        application.licenceIssueDue(null, null);

        assertThat(application.licenceIssueDueBy()).isNull();
        assertThat(application.licenceIssueDueProvisional()).isFalse();
    }
}
