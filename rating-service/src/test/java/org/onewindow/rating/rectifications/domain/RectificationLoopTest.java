package org.onewindow.rating.rectifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.rating.ratings.domain.RatingBuilder.aRating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.clock.CalendarYear;
import org.onewindow.platform.clock.OfficialCalendars;
import org.onewindow.platform.clock.WorkingDays;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.rating.ratings.domain.Level;

/** Every transition of the rectification loop, legal and illegal, its due dates and its overdue warnings. */
class RectificationLoopTest {

    static final WorkingDays CHINA = WorkingDays.on(OfficialCalendars.china());
    static final RectificationTerms TERMS = RectificationTerms.defaults();
    static final AuditActor SUPERVISOR = new AuditActor("supervisor.market", "孙伟", "SUPERVISOR", null, null);
    static final AuditActor MONITOR = new AuditActor("monitor", "钱进", "MONITOR", null, null);
    /** Mon 2026-03-02 10:00 in China: the default rating time of {@code aRating()}. */
    static final OffsetDateTime RATED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

    static Rectification opened() {
        return opened(RATED, CHINA);
    }

    static Rectification opened(OffsetDateTime ratedAt, WorkingDays calendar) {
        Rectification r = Rectification.openFor(aRating().level(Level.DISSATISFIED).ratedAt(ratedAt).build(), TERMS,
                calendar, UUID.randomUUID());
        r.changes().clear();
        return r;
    }

    static OffsetDateTime day(int n) {
        return RATED.plusDays(n);
    }

    // --- the ways through the loop ---------------------------------------------------------------------------

    @Test
    void a_founded_complaint_is_rectified_followed_up_and_closed_as_rectified() {
        Rectification r = opened();
        assertThat(r.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(r.stepDueOn()).as("verification: 5 working days after the rating day").isEqualTo("2026-03-09");
        assertThat(r.dueOn()).as("rectification: 15 working days after the rating day").isEqualTo("2026-03-23");

        r.verify(true, "窗口未一次性告知，属实", SUPERVISOR, day(1), TERMS, CHINA);
        assertThat(r.status()).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(r.founded()).isTrue();
        assertThat(r.stepDueOn()).as("the time to rectify runs from the rating day").isEqualTo("2026-03-23");

        r.rectify("已对窗口人员培训并公示材料清单", SUPERVISOR, day(3), TERMS, CHINA);
        assertThat(r.status()).isEqualTo(RectificationStatus.RECTIFIED);
        assertThat(r.stepDueOn()).as("follow-up call: 5 working days after Thu 5 March").isEqualTo("2026-03-12");

        r.followUp(true, "申请人表示满意", SUPERVISOR, day(4), TERMS, CHINA);
        assertThat(r.status()).isEqualTo(RectificationStatus.FOLLOWED_UP);
        assertThat(r.stepDueOn()).as("closing: 3 working days after Fri 6 March").isEqualTo("2026-03-11");

        r.close(SUPERVISOR, day(5));
        assertThat(r.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(r.outcome()).isEqualTo(RectificationOutcome.RECTIFIED);
        assertThat(r.stepDueOn()).isNull();
        assertThat(r.closedAt()).isEqualTo(day(5));
        assertThat(r.changes().events()).extracting(e -> ((RectificationEvent.Progressed) e).step())
                .containsExactly(RectificationStep.VERIFIED, RectificationStep.RECTIFIED, RectificationStep.FOLLOWED_UP,
                        RectificationStep.CLOSED);
        assertThat(r.changes().auditEntries()).extracting(line -> line.action()).containsExactly(
                "RECTIFICATION_VERIFIED", "RECTIFICATION_RECTIFIED", "RECTIFICATION_FOLLOWED_UP",
                "RECTIFICATION_CLOSED");
        assertThat(r.changes().auditEntries()).allSatisfy(line -> assertThat(line.actor()).isEqualTo(SUPERVISOR));
    }

    @Test
    void an_unfounded_complaint_closes_with_its_reason() {
        Rectification r = opened();

        r.verify(false, "经调取录像，窗口已一次性告知", SUPERVISOR, day(1), TERMS, CHINA);

        assertThat(r.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(r.outcome()).isEqualTo(RectificationOutcome.UNFOUNDED);
        assertThat(r.verification()).isEqualTo("经调取录像，窗口已一次性告知");
        assertThat(r.changes().events()).singleElement().satisfies(e -> {
            RectificationEvent.Progressed p = (RectificationEvent.Progressed) e;
            assertThat(p.step()).isEqualTo(RectificationStep.VERIFIED);
            assertThat(p.status()).isEqualTo(RectificationStatus.CLOSED);
            assertThat(p.verdict()).isFalse();
        });
    }

    @Test
    void an_unsatisfied_applicant_reopens_it_with_a_fresh_time_to_rectify() {
        Rectification r = opened();
        r.verify(true, "属实", SUPERVISOR, day(1), TERMS, CHINA);
        r.rectify("已整改", SUPERVISOR, day(2), TERMS, CHINA);

        r.followUp(false, "申请人仍不满意：材料清单未更新", SUPERVISOR, day(3), TERMS, CHINA);

        assertThat(r.status()).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(r.reopenings()).isEqualTo(1);
        assertThat(r.satisfied()).isFalse();
        assertThat(r.stepDueOn()).as("15 working days after Thu 5 March").isEqualTo("2026-03-26").isEqualTo(r.dueOn());
    }

    @Test
    void an_upheld_appeal_closes_it_as_unfounded() {
        Rectification r = opened();
        r.appeal("申请人材料不全，依法不予受理", SUPERVISOR, day(1), TERMS, CHINA);
        assertThat(r.status()).isEqualTo(RectificationStatus.APPEALED);
        assertThat(r.appealedFrom()).isEqualTo(RectificationStatus.OPEN);
        assertThat(r.stepDueOn()).as("decision: 5 working days after Tue 3 March").isEqualTo("2026-03-10");

        r.decideAppeal(true, "申诉成立", MONITOR, day(2), TERMS, CHINA);

        assertThat(r.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(r.outcome()).isEqualTo(RectificationOutcome.APPEAL_UPHELD);
        assertThat(r.appealUpheld()).isTrue();
        assertThat(r.changes().auditEntries()).last().satisfies(line -> assertThat(line.actor()).isEqualTo(MONITOR));
    }

    @Test
    void a_rejected_appeal_goes_back_to_the_step_it_came_from_with_that_steps_time_afresh() {
        Rectification fromOpen = opened();
        fromOpen.appeal("理由", SUPERVISOR, day(1), TERMS, CHINA);
        fromOpen.decideAppeal(false, "申诉不成立", MONITOR, day(2), TERMS, CHINA);
        assertThat(fromOpen.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(fromOpen.stepDueOn()).as("5 working days after Wed 4 March").isEqualTo("2026-03-11");
        assertThat(fromOpen.appealUpheld()).isFalse();

        Rectification fromVerified = opened();
        fromVerified.verify(true, "属实", SUPERVISOR, day(1), TERMS, CHINA);
        fromVerified.appeal("理由", SUPERVISOR, day(2), TERMS, CHINA);
        fromVerified.decideAppeal(false, "申诉不成立", MONITOR, day(3), TERMS, CHINA);
        assertThat(fromVerified.status()).isEqualTo(RectificationStatus.VERIFIED);
        assertThat(fromVerified.stepDueOn()).as("15 working days after Thu 5 March").isEqualTo("2026-03-26")
                .isEqualTo(fromVerified.dueOn());
    }

    // --- every illegal transition ---------------------------------------------------------------------------

    enum Cmd {
        VERIFY(Set.of(RectificationStatus.OPEN), "rectification.verify-needs-open"),
        RECTIFY(Set.of(RectificationStatus.VERIFIED), "rectification.rectify-needs-verified"),
        FOLLOW_UP(Set.of(RectificationStatus.RECTIFIED), "rectification.follow-up-needs-rectified"),
        CLOSE(Set.of(RectificationStatus.FOLLOWED_UP), "rectification.close-needs-followed-up"),
        APPEAL(Set.of(RectificationStatus.OPEN, RectificationStatus.VERIFIED),
                "rectification.appeal-needs-open-or-verified"),
        DECIDE(Set.of(RectificationStatus.APPEALED), "rectification.decision-needs-appealed");

        final Set<RectificationStatus> legalIn;
        final String rule;

        Cmd(Set<RectificationStatus> legalIn, String rule) {
            this.legalIn = legalIn;
            this.rule = rule;
        }

        void run(Rectification r) {
            OffsetDateTime at = day(20);
            switch (this) {
                case VERIFY -> r.verify(true, "x", SUPERVISOR, at, TERMS, CHINA);
                case RECTIFY -> r.rectify("x", SUPERVISOR, at, TERMS, CHINA);
                case FOLLOW_UP -> r.followUp(true, "x", SUPERVISOR, at, TERMS, CHINA);
                case CLOSE -> r.close(SUPERVISOR, at);
                case APPEAL -> r.appeal("x", SUPERVISOR, at, TERMS, CHINA);
                case DECIDE -> r.decideAppeal(true, "x", MONITOR, at, TERMS, CHINA);
            }
        }
    }

    /** How a test reaches each status (CLOSED along the whole loop, never appealed). */
    static final Map<RectificationStatus, List<Cmd>> PATHS = Map.of(
            RectificationStatus.OPEN, List.of(),
            RectificationStatus.VERIFIED, List.of(Cmd.VERIFY),
            RectificationStatus.RECTIFIED, List.of(Cmd.VERIFY, Cmd.RECTIFY),
            RectificationStatus.FOLLOWED_UP, List.of(Cmd.VERIFY, Cmd.RECTIFY, Cmd.FOLLOW_UP),
            RectificationStatus.APPEALED, List.of(Cmd.APPEAL),
            RectificationStatus.CLOSED, List.of(Cmd.VERIFY, Cmd.RECTIFY, Cmd.FOLLOW_UP, Cmd.CLOSE));

    static Stream<Arguments> illegalTransitions() {
        List<Arguments> cases = new ArrayList<>();
        for (RectificationStatus status : RectificationStatus.values()) {
            for (Cmd cmd : Cmd.values()) {
                if (!cmd.legalIn.contains(status)) {
                    String rule = cmd == Cmd.APPEAL && status == RectificationStatus.APPEALED
                            ? "rectification.already-appealed" : cmd.rule;
                    cases.add(Arguments.of(status, cmd, rule));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in {0} -> 409 {2}")
    @MethodSource("illegalTransitions")
    void an_illegal_transition_is_a_conflict_naming_the_rule_and_changes_nothing(RectificationStatus status, Cmd cmd,
                                                                               String rule) {
        Rectification r = opened();
        PATHS.get(status).forEach(step -> step.run(r));
        assertThat(r.status()).isEqualTo(status);
        r.changes().clear();
        int step = r.step();

        assertThatThrownBy(() -> cmd.run(r)).isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).rule()).isEqualTo(rule));
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.step()).isEqualTo(step);
        assertThat(r.changes().isEmpty()).isTrue();
    }

    @Test
    void a_department_appeals_a_bad_rating_once() {
        Rectification r = opened();
        r.appeal("理由", SUPERVISOR, day(1), TERMS, CHINA);
        r.decideAppeal(false, "不成立", MONITOR, day(2), TERMS, CHINA);

        assertThatThrownBy(() -> r.appeal("再次申诉", SUPERVISOR, day(3), TERMS, CHINA))
                .isInstanceOf(StateConflict.class)
                .satisfies(e -> assertThat(((StateConflict) e).rule()).isEqualTo("rectification.already-appealed"));
    }

    @Test
    void every_legal_transition_is_covered_by_the_paths_above() {
        // the legal (status, command) pairs the tests above take: each is reached at least once
        for (Cmd cmd : Cmd.values()) {
            for (RectificationStatus status : cmd.legalIn) {
                Rectification r = opened();
                PATHS.get(status).forEach(step -> step.run(r));
                cmd.run(r);
                assertThat(r.step()).as(cmd + " in " + status).isEqualTo(PATHS.get(status).size() + 1);
            }
        }
    }

    // --- rules on the input and the actor ---------------------------------------------------------------------

    @Test
    void only_the_rated_department_handles_it() {
        Rectification r = opened();
        r.requireHandledBy("MARKET");
        for (String other : new String[] {"HEALTH", null}) {
            assertThatThrownBy(() -> r.requireHandledBy(other)).isInstanceOf(NotPermitted.class)
                    .satisfies(e -> assertThat(((NotPermitted) e).rule()).isEqualTo("rectification.other-department"));
        }
    }

    @Test
    void a_step_without_its_text_is_refused_naming_the_field_and_the_text_is_masked() {
        Rectification r = opened();
        assertThatThrownBy(() -> r.verify(true, " ", SUPERVISOR, day(1), TERMS, CHINA))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).first().field()).isEqualTo("reason");
                    assertThat(((RuleViolation) e).first().rule()).isEqualTo("rectification.reason-required");
                });
        assertThat(r.status()).isEqualTo(RectificationStatus.OPEN);

        r.verify(true, "已电话联系申请人 13987654321 核实", SUPERVISOR, day(1), TERMS, CHINA);
        assertThat(r.verification()).doesNotContain("13987654321").contains("139");
    }

    // --- the overdue watch ------------------------------------------------------------------------------------

    @Test
    void an_overdue_step_is_warned_of_once_and_the_next_step_again() {
        Rectification r = opened(); // verification due Mon 2026-03-09
        OffsetDateTime now = OffsetDateTime.parse("2026-03-10T09:00:00+08:00");

        assertThat(r.warnIfOverdue(LocalDate.parse("2026-03-09"), now)).as("on the due day").isFalse();
        assertThat(r.overdueUnwarned(LocalDate.parse("2026-03-10"))).isTrue();
        assertThat(r.warnIfOverdue(LocalDate.parse("2026-03-10"), now)).isTrue();
        assertThat(r.warnIfOverdue(LocalDate.parse("2026-03-11"), now)).as("same step, again").isFalse();
        assertThat(r.overdueUnwarned(LocalDate.parse("2026-03-11"))).isFalse();
        assertThat(r.changes().events()).singleElement().isEqualTo(
                new RectificationEvent.Overdue(r, RectificationStatus.OPEN, LocalDate.parse("2026-03-09"), now));
        assertThat(r.changes().auditEntries()).singleElement()
                .satisfies(line -> assertThat(line.action()).isEqualTo("RECTIFICATION_OVERDUE"));

        r.verify(true, "属实", SUPERVISOR, now, TERMS, CHINA); // rectification due Mon 2026-03-23
        assertThat(r.warnIfOverdue(LocalDate.parse("2026-03-23"), now)).isFalse();
        assertThat(r.warnIfOverdue(LocalDate.parse("2026-03-24"), now)).as("the next step").isTrue();
        assertThat(r.overdueSteps()).isEqualTo(2);
    }

    @Test
    void a_closed_rectification_is_never_overdue() {
        Rectification r = opened();
        r.verify(false, "不属实", SUPERVISOR, day(1), TERMS, CHINA);

        assertThat(r.warnIfOverdue(LocalDate.parse("2027-06-01"), day(400))).isFalse();
        assertThat(r.overdueSteps()).isZero();
    }

    // --- due dates across the 2026 -> 2027 year change --------------------------------------------------------

    /** 2027 as a test publishes it: 元旦 on Fri 1 January (the shipped calendars stop at 2026). */
    static final WorkingDays WITH_2027 = WorkingDays.on(OfficialCalendars.china().with(new CalendarYear(2027,
            Set.of(LocalDate.parse("2027-01-01")), Set.of(), "test 2027")));

    @Test
    void due_dates_cross_into_2027_on_its_published_calendar_and_weekdays_without_one() {
        OffsetDateTime ratedAt = OffsetDateTime.parse("2026-12-24T15:00:00+08:00"); // Thu

        Rectification published = opened(ratedAt, WITH_2027);
        assertThat(published.stepDueOn()).as("verify: 25, 28, 29, 30, 31 Dec").isEqualTo("2026-12-31");
        assertThat(published.dueOn()).as("rectify: 5 in 2026, 元旦 off, then 4-8 and 11-15 Jan").isEqualTo("2027-01-15");

        Rectification unpublished = opened(ratedAt, CHINA);
        assertThat(unpublished.dueOn()).as("2027 without a calendar counts 1 January").isEqualTo("2027-01-14");

        published.verify(true, "属实", SUPERVISOR, ratedAt.plusDays(5), TERMS, WITH_2027);
        published.rectify("已整改", SUPERVISOR, OffsetDateTime.parse("2026-12-30T10:00:00+08:00"), TERMS, WITH_2027);
        assertThat(published.stepDueOn()).as("follow-up: 31 Dec, then 4-7 Jan").isEqualTo("2027-01-07");
        published.followUp(true, "满意", SUPERVISOR, OffsetDateTime.parse("2026-12-31T16:00:00+08:00"), TERMS, WITH_2027);
        assertThat(published.stepDueOn()).as("close: 4, 5, 6 Jan").isEqualTo("2027-01-06");

        assertThat(published.warnIfOverdue(LocalDate.parse("2027-01-06"), ratedAt)).isFalse();
        assertThat(published.warnIfOverdue(LocalDate.parse("2027-01-07"), ratedAt)).isTrue();
    }

    @Test
    void a_utc_evening_step_counts_from_the_next_day_in_china() {
        Rectification r = opened();
        r.verify(true, "属实", SUPERVISOR, day(1), TERMS, CHINA);
        // 2026-12-31T17:00Z is 2027-01-01 01:00 in China: the follow-up call counts from 元旦
        r.rectify("已整改", SUPERVISOR, OffsetDateTime.parse("2026-12-31T17:00:00Z"), TERMS, WITH_2027);

        assertThat(r.stepDueOn()).as("4-8 Jan").isEqualTo("2027-01-08");
    }

    @Test
    void step_terms_refuse_a_step_without_a_working_day() {
        assertThatThrownBy(() -> new RectificationTerms(15, 0, 5, 3, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RectificationTerms(7)).isEqualTo(new RectificationTerms(7, 5, 5, 3, 5));
    }
}
