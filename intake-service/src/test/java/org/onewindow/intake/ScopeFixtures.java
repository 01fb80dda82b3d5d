package org.onewindow.intake;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.ItemVersionChanged.DelegationMode;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.review.ReviewCaseOpened;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Real cases for the scope tests, as the demo users see them: the demo centre tree (C-CITY-01 above C-TOWN-01 above
 * C-VIL-0101), an item delegated to towns but not to villages, cases submitted by the demo clerks for the demo
 * applicant, and review opening them with a task of a department.
 */
public record ScopeFixtures(MockMvc mvc, TopicNames topics, JdbcClient jdbc) {

    public static final String ITEM = "330100-SCOPE-001";
    public static final String CITY = "C-CITY-01";
    public static final String TOWN = "C-TOWN-01";
    public static final String VILLAGE = "C-VIL-0101";
    public static final String ID_NUMBER = ApplicationBody.VALID_ID;
    public static final String PHONE = ApplicationBody.PHONE;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private void send(DomainEvent event) {
        KafkaTestSupport.publish(topics.topicOf(event.getClass()), event, UUID.randomUUID().toString());
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The centre tree and the item in intake's catalog replica (once per context). */
    public void catalogPublished() {
        if (count("SELECT count(*) FROM catalog_item WHERE item_code = ?", ITEM) > 0
                && count("SELECT count(*) FROM service_centre WHERE code IN (?, ?, ?)", CITY, TOWN, VILLAGE) == 3) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        send(new ServiceCentreChanged(CITY, "市民中心", CentreLevel.CITY, null, true, now));
        send(new ServiceCentreChanged(TOWN, "东镇便民服务中心", CentreLevel.TOWN, CITY, true, now));
        send(new ServiceCentreChanged(VILLAGE, "西村代办点", CentreLevel.VILLAGE, TOWN, true, now));
        send(CatalogEvents.foodLicence(ITEM, 1, "食品经营许可（范围测试）",
                List.of(new ItemVersionChanged.Delegation(CentreLevel.TOWN, DelegationMode.DELEGATED, List.of()),
                        new ItemVersionChanged.Delegation(CentreLevel.VILLAGE, DelegationMode.NONE, List.of())),
                CatalogEvents.original("M1", "申请书")));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM catalog_item WHERE item_code = ?", ITEM) > 0
                && count("SELECT count(*) FROM service_centre WHERE code IN (?, ?, ?)", CITY, TOWN, VILLAGE) == 3);
    }

    /** The bearer of a demo clerk ({@code clerk} at the city centre, {@code town-clerk} at the town's). */
    public static String clerk(String username, String centre) {
        return TestTokens.bearer(username, Set.of("WINDOW_CLERK"), null, centre);
    }

    /** A complete window submission by that clerk for the demo applicant; its case number. */
    public String submittedBy(String clerkBearer) throws Exception {
        String body = ApplicationBody.forItem(ITEM).provided("M1").mailedTo("浙江省杭州市西湖区文三路100号")
                .forApplicant("applicant").json();
        String response = mvc.perform(post("/api/intake/v1/applications").header("Authorization", clerkBearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(response).get("application").get("caseNumber").asString();
    }

    /** Review opened the case with a task of each department; returns once intake keeps them. */
    public void reviewOpened(String caseNumber, String... departments) {
        List<ReviewCaseOpened.Task> tasks = java.util.stream.IntStream.range(0, departments.length)
                .mapToObj(i -> new ReviewCaseOpened.Task(UUID.randomUUID(), departments[i], i + 1)).toList();
        send(new ReviewCaseOpened(caseNumber, ITEM, RouteMode.PARALLEL, tasks, LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(20), OffsetDateTime.now()));
        await().atMost(WAIT).until(() ->
                count("SELECT count(*) FROM case_department WHERE case_number = ?", caseNumber) == departments.length);
    }
}
