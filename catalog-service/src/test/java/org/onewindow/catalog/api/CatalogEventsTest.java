package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.platform.test.KafkaTestSupport.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventSchemas;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.DepartmentChanged;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.platform.messaging.CloudEventHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Every catalog change reaches its stream through the outbox as a CloudEvent whose data is the full state and
 * validates against the published JSON Schema (what consumers code against).
 */
class CatalogEventsTest extends CatalogIntegrationTest {

    static final String DEFINITION = """
            {"basicCode":"000099","implementationCode":"11330100MB0099-01","name":"小餐饮登记",
             "type":"ADMINISTRATIVE_LICENSING","legalBasis":"《浙江省食品小作坊小餐饮小食杂店管理办法》第十条",
             "implementingDepartment":"MARKET","handlingUnit":"市场监督管理局食品经营科","supervisingDepartment":"MARKET",
             "level":"CITY","delegations":[{"level":"TOWN","kind":"DELEGATED","centres":["C-TOWN-01"]}],
             "acceptanceConditions":["有固定经营场所"],
             "materials":[{"code":"APPLICATION-FORM","name":"申请书","required":true,"originalCount":1,"copyCount":0,
                           "deferrable":false,"templateRef":"forms/small-catering.docx"},
                          {"code":"LAYOUT-PLAN","name":"布局流程图","required":true,"originalCount":1,"copyCount":0,
                           "deferrable":true,"templateRef":null}],
             "promisedLimit":5,"statutoryLimit":20,"immediate":false,"fees":[],
             "route":{"mode":"SERIAL","twoPersonReview":true,"departments":["MARKET","HEALTH"]},
             "channels":["WINDOW","ONLINE"],"resultType":"CERTIFICATE","visitsRequired":0}
            """;

    @Test
    void a_published_draft_is_announced_once_with_its_full_state_as_a_schema_valid_cloud_event() throws Exception {
        mvc.perform(post("/api/catalog/v1/items").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"SMALL-CATERING-REG\",\"reason\":\"新增事项\",\"definition\":" + DEFINITION + "}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/catalog/v1/items/SMALL-CATERING-REG/versions/1/publication").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"按清单发布\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        List<ConsumerRecord<String, String>> records = keyedRecords(Stream.CATALOG_ITEMS, "SMALL-CATERING-REG");

        // the draft was not announced: only the version in force travels
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertCloudEvent(record, ItemVersionChanged.class, "SMALL-CATERING-REG");
        JsonNode event = parse(record.value());
        assertThat(event.path("itemCode").asString()).isEqualTo("SMALL-CATERING-REG");
        assertThat(event.path("version").asInt()).isEqualTo(1);
        assertThat(event.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(event.path("name").asString()).isEqualTo("小餐饮登记");
        assertThat(event.path("itemType").asString()).isEqualTo("ADMINISTRATIVE_LICENSING");
        assertThat(event.path("supervisingDepartment").asString()).isEqualTo("MARKET");
        assertThat(event.path("promisedLimitDays").asInt()).isEqualTo(5);
        assertThat(event.path("statutoryLimitDays").asInt()).isEqualTo(20);
        assertThat(event.path("route").path("mode").asString()).isEqualTo("SERIAL");
        assertThat(event.path("route").path("twoPersonReview").asBoolean()).isTrue();
        assertThat(texts(event.path("route").path("departments"))).containsExactly("MARKET", "HEALTH");
        assertThat(texts(event.path("delegations").get(0).path("centres"))).containsExactly("C-TOWN-01");
        assertThat(event.path("materials")).hasSize(2);
        assertThat(event.path("materials").get(1).path("code").asString()).isEqualTo("LAYOUT-PLAN");
        assertThat(event.path("materials").get(1).path("deferrable").asBoolean()).isTrue();
        assertThat(texts(event.path("channels"))).containsExactlyInAnyOrder("ONLINE", "WINDOW");
        assertThat(event.path("visitsRequired").asInt()).isZero();
        assertThat(event.path("changedBy").asString()).isEqualTo("admin-1");
        assertThat(event.path("changeReason").asString()).isEqualTo("按清单发布");
        assertThat(event.path("effectiveFrom").isNull()).isFalse();
    }

    @Test
    void a_calendar_put_is_announced_on_the_calendar_stream_with_its_version() throws Exception {
        String body = """
                {"holidays":["2027-01-01","2027-02-08","2027-02-09"],"adjustedWorkdays":["2027-02-06"],
                 "reason":"测试年度日历"}""";
        String response = mvc.perform(put("/api/catalog/v1/calendars/2027").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int version = parse(response).path("version").asInt();

        var records = keyed("2027", readStream(Stream.CATALOG_CALENDAR, read -> keyed("2027", read).stream()
                .anyMatch(r -> parse(r.value()).path("version").asInt() == version)));
        ConsumerRecord<String, String> record = records.getLast();
        assertCloudEvent(record, CalendarPublished.class, "2027");
        JsonNode event = parse(record.value());
        assertThat(event.path("year").asInt()).isEqualTo(2027);
        assertThat(texts(event.path("holidays"))).containsExactly("2027-01-01", "2027-02-08", "2027-02-09");
        assertThat(texts(event.path("adjustedWorkdays"))).containsExactly("2027-02-06");
    }

    @Test
    void the_official_calendars_are_published_at_start_up() {
        var records = readStream(Stream.CATALOG_CALENDAR,
                read -> !keyed("2025", read).isEmpty() && !keyed("2026", read).isEmpty());
        assertThat(keyed("2026", records)).isNotEmpty().allSatisfy(r -> {
            assertCloudEvent(r, CalendarPublished.class, "2026");
            assertThat(parse(r.value()).path("holidays").size()).isGreaterThan(10);
        });
    }

    @Test
    void a_department_change_is_announced_with_its_full_state() throws Exception {
        JsonNode event = announcedAfterPut("/api/catalog/v1/departments/STATISTICS",
                "{\"name\":\"统计局\",\"powers\":[\"STATS-SURVEY\"]}", DepartmentChanged.class,
                DepartmentChanged.KEY_PREFIX + "STATISTICS");

        assertThat(event.path("code").asString()).isEqualTo("STATISTICS");
        assertThat(event.path("name").asString()).isEqualTo("统计局");
        assertThat(texts(event.path("powers"))).containsExactly("STATS-SURVEY");
        assertThat(event.path("active").asBoolean()).isTrue();
    }

    @Test
    void a_service_centre_change_is_announced_with_its_level_and_parent() throws Exception {
        JsonNode event = announcedAfterPut("/api/catalog/v1/centres/C-TOWN-09",
                "{\"name\":\"城北镇便民服务中心\",\"level\":\"TOWN\",\"parent\":\"C-CITY-01\"}",
                ServiceCentreChanged.class, ServiceCentreChanged.KEY_PREFIX + "C-TOWN-09");

        assertThat(event.path("name").asString()).isEqualTo("城北镇便民服务中心");
        assertThat(event.path("level").asString()).isEqualTo("TOWN");
        assertThat(event.path("parentCode").asString()).isEqualTo("C-CITY-01");
    }

    /** An administrator's PUT (200), then the last event it announced under {@code key}, checked as a CloudEvent. */
    private JsonNode announcedAfterPut(String path, String json, Class<? extends DomainEvent> type, String key)
            throws Exception {
        mvc.perform(put(path).header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk());
        ConsumerRecord<String, String> record = keyedRecords(Stream.CATALOG_ITEMS, key).getLast();
        assertCloudEvent(record, type, key);
        return parse(record.value());
    }

    static void assertCloudEvent(ConsumerRecord<String, String> record, Class<? extends DomainEvent> type, String key) {
        assertThat(record.key()).isEqualTo(key);
        assertThat(header(record, CloudEventHeaders.SPECVERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(EventTypes.ceType(type));
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(key);
        assertThat(header(record, CloudEventHeaders.SOURCE)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(EventSchemas.validate(type, record.value())).as("schema violations of %s", record.value()).isEmpty();
    }

    static List<ConsumerRecord<String, String>> keyed(String key, List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> key.equals(r.key())).toList();
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
