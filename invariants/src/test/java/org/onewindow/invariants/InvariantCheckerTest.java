package org.onewindow.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.rating.RatingSubmitted.Stage;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.invariants.Violation.Kind;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.SharedInfrastructure;

import com.sun.net.httpserver.HttpServer;

/**
 * Crafted histories on the embedded broker (each test on topics of its own) and a fake gateway: one violation of
 * each invariant is named with its case number and invariant; a clean history has none.
 */
class InvariantCheckerTest {

    private static final AtomicInteger CASES = new AtomicInteger();

    private Map<Stream, String> topics;
    private FakeGateway gateway;

    @BeforeEach
    void topicsOfThisTest() throws IOException {
        String suffix = "." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> names = new java.util.HashMap<>();
        for (Stream stream : Stream.values()) {
            names.put(stream.id(), stream.defaultTopic() + suffix);
            KafkaTestSupport.createTopic(stream.defaultTopic() + suffix, 3);
        }
        topics = EventLog.topicNames(names);
        gateway = new FakeGateway();
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    private static CaseEvents newCase() {
        return new CaseEvents("SP2026%08d".formatted(CASES.incrementAndGet() + (int) (Math.random() * 1_000_000) * 10));
    }

    /** Publishes the events in order, each on its stream's topic. */
    private void publish(DomainEvent... events) {
        for (DomainEvent event : events) {
            KafkaTestSupport.publish(topics.get(EventTypes.stream(event.getClass())), event);
        }
    }

    private InvariantReport check() {
        return new Invariants(SharedInfrastructure.kafkaBootstrapServers(), topics, gateway.uri(), null, Duration.ZERO, 2,
                Duration.ofSeconds(60)).check();
    }

    /** Checks the history: it must hold exactly these violations, in any order. */
    private InvariantReport assertViolations(Tuple... expected) {
        InvariantReport report = check();
        assertThat(report.violations()).as(report.summary(20))
                .extracting(Violation::invariant, Violation::caseNumber, Violation::kind)
                .containsExactlyInAnyOrder(expected);
        return report;
    }

    private static Tuple violation(int invariant, CaseEvents c, Kind kind) {
        return Tuple.tuple(invariant, c.caseNumber, kind);
    }

    /** Accepted, reviewed, approved, pushed and claimed, delivered, rated at both stages: every service shows it. */
    private CaseEvents approvedAndDelivered() {
        CaseEvents c = newCase();
        publish(c.accepted(), c.opened(), c.task(), c.approval(), c.pushed(CaseEvents.NOW.toLocalDate().plusDays(5)),
                c.claimed(CaseEvents.SUPERVISOR), c.delivered(Outcome.APPROVED, c.licence), c.rating(Stage.ACCEPTANCE),
                c.rating(Stage.COMPLETION));
        gateway.showsComplete(c, "APPROVED", c.licence);
        return c;
    }

    @Test
    void a_clean_history_has_no_violation_and_is_counted() {
        CaseEvents approved = approvedAndDelivered();
        CaseEvents rejected = newCase();
        publish(rejected.accepted(), rejected.opened(), rejected.task(), rejected.decision(Outcome.REJECTED, null),
                rejected.delivered(Outcome.REJECTED, null));
        gateway.showsComplete(rejected, "REJECTED", null);
        CaseEvents refused = newCase();
        publish(refused.notAccepted());
        // the relay published one event twice (crash before marking it sent): the same ce_id is no second effect
        var opened = approved.opened();
        KafkaTestSupport.publish(topics.get(Stream.REVIEW_CASES), opened, "redelivered-" + approved.caseNumber);
        KafkaTestSupport.publish(topics.get(Stream.REVIEW_CASES), opened, "redelivered-" + approved.caseNumber);

        InvariantReport report = check();

        assertThat(report.violations()).as(report.summary(20)).hasSize(1);
        // the redelivered ReviewCaseOpened above carries a new ce_id the first time: review opened the case twice
        assertThat(report.violations().getFirst()).extracting(Violation::invariant, Violation::caseNumber, Violation::kind)
                .containsExactly(1, approved.caseNumber, Kind.DUPLICATE);
        assertThat(report.counts().redelivered()).isEqualTo(1);
        assertThat(report.counts().submitted()).isEqualTo(3);
        assertThat(report.counts().accepted()).isEqualTo(2);
        assertThat(report.counts().notAccepted()).isEqualTo(1);
        assertThat(report.counts().decided()).isEqualTo(2);
        assertThat(report.counts().approvals()).isEqualTo(1);
        assertThat(report.counts().pushed()).isEqualTo(1);
        assertThat(report.counts().claimed()).isEqualTo(1);
        assertThat(report.counts().delivered()).isEqualTo(2);
        assertThat(report.counts().ratedAcceptance()).isEqualTo(1);
        assertThat(report.counts().ratedCompletion()).isEqualTo(1);
        assertThat(report.toJson()).contains("\"lost\" : 0", "\"duplicated\" : 1");
    }

    @Test
    void a_clean_history_without_redelivery_is_consistent() {
        approvedAndDelivered();
        approvedAndDelivered();

        InvariantReport report = check();

        assertThat(report.consistent()).as(report.summary(20)).isTrue();
        assertThat(report.lost()).isZero();
        assertThat(report.duplicated()).isZero();
        assertThat(report.counts().delivered()).isEqualTo(2);
        assertThat(report.supervision()).as("supervision's reconciliation is part of the report").isNotNull();
    }

    @Test
    void invariant_1_an_accepted_application_without_review_case_is_lost() {
        approvedAndDelivered();
        CaseEvents lost = newCase();
        publish(lost.accepted());
        gateway.showsAccepted(lost);

        InvariantReport report = assertViolations(violation(1, lost, Kind.MISSING));
        assertThat(report.lost()).isEqualTo(1);
    }

    @Test
    void invariant_2_an_approval_without_record_and_a_record_neither_claimed_nor_escalated_by_its_deadline() {
        approvedAndDelivered();
        CaseEvents unsupervised = newCase();
        publish(unsupervised.accepted(), unsupervised.opened(), unsupervised.approval());
        gateway.showsApproved(unsupervised);
        CaseEvents overdue = newCase();
        publish(overdue.accepted(), overdue.opened(), overdue.approval(),
                overdue.pushed(CaseEvents.NOW.toLocalDate().minusDays(3)));
        gateway.showsApproved(overdue);
        CaseEvents reportedBySupervision = approvedAndDelivered();
        gateway.approvalsWithoutRecord.add(reportedBySupervision.caseNumber);

        InvariantReport report = check();

        assertThat(report.violations(2)).as(report.summary(20))
                .extracting(Violation::caseNumber, Violation::kind)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(unsupervised.caseNumber, Kind.MISSING),
                        Tuple.tuple(overdue.caseNumber, Kind.LATE),
                        Tuple.tuple(reportedBySupervision.caseNumber, Kind.MISSING));
        assertThat(report.violations()).hasSize(3);
    }

    @Test
    void invariant_2_an_escalated_record_is_on_time() {
        CaseEvents c = newCase();
        publish(c.accepted(), c.opened(), c.approval(), c.pushed(CaseEvents.NOW.toLocalDate().minusDays(3)),
                c.escalated());
        gateway.showsApproved(c);

        InvariantReport report = check();

        assertThat(report.consistent()).as(report.summary(20)).isTrue();
        assertThat(report.counts().escalated()).isEqualTo(1);
    }

    @Test
    void invariant_3_a_delivered_result_that_is_not_the_decision_and_a_decision_intake_never_shows() {
        approvedAndDelivered();
        CaseEvents wrongLicence = newCase();
        publish(wrongLicence.accepted(), wrongLicence.opened(), wrongLicence.approval(),
                wrongLicence.pushed(CaseEvents.NOW.toLocalDate().plusDays(5)),
                wrongLicence.delivered(Outcome.APPROVED, "FOOD-BIZ-LICENCE-2026-999999"));
        gateway.showsComplete(wrongLicence, "APPROVED", wrongLicence.licence);
        CaseEvents notAtIntake = newCase();
        publish(notAtIntake.accepted(), notAtIntake.opened(), notAtIntake.decision(Outcome.REJECTED, null));
        gateway.showsAccepted(notAtIntake);

        assertViolations(violation(3, wrongLicence, Kind.MISMATCH), violation(3, notAtIntake, Kind.MISSING));
    }

    @Test
    void invariant_4_two_ratings_of_one_stage_and_a_stage_rating_never_opened() {
        CaseEvents twice = approvedAndDelivered();
        publish(twice.rating(Stage.COMPLETION));
        CaseEvents ratingLostTheDelivery = approvedAndDelivered();
        gateway.showsAccepted(ratingLostTheDelivery);

        InvariantReport report = assertViolations(violation(4, twice, Kind.DUPLICATE),
                violation(4, ratingLostTheDelivery, Kind.MISSING));
        assertThat(report.violationsOf(ratingLostTheDelivery.caseNumber).getFirst().reason()).contains("COMPLETION");
    }

    @Test
    void invariant_4_a_rating_of_a_stage_the_case_never_reached() {
        CaseEvents c = newCase();
        publish(c.accepted(), c.opened(), c.rating(Stage.COMPLETION));
        gateway.showsAccepted(c);

        assertViolations(violation(4, c, Kind.MISMATCH));
    }

    @Test
    void invariant_5_a_revoked_licence_still_valid_on_the_intake_side() {
        CaseEvents c = approvedAndDelivered();
        publish(c.action(LicenceActionTaken.Action.REVOKE));
        gateway.reviewLicenceStatus.put(c.caseNumber, "REVOKED");
        // intake still shows VALID (showsComplete): it lost supervision.LicenceActionTaken

        InvariantReport report = check();

        assertThat(report.violations()).as(report.summary(20)).singleElement()
                .satisfies(v -> {
                    assertThat(v.invariant()).isEqualTo(5);
                    assertThat(v.caseNumber()).isEqualTo(c.caseNumber);
                    assertThat(v.kind()).isEqualTo(Kind.MISSING);
                    assertThat(v.reason()).contains("intake", "REVOKED");
                });
    }

    @Test
    void invariant_6_the_reviewer_claims_the_supervision_record() {
        CaseEvents c = newCase();
        publish(c.accepted(), c.opened(), c.task(), c.approval(), c.pushed(CaseEvents.NOW.toLocalDate().plusDays(5)),
                c.claimed(CaseEvents.REVIEWER));
        gateway.showsApproved(c);

        assertViolations(violation(6, c, Kind.SEPARATION));
    }

    @Test
    void a_follow_up_still_under_way_is_not_lost_within_the_grace() {
        CaseEvents c = newCase();
        publish(c.accepted());

        InvariantReport report = new Invariants(SharedInfrastructure.kafkaBootstrapServers(), topics, null, null,
                Duration.ofMinutes(5), 1, Duration.ofSeconds(60)).check();

        assertThat(report.consistent()).as(report.summary(20)).isTrue();
        assertThat(report.counts().accepted()).isEqualTo(1);
    }

    @Test
    void the_endpoint_serves_the_report_naming_the_case() throws Exception {
        CaseEvents lost = newCase();
        publish(lost.accepted());
        gateway.showsAccepted(lost);
        Invariants invariants = new Invariants(SharedInfrastructure.kafkaBootstrapServers(), topics, gateway.uri(), null,
                Duration.ZERO, 1, Duration.ofSeconds(60));
        HttpServer server = InvariantsCli.serve(invariants, 0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/report")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.body()).contains("\"caseNumber\" : \"" + lost.caseNumber + "\"", "\"invariant\" : 1",
                    "\"lost\" : 1");
        } finally {
            server.stop(0);
        }
    }
}
