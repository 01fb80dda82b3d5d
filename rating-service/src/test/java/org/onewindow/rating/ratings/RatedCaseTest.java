package org.onewindow.rating.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

class RatedCaseTest {

    static final OffsetDateTime ACCEPTED = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
    static final OffsetDateTime DELIVERED = OffsetDateTime.parse("2026-03-20T15:00:00+08:00");
    static final RatingWindow WINDOW = new RatingWindow(30);

    static RatedCase acceptedAndDelivered() {
        return new RatedCase("C3301-1", "FOOD-BIZ-LICENCE", "MARKET", "C-CITY-01", "applicant-1", "agent-7",
                Map.of(Stage.ACCEPTANCE, ACCEPTED, Stage.COMPLETION, DELIVERED));
    }

    static RatingRequest request(String user, Stage stage, Level level) {
        return new RatingRequest(user, stage, level, null);
    }

    @Test
    void theApplicantRatesAReachedStageInsideTheWindow() {
        Rating rating = acceptedAndDelivered().rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED), Set.of(),
                WINDOW, UUID.randomUUID(), DELIVERED.plusDays(3));

        assertThat(rating.raterRole()).isEqualTo(RaterRole.APPLICANT);
        assertThat(rating.onBehalfOf()).isNull();
        assertThat(rating.bad()).isFalse();
        assertThat(rating.implementingDepartment()).isEqualTo("MARKET");
    }

    @Test
    void theAgentRatesForTheApplicantAndTheRatingSaysForWhom() {
        Rating rating = acceptedAndDelivered().rate(request("agent-7", Stage.ACCEPTANCE, Level.DISSATISFIED), Set.of(),
                WINDOW, UUID.randomUUID(), ACCEPTED.plusHours(1));

        assertThat(rating.raterRole()).isEqualTo(RaterRole.AGENT);
        assertThat(rating.onBehalfOf()).isEqualTo("applicant-1");
        assertThat(rating.bad()).isTrue();
    }

    @Test
    void aSecondRatingOfTheSameStageIsRefused() {
        assertThatThrownBy(() -> acceptedAndDelivered().rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED),
                Set.of(Stage.COMPLETION), WINDOW, UUID.randomUUID(), DELIVERED.plusDays(1)))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("rating.already-rated"));
    }

    @Test
    void theOtherStageCanStillBeRatedOnce() {
        Rating rating = acceptedAndDelivered().rate(request("applicant-1", Stage.ACCEPTANCE, Level.VERY_SATISFIED),
                Set.of(Stage.COMPLETION), WINDOW, UUID.randomUUID(), ACCEPTED.plusDays(29));

        assertThat(rating.stage()).isEqualTo(Stage.ACCEPTANCE);
    }

    @Test
    void aStageTheCaseHasNotReachedCannotBeRated() {
        RatedCase onlyAccepted = new RatedCase("C3301-2", "FOOD-BIZ-LICENCE", "MARKET", "C-CITY-01", "applicant-1", null,
                Map.of(Stage.ACCEPTANCE, ACCEPTED));

        assertThatThrownBy(() -> onlyAccepted.rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED), Set.of(),
                WINDOW, UUID.randomUUID(), ACCEPTED.plusDays(1)))
                .isInstanceOfSatisfying(StateConflict.class, e -> {
                    assertThat(e.rule()).isEqualTo("rating.stage-not-reached");
                    assertThat(e.getMessage()).contains("only [ACCEPTANCE]");
                });
    }

    @Test
    void theWindowClosesThirtyCalendarDaysAfterTheStageOpened() {
        RatedCase ratedCase = acceptedAndDelivered();
        RatingRequest rating = request("applicant-1", Stage.COMPLETION, Level.SATISFIED);

        assertThat(ratedCase.rate(rating, Set.of(), WINDOW, UUID.randomUUID(), DELIVERED.plusDays(30).minusSeconds(1)))
                .isNotNull();
        assertThatThrownBy(() -> ratedCase.rate(rating, Set.of(), WINDOW, UUID.randomUUID(), DELIVERED.plusDays(30)))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("rating.window-closed"));
    }

    @Test
    void aShorterLocalWindowIsHonoured() {
        assertThatThrownBy(() -> acceptedAndDelivered().rate(request("applicant-1", Stage.COMPLETION, Level.SATISFIED),
                Set.of(), new RatingWindow(7), UUID.randomUUID(), DELIVERED.plusDays(8)))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("rating.window-closed"));
    }

    @Test
    void someoneWhoIsNeitherApplicantNorAgentMayNotRate() {
        assertThatThrownBy(() -> acceptedAndDelivered().rate(request("neighbour", Stage.COMPLETION, Level.VERY_DISSATISFIED),
                Set.of(), WINDOW, UUID.randomUUID(), DELIVERED.plusDays(1)))
                .isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.rule()).isEqualTo("rating.not-applicant"));
    }

    @Test
    void withoutAnApplicantAccountOnlyTheAgentMayRate() {
        RatedCase noAccount = new RatedCase("C3301-3", "FOOD-BIZ-LICENCE", "MARKET", "C-CITY-01", null, "agent-7",
                Map.of(Stage.ACCEPTANCE, ACCEPTED));

        assertThat(noAccount.mayRate("agent-7")).isTrue();
        assertThat(noAccount.mayRate(null)).isFalse();
        assertThatThrownBy(() -> noAccount.roleOf(null)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void personalDataInTheCommentIsMaskedAndABlankCommentIsNone() {
        Rating rating = acceptedAndDelivered().rate(new RatingRequest("applicant-1", Stage.COMPLETION, Level.DISSATISFIED,
                        "  工作人员让我反复跑，电话13812345678，身份证330102199001011234  "), Set.of(), WINDOW,
                UUID.randomUUID(), DELIVERED.plusDays(1));

        assertThat(rating.comment()).doesNotContain("13812345678", "330102199001011234")
                .contains("138****5678", "330***********1234").startsWith("工作人员");
        assertThat(RatingComment.clean("   ")).isNull();
    }

    @Test
    void aCommentLongerThan500CharactersIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RatingComment.clean("差".repeat(501)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.first().field()).isEqualTo("comment");
                    assertThat(e.first().rule()).isEqualTo("rating.comment-too-long");
                });
        assertThat(RatingComment.clean("好".repeat(500))).hasSize(500);
    }

    @Test
    void onlyTheLastTwoLevelsAreBadAndOnlyTheTopTwoCountAsSatisfied() {
        assertThat(java.util.Arrays.stream(Level.values()).filter(Level::bad))
                .containsExactly(Level.DISSATISFIED, Level.VERY_DISSATISFIED);
        assertThat(java.util.Arrays.stream(Level.values()).filter(Level::satisfied))
                .containsExactly(Level.VERY_SATISFIED, Level.SATISFIED);
    }
}
