package org.onewindow.review.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.review.cases.domain.Fixtures.CALENDAR_2026;
import static org.onewindow.review.cases.domain.Fixtures.NOW;
import static org.onewindow.review.cases.domain.Fixtures.checker;
import static org.onewindow.review.cases.domain.Fixtures.refusalOf;
import static org.onewindow.review.cases.domain.Fixtures.reviewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Joint handling from the catalog (Art. 26, 42: 统一办理/联合办理/集中办理, +15 approved by the head of the government)
 * and the limit of supplement requests after acceptance (issue 10, items 3 and 8).
 */
class JointHandlingAndLimitsTest {

    private static final LocalDate MAR_4 = LocalDate.of(2026, 3, 4);
    private static final List<SupplementMaterial> PLAN = List.of(new SupplementMaterial("M03", "平面图", "需标明面积"));

    private static ReviewCase jointCase() {
        ReviewCase c = ReviewCase.open(Fixtures.anOpening().route(RouteMode.PARALLEL, "MARKET", "HEALTH")
                .limits(20, 45).joint(JointHandling.CENTRALISED).build(), CALENDAR_2026, NOW);
        c.changes().clear();
        return c;
    }

    @Test
    void a_jointly_handled_case_is_extended_by_the_government_head_not_by_a_departments_checker() {
        ReviewCase c = jointCase();

        Refusal byChecker = refusalOf(() -> c.extendStatutoryLimit(15, "联合踏勘", checker("k", "MARKET"), NOW, MAR_4,
                CALENDAR_2026, ExtensionRules.DEFAULT));
        assertThat(byChecker.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(byChecker.rule()).isEqualTo("review.role-required");
        assertThat(byChecker.message()).contains("GOVERNMENT_HEAD", "CENTRALISED");

        StatutoryExtension granted = c.extendStatutoryLimit(15, "联合踏勘", Fixtures.governmentHead("gov-1"), NOW, MAR_4,
                CALENDAR_2026, ExtensionRules.DEFAULT);

        assertThat(granted.role()).isEqualTo("GOVERNMENT_HEAD");
        assertThat(granted.approvedBy()).isEqualTo("gov-1");
        assertThat(c.changes().events()).singleElement().isInstanceOf(ReviewEvent.DeadlineExtended.class);
    }

    @Test
    void a_government_head_cannot_extend_a_case_of_one_department() {
        ReviewCase single = Fixtures.openCase(RouteMode.PARALLEL, "MARKET", "HEALTH"); // two departments, not joint

        assertThat(refusalOf(() -> single.extendStatutoryLimit(5, "r", Fixtures.governmentHead("gov-1"), NOW, MAR_4,
                CALENDAR_2026, ExtensionRules.DEFAULT)).rule()).isEqualTo("review.wrong-department");
        assertThat(refusalOf(() -> single.extendStatutoryLimit(15, "r", checker("k", "MARKET"), NOW, MAR_4,
                CALENDAR_2026, ExtensionRules.DEFAULT)).rule()).isEqualTo("review.extension-limit");
    }

    @Test
    void a_task_asks_for_a_supplement_once_after_acceptance_unless_a_checker_approves_another() {
        ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET");
        UUID task = c.tasks().getFirst().taskId();
        UUID first = c.requestSupplement(task, PLAN, reviewer("r", "MARKET"), NOW, MAR_4, 1);
        c.supplementReceived(first, MAR_4.plusDays(1), NOW, CALENDAR_2026);

        Refusal second = refusalOf(() -> c.requestSupplement(task, PLAN, reviewer("r", "MARKET"), NOW,
                MAR_4.plusDays(2), 1));

        assertThat(second.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(second.rule()).isEqualTo("review.supplement-limit");
        assertThat(second.message()).contains("at most 1", "CHECKER of MARKET");
        assertThat(c.supplementRequestsOf(task)).isEqualTo(1);

        UUID approved = c.requestSupplement(task, PLAN, checker("k", "MARKET"), NOW, MAR_4.plusDays(2), 1);

        assertThat(approved).isNotEqualTo(first);
        assertThat(c.supplementRequestsOf(task)).isEqualTo(2);
        assertThat(c.changes().auditEntries().getLast().detail()).contains("approved by the checker");
    }

    @Test
    void a_checker_may_not_make_the_first_request_and_the_limit_is_configurable() {
        ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET");
        UUID task = c.tasks().getFirst().taskId();

        assertThat(refusalOf(() -> c.requestSupplement(task, PLAN, checker("k", "MARKET"), NOW, MAR_4, 1)).rule())
                .isEqualTo("review.role-required");

        UUID first = c.requestSupplement(task, PLAN, reviewer("r", "MARKET"), NOW, MAR_4, 2);
        c.supplementReceived(first, MAR_4, NOW, CALENDAR_2026);
        UUID second = c.requestSupplement(task, PLAN, reviewer("r", "MARKET"), NOW, MAR_4, 2);
        assertThat(second).isNotNull();
    }

    @Test
    void a_reviewer_who_is_also_a_checker_may_send_the_extra_request() {
        ReviewCase c = Fixtures.openCase(RouteMode.PARALLEL, "MARKET");
        UUID task = c.tasks().getFirst().taskId();
        c.supplementReceived(c.requestSupplement(task, PLAN, reviewer("r", "MARKET"), NOW, MAR_4, 1), MAR_4, NOW,
                CALENDAR_2026);
        ActingUser both = new ActingUser("rk", "rk", Set.of("REVIEWER", "CHECKER"), "MARKET", null);

        assertThat(c.requestSupplement(task, PLAN, both, NOW, MAR_4, 1)).isNotNull();
    }
}
