package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.items.application.EffectiveDates;
import org.onewindow.catalog.items.application.ItemCatalog;
import org.onewindow.catalog.items.application.ItemReads;
import org.onewindow.catalog.items.domain.ItemVersion;
import org.onewindow.contracts.Stream;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.platform.test.Concurrently;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * 生效日期: a version published for a later date does not replace the version in force before that date; on the
 * date the scheduler puts it in force and announces it, and only then, once even when two instances run it at once.
 */
class CatalogEffectiveDateTest extends CatalogIntegrationTest {

    private static final String CODE = "FUTURE-RULES-ITEM";

    @Autowired
    EffectiveDates effectiveDates;
    @Autowired
    ItemReads reads;
    @Autowired
    ItemCatalog items;
    @Autowired
    Clock clock;

    @Test
    void a_version_effective_next_month_waits_and_the_current_version_stays_in_force_until_then() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate nextMonth = today.plusDays(30);
        mvc.perform(post("/api/catalog/v1/items").header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"itemCode\":\"" + CODE + "\",\"reason\":\"新增事项\",\"definition\":"
                                + CatalogEventsTest.DEFINITION + "}"))
                .andExpect(status().isCreated());
        publish(1, null).andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/catalog/v1/items/" + CODE + "/versions").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"压缩承诺时限\"}"))
                .andExpect(status().isCreated());
        String etag = mvc.perform(get("/api/catalog/v1/items/" + CODE).header("Authorization", CLERK))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/catalog/v1/items/" + CODE + "/versions/2").header("Authorization", ADMIN)
                        .header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"承诺时限由5日压缩为4日\",\"definition\":"
                                + CatalogEventsTest.DEFINITION.replace("\"promisedLimit\":5", "\"promisedLimit\":4") + "}"))
                .andExpect(status().isOk());

        publish(2, nextMonth).andExpect(jsonPath("$.status").value("SCHEDULED"))
                .andExpect(jsonPath("$.effectiveFrom").value(nextMonth.toString()));

        mvc.perform(get("/api/catalog/v1/items/" + CODE).header("Authorization", CLERK))
                .andExpect(jsonPath("$.current.number").value(1))
                .andExpect(jsonPath("$.current.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.current.definition.promisedLimit").value(5))
                .andExpect(jsonPath("$.versions[1].status").value("SCHEDULED"));
        publish(2, null).andExpect(status().isConflict());
        assertThat(effectiveDates.activateDue(today)).extracting(ItemVersion::itemCode).doesNotContain(CODE);

        // two instances (two beans on the one database) reach the date at the same moment: it takes effect once
        EffectiveDates otherInstance = new EffectiveDates(reads, items, clock);
        List<List<ItemVersion>> switched = Concurrently.run(() -> effectiveDates.activateDue(nextMonth),
                () -> otherInstance.activateDue(nextMonth));
        assertThat(switched.stream().flatMap(List::stream)).extracting(ItemVersion::itemCode).containsOnlyOnce(CODE);

        mvc.perform(get("/api/catalog/v1/items/" + CODE).header("Authorization", CLERK))
                .andExpect(jsonPath("$.current.number").value(2))
                .andExpect(jsonPath("$.current.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.versions[0].status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.versions[0].effectiveUntil").value(nextMonth.minusDays(1).toString()));
        mvc.perform(get("/api/catalog/v1/items/" + CODE + "/changes").header("Authorization", CLERK))
                .andExpect(jsonPath("$.items[-1].action").value("TOOK_EFFECT"))
                .andExpect(jsonPath("$.items[?(@.action == 'TOOK_EFFECT')]", hasSize(1)))
                .andExpect(jsonPath("$.items[-1].actorId").value("catalog-scheduler"));

        // announced twice: version 1 when published, version 2 when it took effect — not when it was scheduled
        var records = CatalogEventsTest.keyed(CODE, readStream(Stream.CATALOG_ITEMS, read -> CatalogEventsTest
                .keyed(CODE, read).stream().anyMatch(r -> parse(r.value()).path("version").asInt() == 2)));
        assertThat(records).hasSize(2);
        CatalogEventsTest.assertCloudEvent(records.get(1), ItemVersionChanged.class, CODE);
        var event = parse(records.get(1).value());
        assertThat(event.path("version").asInt()).isEqualTo(2);
        assertThat(event.path("promisedLimitDays").asInt()).isEqualTo(4);
        assertThat(event.path("effectiveFrom").asString()).isEqualTo(nextMonth.toString());
        assertThat(event.path("changedBy").asString()).isEqualTo("catalog-scheduler");
    }

    private org.springframework.test.web.servlet.ResultActions publish(int version, LocalDate effectiveFrom) throws Exception {
        String body = effectiveFrom == null ? "{\"reason\":\"发布\"}"
                : "{\"reason\":\"定期生效\",\"effectiveFrom\":\"" + effectiveFrom + "\"}";
        return mvc.perform(post("/api/catalog/v1/items/" + CODE + "/versions/" + version + "/publication")
                .header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
