package org.onewindow.monitor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.monitor.alerts.application.AlertService;
import org.onewindow.monitor.alerts.domain.AlertIds;
import org.onewindow.monitor.alerts.domain.Rule;
import org.onewindow.monitor.feed.adapters.web.FeedStreams;
import org.onewindow.monitor.feed.domain.Tickets;
import org.onewindow.monitor.infrastructure.adapters.messaging.ConsumerProgress;
import org.onewindow.monitor.support.MonitorTest;
import org.onewindow.platform.test.SseClient;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.MutableClock;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live feed (issue 12 item 4): tickets (who gets one, 30 s, single use, filters bound), the stream over a real
 * HTTP connection (id = sequence, event = type, data = public fields only), resuming after a Last-Event-ID,
 * heartbeats, the figures message, alerts in the feed, and the per-instance stream limit. Its own context (a real
 * port for the streams, its own database): its cases stay out of ReplayTest's figures.
 */
@OneWindowTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "onewindow.monitor.scan.enabled=false",
        // quick heartbeats and polls, few streams (one test fills them up)
        "onewindow.monitor.feed.heartbeat=1s", "onewindow.monitor.feed.poll-interval=100ms",
        "onewindow.monitor.feed.max-streams=4"})
@AutoConfigureMockMvc
@Import(MonitorTest.Clocks.class)
class FeedTest {

    static final String MONITOR = TestTokens.bearer("monitor-1", Set.of("MONITOR"), null, null);
    static final String OPS = TestTokens.bearer("ops-1", Set.of("OPS"), null, null);
    static final String CLERK = TestTokens.bearer("clerk-1", Set.of("CLERK"), "SCJGJ", "330102001");
    static final Duration WAIT = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final AtomicInteger CASES = new AtomicInteger(100);

    @Autowired MockMvc mvc;
    @Autowired TopicNames topics;
    @Autowired MutableClock clock;
    @Autowired FeedStreams streams;
    @Autowired AlertService alerts;
    @Autowired ConsumerProgress progress;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private final List<SseClient> opened = new ArrayList<>();

    @AfterEach
    void close_the_streams() {
        opened.forEach(SseClient::close);
        // a closed client is noticed at the next write (a heartbeat at the latest): the places come back
        await().atMost(WAIT).until(() -> streams.openStreams() == 0);
    }

    @Test
    void a_monitor_or_ops_gets_a_ticket_others_do_not_and_unknown_types_are_refused() throws Exception {
        Instant before = clock.instant();
        JsonNode ticket = ticket(MONITOR, "{}");
        assertThat(ticket.path("ticket").asString()).hasSize(43);
        assertThat(ticket.path("url").asString()).isEqualTo("/api/monitor/v1/feed?ticket=" + ticket.path("ticket").asString());
        Instant expiresAt = Instant.parse(ticket.path("expiresAt").asString());
        assertThat(expiresAt).isBetween(before.plusSeconds(29), clock.instant().plusSeconds(31));
        assertThat(ticket(OPS, null).path("ticket").asString()).hasSize(43);

        mvc.perform(post("/api/monitor/v1/feed/tickets").header("Authorization", CLERK)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/monitor/v1/feed/tickets").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/monitor/v1/feed/tickets").header("Authorization", MONITOR)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"types\":[\"intake.Nonsense\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("types"))
                .andExpect(jsonPath("$.errors[0].rule").value("feed.unknown-type"));
        String issued = ticket.path("ticket").asString();
        assertThat(jdbc.sql("select count(*) from feed_ticket where ticket_hash = ?").param(Tickets.hash(issued))
                .query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from feed_ticket where ticket_hash = ? or subject = ?").param(issued)
                .param(issued).query(Long.class).single()).as("the ticket itself is not stored").isZero();
    }

    @Test
    void a_ticket_opens_one_stream_once_and_not_after_thirty_seconds() throws Exception {
        String ticket = ticket(MONITOR, "{}").path("ticket").asString();
        SseClient first = open("ticket=" + ticket, Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("text/event-stream");

        SseClient again = open("ticket=" + ticket, Map.of());
        assertThat(again.status()).isEqualTo(401);
        await().atMost(WAIT).until(() -> again.body().contains("feed.ticket-invalid"));

        String late = ticket(MONITOR, "{}").path("ticket").asString();
        clock.advance(Duration.ofSeconds(31));
        try {
            assertThat(open("ticket=" + late, Map.of()).status()).isEqualTo(401);
        } finally {
            clock.advance(Duration.ofSeconds(-31));
        }
        assertThat(open("", Map.of()).status()).isEqualTo(401);
        assertThat(open("ticket=not-a-ticket", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void events_arrive_one_message_each_with_public_fields_only_and_the_tickets_filter() throws Exception {
        SseClient all = open("ticket=" + ticket(MONITOR, "{}").path("ticket").asString(), Map.of());
        SseClient health = open("ticket=" + ticket(MONITOR, "{\"department\":\"WJW\"}").path("ticket").asString(), Map.of());
        assertThat(open("ticket=" + ticket(MONITOR, "{\"department\":\"WJW\"}").path("ticket").asString()
                + "&department=SCJGJ", Map.of()).status()).as("a query may not widen the ticket").isEqualTo(403);
        String market = nextCase();
        String healthCase = nextCase();
        publish(accepted(market, "SCJGJ"));
        publish(accepted(healthCase, "WJW"));

        await().atMost(WAIT).until(() -> about(all, market, healthCase).size() >= 2 && !health.entries().isEmpty());
        List<SseClient.Message> entries = about(all, market, healthCase);
        assertThat(entries).extracting(SseClient.Message::event).containsOnly("intake.ApplicationAccepted");
        assertThat(Long.parseLong(entries.get(1).id())).isGreaterThan(Long.parseLong(entries.get(0).id()));
        JsonNode data = JSON.readTree(entries.get(0).data());
        assertThat(data.path("caseNumber").asString()).isEqualTo(market);
        assertThat(data.path("implementingDepartment").asString()).isEqualTo("SCJGJ");
        assertThat(OffsetDateTime.parse(data.path("occurredAt").asString())).isNotNull();
        assertThat(entries.get(0).data()).doesNotContain("张三").doesNotContain("213X").doesNotContain("u-applicant")
                .doesNotContain("u-clerk").doesNotContain("applicant");
        assertThat(health.entries()).extracting(m -> JSON.readTree(m.data()).path("caseNumber").asString())
                .containsExactly(healthCase);

        // a decision carries no department's centre: the feed takes it from the case
        publish(decision(market));
        SseClient byCentre = open("ticket=" + ticket(MONITOR, "{\"centre\":\"330102009\",\"types\":[\"review.DecisionMade\"]}")
                .path("ticket").asString() + "&lastEventId=" + entries.get(1).id(), Map.of());
        await().atMost(WAIT).until(() -> !byCentre.entries().isEmpty());
        assertThat(byCentre.entries().get(0).event()).isEqualTo("review.DecisionMade");
        assertThat(byCentre.entries().get(0).data()).doesNotContain("张三").doesNotContain("participants")
                .contains("\"caseNumber\":\"" + market + "\"");
    }

    @Test
    void a_new_stream_resumes_exactly_after_the_last_event_id_from_the_header_or_the_query() throws Exception {
        String[] cases = {nextCase(), nextCase(), nextCase()};
        SseClient first = open("ticket=" + ticket(MONITOR, "{}").path("ticket").asString(), Map.of());
        for (String number : cases) {
            publish(accepted(number, "SCJGJ"));
        }
        await().atMost(WAIT).until(() -> about(first, cases).size() >= 3);
        List<SseClient.Message> seen = about(first, cases);
        String afterFirst = seen.get(0).id();

        SseClient byHeader = open("ticket=" + ticket(MONITOR, "{}").path("ticket").asString(),
                Map.of("Last-Event-ID", afterFirst));
        SseClient byQuery = open("ticket=" + ticket(MONITOR, "{}").path("ticket").asString()
                + "&lastEventId=" + afterFirst, Map.of());
        await().atMost(WAIT).until(() -> about(byHeader, cases).size() >= 2 && about(byQuery, cases).size() >= 2);
        assertThat(about(byHeader, cases)).extracting(SseClient.Message::id)
                .containsExactly(seen.get(1).id(), seen.get(2).id());
        assertThat(about(byQuery, cases)).extracting(SseClient.Message::id)
                .containsExactly(seen.get(1).id(), seen.get(2).id());
        assertThat(open("ticket=" + ticket(MONITOR, "{}").path("ticket").asString() + "&lastEventId=abc", Map.of())
                .status()).isEqualTo(400);
    }

    @Test
    void an_idle_stream_gets_heartbeats_and_the_figures_when_they_change() throws Exception {
        SseClient idle = open("ticket=" + ticket(MONITOR, "{\"types\":[\"monitor.AlertRaised\"]}").path("ticket").asString(), Map.of());
        await().atMost(WAIT).until(() -> idle.messages().stream().filter(m -> " keep-alive".equals(m.comment())).count() >= 2);
        await().atMost(WAIT).until(() -> !idle.named("figures").isEmpty());
        JsonNode figures = JSON.readTree(idle.named("figures").getLast().data());
        assertThat(figures.has("cases")).isTrue();
        assertThat(figures.has("alerts")).isTrue();
        assertThat(idle.named("figures").getLast().id()).as("figures do not move the Last-Event-ID").isNull();
        String summary = mvc.perform(get("/api/monitor/v1/summary").header("Authorization", MONITOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(summary).path("cases").size()).isEqualTo(figures.path("cases").size());

        long inProgress = figures.path("cases").path("inProgress").asLong();
        publish(accepted(nextCase(), "SCJGJ"));
        await().atMost(WAIT).until(() -> JSON.readTree(idle.named("figures").getLast().data())
                .path("cases").path("inProgress").asLong() > inProgress);
        assertThat(idle.entries()).as("the type filter holds back the acceptance").isEmpty();
    }

    @Test
    void an_alert_raised_by_the_scan_is_in_the_feed() throws Exception {
        SseClient stream = open("ticket=" + ticket(MONITOR, "{\"types\":[\"monitor.AlertRaised\"]}").path("ticket").asString(), Map.of());
        String refused = nextCase();
        publish(new ApplicationNotAccepted(refused, "330102-000201-01", List.of(), "u-clerk-12", OffsetDateTime.now(),
                "330102001", "SCJGJ", "u-applicant-7", null));
        await().atMost(WAIT).until(() -> progress.behind() == 0 && jdbc.sql("select count(*) from mon_case where case_number = ?")
                .param(refused).query(Long.class).single() == 1);
        assertThat(alerts.scan()).isPositive();
        await().atMost(WAIT).until(() -> stream.entries().stream().anyMatch(m -> m.data().contains(refused)));
        SseClient.Message alert = stream.entries().stream().filter(m -> m.data().contains(refused)).findFirst().orElseThrow();
        assertThat(alert.event()).isEqualTo("monitor.AlertRaised");
        JsonNode data = JSON.readTree(alert.data());
        assertThat(data.path("alertId").asString()).isEqualTo(AlertIds.of(Rule.REFUSAL_WITHOUT_REASONS, refused).toString());
        assertThat(data.path("rule").asString()).isEqualTo("REFUSAL_WITHOUT_REASONS");
    }

    @Test
    void one_stream_more_than_the_instance_serves_is_refused_with_503_and_the_ticket_kept() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(open("ticket=" + ticket(MONITOR, "{}").path("ticket").asString(), Map.of()).status()).isEqualTo(200);
        }
        String ticket = ticket(MONITOR, "{}").path("ticket").asString();
        SseClient refused = open("ticket=" + ticket, Map.of());
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        opened.removeFirst().close();
        await().atMost(WAIT).until(() -> streams.openStreams() < 4);
        assertThat(open("ticket=" + ticket, Map.of()).status()).as("the refused ticket was not spent").isEqualTo(200);
    }

    private JsonNode ticket(String bearer, String body) throws Exception {
        var request = post("/api/monitor/v1/feed/tickets").header("Authorization", bearer);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String json = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(json);
    }

    private SseClient open(String query, Map<String, String> headers) {
        SseClient client = SseClient.open(URI.create("http://127.0.0.1:" + port + "/api/monitor/v1/feed?" + query),
                headers);
        opened.add(client);
        return client;
    }

    private void publish(org.onewindow.contracts.DomainEvent event) {
        KafkaTestSupport.publish(topics.topicOf(event.getClass()), event);
    }

    /** The entries of a stream about these cases (streams see every test's events; each test its own cases). */
    private static List<SseClient.Message> about(SseClient stream, String... caseNumbers) {
        return stream.entries().stream()
                .filter(m -> java.util.Arrays.stream(caseNumbers).anyMatch(n -> m.data().contains("\"" + n + "\"")))
                .toList();
    }

    private static String nextCase() {
        return "330102-20261130-%04d".formatted(CASES.incrementAndGet());
    }

    private static ApplicationAccepted accepted(String caseNumber, String department) {
        OffsetDateTime now = OffsetDateTime.now();
        return new ApplicationAccepted(caseNumber, "330102-000201-01", 1, "食品经营许可（新办）", "330102009",
                Channel.WINDOW, new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.PERSON, "张三",
                        "330102********213X", "u-applicant-7"),
                null, "u-clerk-12", now, now.toLocalDate(), false, List.of(), false, 10, 20,
                new Route(RouteMode.SERIAL, true, List.of(department)), department, department + "-ZFJD");
    }

    private static DecisionMade decision(String caseNumber) {
        return new DecisionMade(caseNumber, "330102-000201-01", 1, "食品经营许可（新办）", Outcome.APPROVED, "JY33301020001",
                LocalDate.now(), LocalDate.now().plusYears(5), List.of(), OffsetDateTime.now(), "SCJGJ", "SCJGJ-ZFJD",
                "张三", "330102********213X", List.of("u-reviewer-3"), "u-applicant-7");
    }
}
