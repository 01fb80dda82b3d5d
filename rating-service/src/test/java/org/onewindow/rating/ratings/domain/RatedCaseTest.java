package org.onewindow.rating.ratings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.rating.ratings.domain.RatedCaseBuilder.aCase;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;
import org.onewindow.platform.kernel.UserId;

class RatedCaseTest {

    static final OffsetDateTime ACCEPTED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
    static final OffsetDateTime DELIVERED = OffsetDateTime.parse("2026-03-20T15:00:00+08:00");
    static final RatingWindow WINDOW = new RatingWindow(30);

    static RatedCase acceptedAndDelivered() {
        return aCase().applicant("applicant-1").agent("agent-7").acceptedAt(ACCEPTED).deliveredAt(DELIVERED).build();
    }

    static RatingRequest request(String user, Stage stage, Level level) {
        return new RatingRequest(UserId.of(user), user, stage, level, null);
    }

    @Test
    void the_applicant_rates_a_reached_stage_inside_the_window() {
        Rating rating = acceptedAndDelivered().rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED),
                WINDOW, UUID.randomUUID(), DELIVERED.plusDays(3));

        assertThat(rating.raterRole()).isEqualTo(RaterRole.APPLICANT);
        assertThat(rating.onBehalfOf()).isNull();
        assertThat(rating.bad()).isFalse();
        assertThat(rating.implementingDepartment().value()).isEqualTo("MARKET");
    }

    @Test
    void the_agent_rates_for_the_applicant_and_the_rating_says_for_whom() {
        Rating rating = acceptedAndDelivered().rate(request("agent-7", Stage.ACCEPTANCE, Level.DISSATISFIED),
                WINDOW, UUID.randomUUID(), ACCEPTED.plusHours(1));

        assertThat(rating.raterRole()).isEqualTo(RaterRole.AGENT);
        assertThat(rating.onBehalfOf()).isEqualTo(UserId.of("applicant-1"));
        assertThat(rating.bad()).isTrue();
    }

    @Test
    void a_second_rating_of_the_same_stage_is_refused() {
        RatedCase ratedOnce = aCase().applicant("applicant-1").acceptedAt(ACCEPTED).deliveredAt(DELIVERED)
                .ratedAt(Stage.COMPLETION).build();

        assertThatThrownBy(() -> ratedOnce.rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED),
                WINDOW, UUID.randomUUID(), DELIVERED.plusDays(1)))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("rating.already-rated"));
    }

    @Test
    void the_other_stage_can_still_be_rated_once() {
        RatedCase completionRated = aCase().applicant("applicant-1").acceptedAt(ACCEPTED).deliveredAt(DELIVERED)
                .ratedAt(Stage.COMPLETION).build();

        Rating rating = completionRated.rate(request("applicant-1", Stage.ACCEPTANCE, Level.VERY_SATISFIED),
                WINDOW, UUID.randomUUID(), ACCEPTED.plusDays(29));

        assertThat(rating.stage()).isEqualTo(Stage.ACCEPTANCE);
        assertThat(completionRated.ratedStages()).containsExactlyInAnyOrder(Stage.ACCEPTANCE, Stage.COMPLETION);
    }

    @Test
    void a_stage_the_case_has_not_reached_cannot_be_rated() {
        RatedCase onlyAccepted = aCase().number("C3301-2").applicant("applicant-1").acceptedAt(ACCEPTED).build();

        assertThatThrownBy(() -> onlyAccepted.rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED),
                WINDOW, UUID.randomUUID(), ACCEPTED.plusDays(1)))
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.rule()).isEqualTo("rating.stage-not-reached");
                    assertThat(e.getMessage()).contains("only [ACCEPTANCE]");
                });
    }

    @Test
    void the_window_closes_thirty_calendar_days_after_the_stage_opened() {
        RatingRequest rating = request("applicant-1", Stage.COMPLETION, Level.SATISFIED);

        assertThat(acceptedAndDelivered().rate(rating, WINDOW, UUID.randomUUID(), DELIVERED.plusDays(30).minusSeconds(1)))
                .isNotNull();
        assertThatThrownBy(() -> acceptedAndDelivered().rate(rating, WINDOW, UUID.randomUUID(), DELIVERED.plusDays(30)))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("rating.window-closed"));
    }

    @Test
    void a_shorter_local_window_is_honoured() {
        assertThatThrownBy(() -> acceptedAndDelivered().rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED),
                new RatingWindow(7), UUID.randomUUID(), DELIVERED.plusDays(8)))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("rating.window-closed"));
    }

    @Test
    void someone_who_is_neither_applicant_nor_agent_may_not_rate() {
        assertThatThrownBy(() -> acceptedAndDelivered().rate(request("neighbour", Stage.COMPLETION, Level.VERY_DISSATISFIED),
                WINDOW, UUID.randomUUID(), DELIVERED.plusDays(1)))
                .isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.rule()).isEqualTo("rating.not-applicant"));
    }

    @Test
    void without_an_applicant_account_only_the_agent_may_rate() {
        RatedCase noAccount = aCase().number("C3301-3").agent("agent-7").acceptedAt(ACCEPTED).build();

        assertThat(noAccount.mayRate(UserId.of("agent-7"))).isTrue();
        assertThat(noAccount.mayRate(null)).isFalse();
        assertThatThrownBy(() -> noAccount.roleOf(null)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void personal_data_in_the_comment_is_masked_and_a_blank_comment_is_none() {
        Rating rating = acceptedAndDelivered().rate(new RatingRequest(UserId.of("applicant-1"), "张三", Stage.COMPLETION,
                        Level.DISSATISFIED, "  工作人员让我反复跑，电话13812345678，身份证330102199001011234  "), WINDOW,
                UUID.randomUUID(), DELIVERED.plusDays(1));

        assertThat(rating.comment()).doesNotContain("13812345678", "330102199001011234")
                .contains("138****5678", "330***********1234").startsWith("工作人员");
        assertThat(RatingComment.clean("   ")).isNull();
    }

    @Test
    void a_comment_longer_than_500_characters_is_refused_naming_the_field() {
        assertThatThrownBy(() -> RatingComment.clean("差".repeat(501)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.first().field()).isEqualTo("comment");
                    assertThat(e.first().rule()).isEqualTo("rating.comment-too-long");
                });
        assertThat(RatingComment.clean("好".repeat(500))).hasSize(500);
    }

    @Test
    void only_the_last_two_levels_are_bad_and_only_the_top_two_count_as_satisfied() {
        assertThat(java.util.Arrays.stream(Level.values()).filter(Level::bad))
                .containsExactly(Level.DISSATISFIED, Level.VERY_DISSATISFIED);
        assertThat(java.util.Arrays.stream(Level.values()).filter(Level::satisfied))
                .containsExactly(Level.VERY_SATISFIED, Level.SATISFIED);
    }

    // ---- issue 8: what a command records for the command path

    @Test
    void a_rating_registers_its_event_and_an_audit_line_naming_the_rater_and_for_whom() {
        RatedCase ratedCase = acceptedAndDelivered();

        Rating rating = ratedCase.rate(new RatingRequest(UserId.of("agent-7"), "李代办", Stage.ACCEPTANCE,
                Level.SATISFIED, null), WINDOW, UUID.randomUUID(), ACCEPTED.plusHours(2));

        assertThat(ratedCase.changes().events()).containsExactly(new RatingEvent.Rated(rating));
        assertThat(ratedCase.changes().auditEntries()).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("RATED");
            assertThat(line.detail()).isEqualTo("ACCEPTANCE SATISFIED");
            assertThat(line.at()).isEqualTo(ACCEPTED.plusHours(2).toInstant());
            assertThat(line.actor()).isEqualTo(new AuditActor("agent-7", "李代办", "AGENT", "applicant-1", "agent-7"));
        });
    }

    @Test
    void a_refused_rating_records_nothing() {
        RatedCase ratedCase = aCase().applicant("applicant-1").acceptedAt(ACCEPTED).build();

        assertThatThrownBy(() -> ratedCase.rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED), WINDOW,
                UUID.randomUUID(), ACCEPTED.plusDays(1))).isInstanceOf(StateConflict.class);

        assertThat(ratedCase.changes().isEmpty()).isTrue();
        assertThat(ratedCase.ratedStages()).isEmpty();
    }

    @Test
    void a_stage_opens_once_with_one_audit_line_by_the_system_and_a_repeated_fact_changes_nothing() {
        RatedCaseBuilder fromIntake = aCase().applicant("applicant-1");
        Instant now = Instant.parse("2026-03-20T07:00:00Z");
        RatedCase ratedCase = RatedCase.firstSeen(fromIntake.facts(), now);

        ratedCase.reached(fromIntake.facts(), Stage.COMPLETION, DELIVERED, "intake.ResultDelivered", now);
        assertThat(ratedCase.changes().auditEntries()).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STAGE_OPENED", "COMPLETION opened by intake.ResultDelivered"));
        assertThat(ratedCase.changes().auditEntries().getFirst().actor().principal()).isEqualTo("system:rating");
        assertThat(ratedCase.changes().events()).isEmpty();
        ratedCase.changes().clear();

        ratedCase.reached(fromIntake.facts(), Stage.COMPLETION, DELIVERED.plusDays(9), "intake.ResultDelivered", now);

        assertThat(ratedCase.changes().isEmpty()).isTrue();
        assertThat(ratedCase.openedStages()).containsEntry(Stage.COMPLETION, DELIVERED);
    }

    @Test
    void a_later_event_fills_in_who_may_rate_but_never_replaces_it() {
        RatedCase withoutAgent = aCase().applicant("applicant-1").acceptedAt(ACCEPTED).build();

        withoutAgent.reached(aCase().applicant("someone-else").agent("agent-7").facts(), Stage.ACCEPTANCE, ACCEPTED,
                "intake.ApplicationAccepted", Instant.now());

        assertThat(withoutAgent.changes().isEmpty()).as("a state change to save").isFalse();
        assertThat(withoutAgent.changes().auditEntries()).isEmpty();
        assertThat(withoutAgent.applicant()).contains(UserId.of("applicant-1"));
        assertThat(withoutAgent.agent()).contains(UserId.of("agent-7"));
    }
}
