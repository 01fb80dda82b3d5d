package org.onewindow.review.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.cases.domain.Fixtures.CALENDAR_2026;
import static org.onewindow.review.cases.domain.Fixtures.NOW;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseClockTest {

    private static CaseOpening acceptedOn(LocalDate day, int promised, int statutory) {
        return Fixtures.anOpening().caseNumber("C1").item("ITEM", "item", 1).route(RouteMode.PARALLEL, "MARKET")
                .acceptedOn(day).limits(promised, statutory).supervisedBy("MARKET").build();
    }

    @Test
    void deadlines_count_working_days_across_the_2026_spring_festival_including_adjusted_workdays() {
        // accepted Thu 12 Feb: Fri 13, Sat 14 (调休 workday), then the holiday 15–23 Feb, then Tue 24 onwards
        ReviewCase c = ReviewCase.open(acceptedOn(LocalDate.of(2026, 2, 12), 5, 20), CALENDAR_2026, NOW);

        assertThat(c.deadlines().promised()).isEqualTo(LocalDate.of(2026, 2, 26));
        // 20 working days: 13, 14, 24–27 (4), 28 (调休), 2–6 Mar (5), 9–13 Mar (5), 16–18 Mar (3) = 20
        assertThat(c.deadlines().statutory()).isEqualTo(LocalDate.of(2026, 3, 18));
    }

    @Test
    void given_a_supplement_request_when_the_supplement_arrives_then_the_clock_resumes_and_the_deadline_moves_by_the_paused_working_days() {
        ReviewCase c = ReviewCase.open(acceptedOn(LocalDate.of(2026, 3, 2), 10, 20), CALENDAR_2026, NOW);
        LocalDate promisedBefore = c.deadlines().promised();
        var requestId = c.requestSupplement(c.tasks().getFirst().taskId(), List.of(new SupplementMaterial("M01", "营业执照", "复印件不清晰")),
                Fixtures.reviewer("wang", "MARKET"), NOW, LocalDate.of(2026, 3, 4));
        assertThat(c.openPause()).isPresent();

        c.supplementReceived(requestId, LocalDate.of(2026, 3, 9), NOW, CALENDAR_2026); // Wed -> Mon: Thu, Fri, Mon = 3 working days

        assertThat(c.openPause()).isEmpty();
        assertThat(c.pauses().getFirst().workingDaysLost()).isEqualTo(3);
        assertThat(promisedBefore).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(c.deadlines().promised()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(c.changes().events()).filteredOn(ReviewEvent.SupplementRequested.class::isInstance).hasSize(1);
    }

    @Test
    void a_paused_case_takes_no_opinion() {
        ReviewCase c = ReviewCase.open(acceptedOn(LocalDate.of(2026, 3, 2), 10, 20), CALENDAR_2026, NOW);
        DepartmentTask task = c.tasks().getFirst();
        c.requestSupplement(task.taskId(), List.of(new SupplementMaterial("M01", "营业执照", null)),
                Fixtures.reviewer("wang", "MARKET"), NOW, LocalDate.of(2026, 3, 4));

        Refusal refusal = Fixtures.refusalOf(() -> c.giveOpinion(new OpinionRequest(task.taskId(), StepKind.REVIEW, Opinion.APPROVE, List.of(), null),
                    Fixtures.reviewer("wang", "MARKET"), NOW, LocalDate.of(2026, 3, 5), CALENDAR_2026, LicenceTerms.DEFAULT, () -> 1));

        assertThat(refusal.rule()).isEqualTo("review.case-paused");
    }

    @Test
    void yellow_one_working_day_before_the_promised_deadline_and_red_past_it_each_once() {
        ReviewCase c = ReviewCase.open(acceptedOn(LocalDate.of(2026, 3, 2), 5, 20), CALENDAR_2026, NOW); // promised Mon 9 Mar
        c.changes().clear();

        c.raiseDueWarnings(LocalDate.of(2026, 3, 5), 1, CALENDAR_2026);
        assertThat(c.changes().events()).isEmpty();
        c.raiseDueWarnings(LocalDate.of(2026, 3, 6), 1, CALENDAR_2026);
        c.raiseDueWarnings(LocalDate.of(2026, 3, 9), 1, CALENDAR_2026);
        c.raiseDueWarnings(LocalDate.of(2026, 3, 10), 1, CALENDAR_2026);
        c.raiseDueWarnings(LocalDate.of(2026, 3, 11), 1, CALENDAR_2026);

        List<ReviewEvent.DeadlineWarning> warnings = c.changes().events().stream().map(ReviewEvent.DeadlineWarning.class::cast).toList();
        assertThat(warnings).filteredOn(w -> w.scope() == WarningScope.CASE).map(ReviewEvent.DeadlineWarning::level)
                .containsExactly(WarningLevel.YELLOW, WarningLevel.RED);
        // the single parallel task's step deadline is the case's promised deadline: it warns alongside, naming its department
        assertThat(warnings).filteredOn(w -> w.scope() == WarningScope.STEP)
                .extracting(ReviewEvent.DeadlineWarning::level, ReviewEvent.DeadlineWarning::department)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WarningLevel.YELLOW, "MARKET"),
                        org.assertj.core.groups.Tuple.tuple(WarningLevel.RED, "MARKET"));
        assertThat(c.overdue(LocalDate.of(2026, 3, 10))).isTrue();
    }

    @Test
    void licence_numbers_have_the_item_code_the_year_and_a_six_digit_sequence() {
        assertThat(Licence.number("330100-SP-001", 2026, 7)).isEqualTo("330100-SP-001-2026-000007");
    }
}
