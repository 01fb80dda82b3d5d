package org.onewindow.review.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.cases.domain.Fixtures.CALENDAR_2026;
import static org.onewindow.review.cases.domain.Fixtures.NOW;
import static org.onewindow.review.cases.domain.Fixtures.checker;
import static org.onewindow.review.cases.domain.Fixtures.reviewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The exact wording of the audit trail over a whole life cycle, every kind of entry once: operators and
 * e-supervision read these lines, so a refactoring must not change a character of them.
 */
class AuditWordingTest {

    private final Fixtures.Sequence sequence = new Fixtures.Sequence();

    private static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2026, month, dayOfMonth);
    }

    private void opinion(ReviewCase c, DepartmentTask task, ActingUser actor, StepKind step, Opinion opinion, LocalDate on,
                         String... reasons) {
        c.giveOpinion(new OpinionRequest(task.taskId(), step, opinion, List.of(reasons), null), actor, NOW, on,
                CALENDAR_2026, LicenceTerms.DEFAULT, sequence::nextValue);
    }

    /** One line per entry, ids replaced by their names so the expectation is stable. */
    private static List<String> lines(ReviewCase c, Object... namedIds) {
        return c.changes().auditEntries().stream().map(a -> {
            String line = a.actor().userId() + " | " + a.actor().role() + " | " + a.actor().onBehalfOf() + " | " + a.action()
                    + " | " + a.detail();
            for (int i = 0; i < namedIds.length; i += 2) {
                line = line.replace(String.valueOf(namedIds[i + 1]), (String) namedIds[i]);
            }
            return line;
        }).toList();
    }

    @Test
    void a_rejected_serial_case_with_deputy_pauses_supplement_and_extension_is_audited_word_for_word() {
        ReviewCase c = ReviewCase.open(Fixtures.accepted(RouteMode.SERIAL, "MARKET", "HEALTH"), CALENDAR_2026, NOW);
        DepartmentTask market = c.tasks().get(0);
        DepartmentTask health = c.tasks().get(1);
        ActingUser agent = new ActingUser("agent-1", "agent", Set.of("REVIEWER"), "MARKET", "holder-a");

        c.assignDeputy(market.taskId(), "deputy-b", StaffMember.of("deputy-b", "MARKET", "REVIEWER"), agent, NOW);
        UUID hearing = c.startSpecialProcedure(PauseKind.HEARING, "听证", checker("k-m", "MARKET"), NOW, day(3, 3));
        c.endSpecialProcedure(hearing, checker("k-m", "MARKET"), NOW, day(3, 5), CALENDAR_2026);
        UUID supplement = c.requestSupplement(market.taskId(), List.of(new SupplementMaterial("M01", "营业执照", null),
                new SupplementMaterial("M02", "场所证明", "不清晰")), reviewer("r-m", "MARKET"), NOW, day(3, 5));
        c.supplementReceived(supplement, day(3, 9), NOW, CALENDAR_2026);
        c.extendStatutoryLimit(5, "现场核查", checker("head-m", "MARKET"), NOW, day(3, 10), CALENDAR_2026, ExtensionRules.DEFAULT);
        opinion(c, market, reviewer("deputy-b", "MARKET"), StepKind.REVIEW, Opinion.APPROVE, day(3, 10));
        opinion(c, market, checker("k-m", "MARKET"), StepKind.CHECK, Opinion.APPROVE, day(3, 11));
        opinion(c, health, reviewer("r-h", "HEALTH"), StepKind.REVIEW, Opinion.REJECT, day(3, 12), "不符合条件", "材料不全");

        assertThat(lines(c, "<market>", market.taskId(), "<health>", health.taskId(), "<hearing>", hearing)).containsExactly(
                "system | SYSTEM | null | CASE_OPENED | SERIAL route [MARKET, HEALTH], promised 2026-03-16, statutory 2026-03-30",
                "agent-1 | REVIEWER | holder-a | DEPUTY_ASSIGNED | task <market> (MARKET) to deputy deputy-b",
                "k-m | CHECKER | null | CLOCK_PAUSED | HEARING (pause <hearing>): 听证",
                "k-m | CHECKER | null | CLOCK_RESUMED | HEARING: 2 working days paused; promised 2026-03-16 -> 2026-03-18, statutory 2026-03-30 -> 2026-04-01",
                "r-m | REVIEWER | null | CLOCK_PAUSED | supplement requested by MARKET: [M01, M02]",
                "system | SYSTEM | null | CLOCK_RESUMED | SUPPLEMENT: 2 working days paused; promised 2026-03-18 -> 2026-03-20, statutory 2026-04-01 -> 2026-04-03",
                "head-m | CHECKER | null | STATUTORY_EXTENDED | +5 working days: 现场核查; statutory 2026-04-03 -> 2026-04-13",
                "deputy-b | REVIEWER | null | REVIEW_APPROVE | task <market> (MARKET)",
                "k-m | CHECKER | null | CHECK_APPROVE | task <market> (MARKET)",
                "system | SYSTEM | null | TASK_OPENED | task <health> (HEALTH) after serial approval, due 2026-03-18",
                "r-h | REVIEWER | null | REVIEW_REJECT | task <health> (HEALTH): 不符合条件; 材料不全",
                "system | SYSTEM | null | DECIDED_REJECTED | 不符合条件; 材料不全");
    }

    @Test
    void an_approved_case_and_a_licence_action_are_audited_word_for_word() {
        ReviewCase c = ReviewCase.open(Fixtures.accepted(RouteMode.PARALLEL, "MARKET"), CALENDAR_2026, NOW);
        DepartmentTask market = c.tasks().getFirst();
        opinion(c, market, reviewer("r-m", "MARKET"), StepKind.REVIEW, Opinion.APPROVE, day(3, 3));
        opinion(c, market, checker("k-m", "MARKET"), StepKind.CHECK, Opinion.APPROVE, day(3, 4));
        c.licenceActionTaken(LicenceStatus.SUSPENDED, "supervisor-1", "整改期间暂停", NOW);

        assertThat(lines(c, "<market>", market.taskId())).containsExactly(
                "system | SYSTEM | null | CASE_OPENED | PARALLEL route [MARKET], promised 2026-03-16, statutory 2026-03-30",
                "r-m | REVIEWER | null | REVIEW_APPROVE | task <market> (MARKET)",
                "k-m | CHECKER | null | CHECK_APPROVE | task <market> (MARKET)",
                "system | SYSTEM | null | DECIDED_APPROVED | licence 330100-SP-001-2026-000042",
                "supervisor-1 | SUPERVISOR | null | LICENCE_SUSPENDED | 整改期间暂停");
    }
}
