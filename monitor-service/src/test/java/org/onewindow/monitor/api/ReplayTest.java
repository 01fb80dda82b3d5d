package org.onewindow.monitor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.rating.RatingSubmitted;
import org.onewindow.contracts.rating.RectificationOpened;
import org.onewindow.contracts.review.DeadlineWarning;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.contracts.review.TaskCompleted;
import org.onewindow.contracts.supervision.SupervisionRecordClaimed;
import org.onewindow.contracts.supervision.SupervisionRecordEscalated;
import org.onewindow.contracts.supervision.SupervisionRecordPushed;
import org.onewindow.monitor.alerts.application.AlertService;
import org.onewindow.monitor.alerts.domain.AlertIds;
import org.onewindow.monitor.alerts.domain.Rule;
import org.onewindow.monitor.infrastructure.adapters.messaging.ConsumerProgress;
import org.onewindow.monitor.infrastructure.adapters.messaging.ReadModelRebuild;
import org.onewindow.monitor.support.MonitorTest;
import org.onewindow.platform.test.MutableClock;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.Concurrently;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.SharedInfrastructure;
import org.onewindow.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's replay proof: a fixed set of public events gives figures and alerts; after the read model and the
 * consumer positions are reset and every topic is read again from the beginning, the figures are the same and no
 * alert is raised twice (same ids, nothing new on {@code monitor.alerts}). Along the way every 电子监察 rule fires
 * exactly on the case built to break it, and on no other, once even when two scans run at the same moment.
 */
@MonitorTest
class ReplayTest {

    static final String MONITOR = TestTokens.bearer("monitor-1", Set.of("MONITOR"), null, null);
    static final Duration WAIT = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String ITEM = "330102-000201-01";
    static final String ITEM_2 = "330102-000305-01";
    static final String CENTRE = "330102001";
    static final String CENTRE_2 = "330102002";
    static final String A = "330102-20250301-0001"; // in review, past its statutory and step deadlines
    static final String B = "330102-20250301-0002"; // delivered ≠ decided, claimed by its checker, bad rating overdue
    static final String C = "330102-20250301-0003"; // not accepted without reasons
    static final String D = "330102-20250301-0004"; // decided without acceptance, never pushed
    static final String E = "330102-20250301-0005"; // pushed, never claimed, escalated
    static final String F = "330102-20250301-0006"; // accepted at another centre and department, yellow, in time

    @Autowired MockMvc mvc;
    @Autowired TopicNames topics;
    @Autowired AlertService alerts;
    @Autowired ReadModelRebuild rebuild;
    @Autowired ConsumerProgress progress;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void a_replay_from_the_beginning_gives_the_same_figures_and_raises_no_alert_twice() throws Exception {
        List<DomainEvent> events = events();
        for (int i = 0; i < events.size(); i++) {
            DomainEvent event = events.get(i);
            KafkaTestSupport.publish(topics.topicOf(event.getClass()), event, "replay-test-" + i);
        }
        await().atMost(WAIT).until(() -> progress.behind() == 0 && cases() == 6);
        clock.advance(Duration.ofMinutes(11)); // past the grace period of the rules that span topics

        // two instances' scans at the same moment: the advisory lock lets one scan, the ids stop any second alert
        List<Integer> scans = Concurrently.run(alerts::scan, alerts::scan);
        assertThat(scans.get(0) + scans.get(1)).isEqualTo(9);
        Map<String, String> figures = figures();
        Set<String> raised = alertIds();
        assertThat(raised).containsExactlyInAnyOrderElementsOf(expectedAlertIds());
        await().atMost(WAIT).until(() -> alertsOnTopic() == 9);
        assertThat(alerts.scan()).as("a second scan finds nothing new").isZero();

        JsonNode inReview = JSON.readTree(figures.get("cases?by=DEPARTMENT"));
        assertThat(inReview.toString()).contains("\"key\":\"SCJGJ\"").contains("\"key\":\"WJW\"");
        assertThat(figures.get("supervision")).contains("\"overdueClaims\":1");
        assertThat(figures.get("ratings?by=DEPARTMENT")).contains("\"bad\":1").contains("\"overdue\":1");
        assertThat(figures.get("throughput?granularity=DAY&from=2025-03-01&to=2025-03-31"))
                .contains("\"accepted\":2");
        String acknowledged = AlertIds.of(Rule.PUSH_UNCLAIMED, E).toString();
        mvc.perform(post("/api/monitor/v1/alerts/" + acknowledged + "/acknowledgement").header("Authorization", MONITOR))
                .andExpect(status().isOk());

        rebuild.rebuild();
        await().atMost(WAIT).until(() -> progress.behind() == 0 && cases() == 6 && figures().equals(figures));
        clock.advance(Duration.ofMinutes(11));

        assertThat(alerts.scan()).as("the replay raises nothing").isZero();
        assertThat(figures()).isEqualTo(figures);
        assertThat(alertIds()).isEqualTo(raised);
        assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single()).isEqualTo(9);
        assertThat(alertsOnTopic()).isEqualTo(9);
        mvc.perform(get("/api/monitor/v1/alerts/" + acknowledged).header("Authorization", MONITOR))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("\"status\":\"ACKNOWLEDGED\""));
    }

    private long cases() {
        return jdbc.sql("select count(*) from mon_case").query(Long.class).single();
    }

    private Set<String> alertIds() {
        return new TreeSet<>(jdbc.sql("select id::text from alert").query(String.class).list());
    }

    private static List<String> expectedAlertIds() {
        return List.of(
                AlertIds.of(Rule.CASE_PAST_STATUTORY_DEADLINE, A), AlertIds.of(Rule.STEP_PAST_DEADLINE, A),
                AlertIds.of(Rule.DELIVERY_MISMATCH, B), AlertIds.of(Rule.SUPERVISOR_ALSO_DECIDED, B),
                AlertIds.of(Rule.RECTIFICATION_OVERDUE, B), AlertIds.of(Rule.REFUSAL_WITHOUT_REASONS, C),
                AlertIds.of(Rule.DECIDED_WITHOUT_ACCEPTANCE, D), AlertIds.of(Rule.APPROVAL_NOT_PUSHED, D),
                AlertIds.of(Rule.PUSH_UNCLAIMED, E)).stream().map(UUID::toString).toList();
    }

    /** Every figure endpoint, as the dashboard reads it. */
    private Map<String, String> figures() throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String query : List.of("cases?by=DEPARTMENT", "cases?by=CENTRE", "cases?by=ITEM", "deadlines",
                "supervision", "ratings?by=DEPARTMENT", "ratings?by=ITEM", "ratings?by=CENTRE",
                "throughput?granularity=DAY&from=2025-03-01&to=2025-03-31",
                "throughput?granularity=HOUR&from=2025-03-03&to=2025-03-04")) {
            figures.put(query, mvc.perform(get("/api/monitor/v1/" + query).header("Authorization", MONITOR))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        }
        return figures;
    }

    private long alertsOnTopic() throws Exception {
        String topic = topics.topic(Stream.MONITOR_ALERTS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long records = 0;
            for (var info : admin.listOffsets(request).all().get().values()) {
                records += info.offset();
            }
            return records;
        }
    }

    private static OffsetDateTime at(String isoLocal) {
        return OffsetDateTime.parse(isoLocal + "+08:00");
    }

    private static ApplicationAccepted accepted(String caseNumber, String item, String centre, String department,
                                                String acceptedAt) {
        return new ApplicationAccepted(caseNumber, item, 1, "食品经营许可（新办）", centre, Channel.WINDOW,
                new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.PERSON, "张三",
                        "330102********213X", "u-applicant-7"),
                null, "u-clerk-12", at(acceptedAt), at(acceptedAt).toLocalDate(), false, List.of(), false, 10, 20,
                new Route(RouteMode.SERIAL, true, List.of(department)), department, department + "-ZFJD");
    }

    private static DecisionMade decided(String caseNumber, String licence, List<String> participants,
                                        String decidedAt) {
        return new DecisionMade(caseNumber, ITEM, 1, "食品经营许可（新办）", Outcome.APPROVED, licence,
                LocalDate.of(2025, 3, 20), LocalDate.of(2030, 3, 19), List.of(), at(decidedAt), "SCJGJ",
                "SCJGJ-ZFJD", "张三", "330102********213X", participants, "u-applicant-7");
    }

    /** The fixed history: six cases, each built to break the rules named in its comment above. */
    private static List<DomainEvent> events() {
        UUID taskA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID taskB = UUID.fromString("00000000-0000-0000-0000-00000000000b");
        UUID taskF = UUID.fromString("00000000-0000-0000-0000-00000000000f");
        UUID recordB = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
        UUID recordE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
        UUID ratingB = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
        UUID ratingE = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
        List<DomainEvent> events = new ArrayList<>();
        // A
        events.add(accepted(A, ITEM, CENTRE, "SCJGJ", "2025-03-03T09:10:00"));
        events.add(new ReviewCaseOpened(A, ITEM, RouteMode.SERIAL, List.of(new ReviewCaseOpened.Task(taskA, "SCJGJ", 1)),
                LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 31), at("2025-03-03T09:10:02")));
        events.add(new DeadlineWarning(A, ITEM, DeadlineWarning.Level.RED, DeadlineWarning.Scope.STEP, taskA, "SCJGJ",
                LocalDate.of(2025, 3, 12), at("2025-03-13T00:05:00")));
        // B
        events.add(accepted(B, ITEM, CENTRE, "SCJGJ", "2025-03-03T10:00:00"));
        events.add(new ReviewCaseOpened(B, ITEM, RouteMode.SERIAL, List.of(new ReviewCaseOpened.Task(taskB, "SCJGJ", 1)),
                LocalDate.of(2025, 3, 17), LocalDate.of(2025, 3, 31), at("2025-03-03T10:00:02")));
        events.add(new TaskCompleted(B, taskB, "SCJGJ", TaskCompleted.Opinion.APPROVE, List.of("符合条件"),
                "u-reviewer-4", "u-checker-9", at("2025-03-05T16:00:00")));
        events.add(decided(B, "JY1330102000B", List.of("u-reviewer-4", "u-checker-9"), "2025-03-06T10:00:00"));
        events.add(new ResultDelivered(B, ITEM, "食品经营许可（新办）", Outcome.APPROVED, "JY1330102000X",
                ResultDelivered.DeliveryMethod.WINDOW_PICKUP, at("2025-03-07T14:00:00"), CENTRE, "SCJGJ",
                "u-applicant-7", null));
        events.add(new SupervisionRecordPushed(recordB, B, ITEM, "JY1330102000B", "SCJGJ-ZFJD",
                at("2025-03-06T10:00:00"), at("2025-03-06T10:00:05"), LocalDate.of(2025, 3, 10)));
        events.add(new SupervisionRecordClaimed(recordB, B, "SCJGJ-ZFJD", "u-checker-9", at("2025-03-07T09:00:00")));
        events.add(new RatingSubmitted(ratingB, B, RatingSubmitted.Stage.COMPLETION,
                RatingSubmitted.Level.VERY_DISSATISFIED, true, ITEM, "SCJGJ", CENTRE,
                RatingSubmitted.RaterRole.APPLICANT, "办事人电话 13812345678", at("2025-03-07T20:00:00")));
        events.add(new RectificationOpened(ratingB, B, "SCJGJ", LocalDate.of(2025, 3, 28), at("2025-03-08T09:00:00")));
        // C
        events.add(new ApplicationNotAccepted(C, ITEM, List.of(), "u-clerk-12", at("2025-03-04T11:00:00")));
        // D
        events.add(decided(D, "JY1330102000D", List.of("u-reviewer-4"), "2025-03-06T11:00:00"));
        // E
        events.add(accepted(E, ITEM_2, CENTRE, "SCJGJ", "2025-03-04T09:00:00"));
        events.add(new ReviewCaseOpened(E, ITEM_2, RouteMode.SERIAL, List.of(), LocalDate.of(2099, 12, 1),
                LocalDate.of(2099, 12, 31), at("2025-03-04T09:00:02")));
        events.add(decided(E, "JY1330102000E", List.of("u-reviewer-1"), "2025-03-05T10:00:00"));
        events.add(new SupervisionRecordPushed(recordE, E, ITEM_2, "JY1330102000E", "SCJGJ-ZFJD",
                at("2025-03-05T10:00:00"), at("2025-03-05T10:00:05"), LocalDate.of(2025, 3, 7)));
        events.add(new SupervisionRecordEscalated(recordE, E, "SCJGJ-ZFJD", "逾期未认领", at("2025-03-08T00:10:00")));
        events.add(new RatingSubmitted(ratingE, E, RatingSubmitted.Stage.ACCEPTANCE, RatingSubmitted.Level.SATISFIED,
                false, ITEM_2, "SCJGJ", CENTRE, RatingSubmitted.RaterRole.APPLICANT, null, at("2025-03-04T12:00:00")));
        // F
        events.add(accepted(F, ITEM_2, CENTRE_2, "WJW", "2025-03-04T15:00:00"));
        events.add(new ReviewCaseOpened(F, ITEM_2, RouteMode.SERIAL, List.of(new ReviewCaseOpened.Task(taskF, "WJW", 1)),
                LocalDate.of(2099, 12, 1), LocalDate.of(2099, 12, 31), at("2025-03-04T15:00:02")));
        events.add(new DeadlineWarning(F, ITEM_2, DeadlineWarning.Level.YELLOW, DeadlineWarning.Scope.CASE, null, null,
                LocalDate.of(2099, 12, 1), at("2025-03-05T00:05:00")));
        return events;
    }
}
