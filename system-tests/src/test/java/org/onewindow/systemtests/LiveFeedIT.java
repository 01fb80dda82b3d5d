package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.SseClient;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Lifecycle;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;

import tools.jackson.databind.JsonNode;

/**
 * Issue 12 item 4 through the gateway: a browser-style client (no Authorization header, only the ticket) follows
 * the live feed while a case moves, and receives each event when it happens, not in one lump at the end (the
 * webmvc gateway's known pitfall with text/event-stream); an idle stream outlives the servlet async timeout
 * (5 s in this stack, SuiteStack) on heartbeats; a spent ticket opens nothing.
 */
@Order(11)
class LiveFeedIT extends StackTest {

    static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void events_arrive_one_by_one_through_the_gateway_as_the_case_moves() {
        try (SseClient feed = open(ticket(Map.of()))) {
            assertThat(feed.status()).as(feed.body()).isEqualTo(200);
            assertThat(feed.header("Content-Type")).startsWith("text/event-stream");

            Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.ELDERLY_ALLOWANCE));
            String caseNumber = submitted.string("application.caseNumber");
            JsonNode opened = lifecycle.awaitReviewCase(caseNumber);
            await().atMost(WAIT).until(() -> about(feed, caseNumber).stream().map(SseClient.Message::event).toList()
                    .containsAll(List.of("intake.ApplicationAccepted", "review.ReviewCaseOpened")));
            long beforeTheDecision = System.nanoTime();

            Reply opinion = lifecycle.opinion(Gateway.CLERK, Json.string(Lifecycle.task(opened, "CIVIL-AFFAIRS")
                    .path("taskId")), "REVIEW", "APPROVE", null);
            assertThat(opinion.status()).as("%s", opinion).isEqualTo(201);
            await().atMost(WAIT).until(() -> about(feed, caseNumber).stream()
                    .anyMatch(m -> m.event().equals("review.DecisionMade")));

            List<SseClient.Message> events = about(feed, caseNumber);
            SseClient.Message accepted = first(events, "intake.ApplicationAccepted");
            SseClient.Message decided = first(events, "review.DecisionMade");
            assertThat(accepted.arrivedNanos()).as("the acceptance arrived before the decision was even asked for")
                    .isLessThan(beforeTheDecision);
            assertThat(decided.arrivedNanos()).isGreaterThan(beforeTheDecision);
            assertThat(Long.parseLong(decided.id())).isGreaterThan(Long.parseLong(accepted.id()));
            assertThat(events).allSatisfy(m -> assertThat(m.data()).contains("\"occurredAt\"")
                    .doesNotContain("idNumber").doesNotContain("applicantUserId").doesNotContain("holderName"));
        }
    }

    @Test
    void an_idle_stream_outlives_the_servlet_timeouts_on_heartbeats() {
        try (SseClient idle = open(ticket(Map.of("types", List.of("monitor.AlertRaised"), "centre", "NO-SUCH-CENTRE")))) {
            assertThat(idle.status()).as(idle.body()).isEqualTo(200);
            long opened = System.nanoTime();
            await().atMost(WAIT).until(() -> keepAlives(idle).size() >= 6);
            List<SseClient.Message> beats = keepAlives(idle);
            assertThat(idle.ended()).as("the stream is still open").isFalse();
            assertThat(Duration.ofNanos(beats.getLast().arrivedNanos() - opened))
                    .as("open longer than the 5 s async timeout").isGreaterThan(Duration.ofSeconds(8));
            assertThat(Duration.ofNanos(beats.get(1).arrivedNanos() - beats.get(0).arrivedNanos()))
                    .as("heartbeats arrive as they are sent, not together").isGreaterThan(Duration.ofMillis(1000));
            assertThat(idle.entries()).isEmpty();
        }
    }

    @Test
    void a_spent_ticket_opens_nothing_through_the_gateway() {
        String url = ticket(Map.of());
        try (SseClient first = open(url); SseClient second = open(url)) {
            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(401);
            await().atMost(WAIT).until(() -> second.body().contains("feed.ticket-invalid"));
        }
        Reply clerk = gateway.post(Gateway.CLERK, "/api/monitor/v1/feed/tickets", Map.of());
        assertThat(clerk.status()).as("%s", clerk).isEqualTo(403);
    }

    private String ticket(Map<String, Object> filters) {
        Reply ticket = gateway.post(Gateway.MONITOR, "/api/monitor/v1/feed/tickets", filters);
        assertThat(ticket.status()).as("%s", ticket).isEqualTo(201);
        return ticket.string("url");
    }

    /** As a browser's EventSource: the URL with the ticket, no Authorization header. */
    private SseClient open(String url) {
        return SseClient.open(gateway.base().resolve(url), Map.of());
    }

    private static List<SseClient.Message> about(SseClient feed, String caseNumber) {
        return feed.entries().stream().filter(m -> m.data().contains("\"" + caseNumber + "\"")).toList();
    }

    private static SseClient.Message first(List<SseClient.Message> events, String type) {
        return events.stream().filter(m -> m.event().equals(type)).findFirst().orElseThrow(
                () -> new AssertionError("no " + type + " in " + events));
    }

    private static List<SseClient.Message> keepAlives(SseClient stream) {
        return stream.messages().stream().filter(m -> " keep-alive".equals(m.comment())).toList();
    }
}
