package org.onewindow.review.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.cases.domain.Fixtures.NOW;
import static org.onewindow.review.cases.domain.Fixtures.checker;
import static org.onewindow.review.cases.domain.Fixtures.reviewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;

/**
 * Deadlines that reach a year without a published calendar (issue 10, item 1), across the 2026 → 2027 change: the
 * shipped calendars end with 2026, so 2027 counts Monday to Friday (元旦 worked) until the catalog publishes it.
 */
class ProvisionalDeadlinesTest {

    /** 2025 and 2026 as shipped; 2027 not published. */
    static final WorkingDays WITHOUT_2027 = WorkingDays.on(OfficialCalendars.china());
    /** 2027 as the State Council publishes it (元旦 1–3 Jan, the Spring Festival 6–12 Feb with two 调休 Saturdays). */
    static final CalendarYear YEAR_2027 = new CalendarYear(2027,
            Set.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9),
                    LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11), LocalDate.of(2027, 2, 12)),
            Set.of(LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 20)), "test 2027");
    static final WorkingDays WITH_2027 = WorkingDays.on(OfficialCalendars.china().with(YEAR_2027));

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static ReviewCase acceptedOn(LocalDate on, RouteMode mode, int promised, int statutory, String... departments) {
        return ReviewCase.open(Fixtures.anOpening().route(mode, departments).implementedBy(departments[0])
                .acceptedOn(on).limits(promised, statutory).build(), WITHOUT_2027, NOW);
    }

    @Test
    void a_20_day_case_accepted_on_4_december_2026_is_due_on_new_years_day_provisionally_then_on_4_january() {
        ReviewCase c = acceptedOn(day(2026, 12, 4), RouteMode.PARALLEL, 20, 20, "MARKET");

        assertThat(c.deadlines()).isEqualTo(new CaseDeadlines(day(2027, 1, 1), day(2027, 1, 1), true));
        assertThat(c.provisionalYears()).containsExactly(2027);
        assertThat(c.stepDeadlineProvisional(c.tasks().getFirst())).isTrue();
        ReviewEvent.Opened opened = (ReviewEvent.Opened) c.changes().events().getFirst();
        assertThat(opened.deadlines().provisional()).isTrue();
        c.changes().clear();

        assertThat(c.recomputeDeadlines(2027, WITH_2027, LicenceTerms.DEFAULT, NOW)).isTrue();

        assertThat(c.deadlines()).isEqualTo(new CaseDeadlines(day(2027, 1, 4), day(2027, 1, 4), false));
        assertThat(c.tasks().getFirst().deadline()).isEqualTo(day(2027, 1, 4));
        assertThat(c.provisionalYears()).isEmpty();
        ReviewEvent.DeadlinesRecomputed recomputed = (ReviewEvent.DeadlinesRecomputed) c.changes().events().getFirst();
        assertThat(recomputed.calendarYear()).isEqualTo(2027);
        assertThat(recomputed.deadlines()).isEqualTo(c.deadlines());
        assertThat(recomputed.steps()).singleElement().satisfies(s -> {
            assertThat(s.deadline()).isEqualTo(day(2027, 1, 4));
            assertThat(s.provisional()).isFalse();
        });
        assertThat(c.changes().auditEntries().getLast().action()).isEqualTo("DEADLINES_RECOMPUTED");
        assertThat(c.changes().auditEntries().getLast().detail()).contains("2027-01-01 -> 2027-01-04");
    }

    @Test
    void publishing_again_or_a_year_the_case_does_not_reach_changes_nothing() {
        ReviewCase c = acceptedOn(day(2026, 12, 4), RouteMode.PARALLEL, 20, 20, "MARKET");
        c.recomputeDeadlines(2027, WITH_2027, LicenceTerms.DEFAULT, NOW);
        c.changes().clear();

        assertThat(c.recomputeDeadlines(2027, WITH_2027, LicenceTerms.DEFAULT, NOW)).isFalse();
        assertThat(c.changes().events()).isEmpty();
        assertThat(c.changes().auditEntries()).isEmpty();

        ReviewCase early = acceptedOn(day(2026, 11, 2), RouteMode.PARALLEL, 10, 20, "MARKET");
        early.changes().clear();
        assertThat(early.provisionalYears()).isEmpty();
        assertThat(early.recomputeDeadlines(2027, WITH_2027, LicenceTerms.DEFAULT, NOW)).isFalse();
        assertThat(early.changes().events()).isEmpty();
    }

    @Test
    void a_serial_step_due_in_december_is_exact_while_the_case_is_provisional() {
        ReviewCase c = acceptedOn(day(2026, 12, 4), RouteMode.SERIAL, 20, 20, "MARKET", "HEALTH");
        DepartmentTask first = c.tasks().getFirst();

        assertThat(first.deadline()).isEqualTo(day(2026, 12, 18)); // 10 of the 20 days, before the year changes
        assertThat(c.stepDeadlineProvisional(first)).isFalse();
        assertThat(c.deadlines().provisional()).isTrue();
    }

    @Test
    void the_licence_due_date_after_a_decision_on_24_december_counts_new_years_day_until_2027_is_published() {
        ReviewCase c = ReviewCase.open(Fixtures.anOpening().withoutTwoPersonReview().acceptedOn(day(2026, 12, 14))
                .limits(5, 20).build(), WITHOUT_2027, NOW);
        c.changes().clear();
        DepartmentTask task = c.tasks().getFirst();

        c.giveOpinion(new OpinionRequest(task.taskId(), StepKind.REVIEW, Opinion.APPROVE, List.of(), null),
                reviewer("r1", "MARKET"), NOW, day(2026, 12, 24), WITHOUT_2027, LicenceTerms.DEFAULT, () -> 7);

        // Art. 44: 10 working days after the decision: 25, 28–31 Dec, 1 Jan (worked, provisionally), 4–7 Jan
        assertThat(c.decision().licence().issueDueBy()).isEqualTo(day(2027, 1, 7));
        assertThat(c.licenceIssueDueProvisional()).isTrue();
        ReviewEvent.DecisionMade decided = c.changes().events().stream()
                .filter(ReviewEvent.DecisionMade.class::isInstance).map(ReviewEvent.DecisionMade.class::cast)
                .findFirst().orElseThrow();
        assertThat(decided.licenceIssueDueProvisional()).isTrue();
        c.changes().clear();

        assertThat(c.recomputeDeadlines(2027, WITH_2027, LicenceTerms.DEFAULT, NOW)).isTrue();

        assertThat(c.decision().licence().issueDueBy()).isEqualTo(day(2027, 1, 8));
        assertThat(c.licenceIssueDueProvisional()).isFalse();
        assertThat(((ReviewEvent.DeadlinesRecomputed) c.changes().events().getFirst()).licenceIssueDueBy())
                .isEqualTo(day(2027, 1, 8));
    }

    @Test
    void an_extension_into_2027_is_published_with_its_reason_legal_basis_and_provisional_deadline() {
        ReviewCase c = acceptedOn(day(2026, 11, 20), RouteMode.PARALLEL, 10, 20, "MARKET");
        c.changes().clear();
        assertThat(c.deadlines().provisional()).isFalse(); // 18 Dec

        c.extendStatutoryLimit(10, "需现场核查", checker("head", "MARKET"), NOW, day(2026, 12, 1), WITHOUT_2027,
                ExtensionRules.DEFAULT);

        ReviewEvent.DeadlineExtended extended = (ReviewEvent.DeadlineExtended) c.changes().events().getFirst();
        assertThat(extended.extension().reason()).isEqualTo("需现场核查");
        assertThat(extended.deadlines().statutory()).isEqualTo(day(2027, 1, 1));
        assertThat(extended.deadlines().provisional()).isTrue();
        assertThat(extended.extension().role()).isEqualTo("CHECKER");
    }

    @Test
    void a_special_procedure_is_published_when_it_stops_and_when_it_ends_with_the_new_deadlines() {
        ReviewCase c = acceptedOn(day(2026, 12, 1), RouteMode.PARALLEL, 10, 20, "MARKET");
        c.changes().clear();

        var pauseId = c.startSpecialProcedure(PauseKind.QUARANTINE, "动物检疫", 5, reviewer("r", "MARKET"), NOW,
                day(2026, 12, 2));
        ReviewEvent.ProcedurePaused paused = (ReviewEvent.ProcedurePaused) c.changes().events().getFirst();
        assertThat(paused.pause().kind()).isEqualTo(PauseKind.QUARANTINE);
        assertThat(paused.pause().kind().legalBasis()).contains("第四十五条");
        assertThat(paused.pause().expectedWorkingDays()).isEqualTo(5);
        c.changes().clear();

        c.endSpecialProcedure(pauseId, reviewer("r", "MARKET"), NOW, day(2026, 12, 9), WITHOUT_2027);

        ReviewEvent.ProcedureResumed resumed = (ReviewEvent.ProcedureResumed) c.changes().events().getFirst();
        assertThat(resumed.pause().workingDaysLost()).isEqualTo(5);
        assertThat(resumed.deadlines()).isEqualTo(c.deadlines());
        assertThat(resumed.deadlines().statutory()).isEqualTo(day(2027, 1, 5)); // 29 Dec + 5 working days (1 Jan worked)
        assertThat(resumed.deadlines().provisional()).isTrue();
    }

    @Test
    void every_procedure_of_article_45_can_stop_the_clock() {
        assertThat(PauseKind.values()).extracting(PauseKind::label)
                .contains("听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审");
        for (PauseKind kind : PauseKind.values()) {
            if (!kind.specialProcedure()) {
                continue;
            }
            ReviewCase c = acceptedOn(day(2026, 3, 2), RouteMode.PARALLEL, 10, 20, "MARKET");
            c.startSpecialProcedure(kind, "理由", null, reviewer("r", "MARKET"), NOW, day(2026, 3, 3));
            assertThat(c.openPause()).get().extracting(Pause::kind).isEqualTo(kind);
        }
    }
}
