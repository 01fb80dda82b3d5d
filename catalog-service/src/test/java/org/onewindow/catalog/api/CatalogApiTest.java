package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.Stream;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.http.MediaType;

/** The REST API against real PostgreSQL and Kafka, with the demo catalog loaded through the import. */
class CatalogApiTest extends CatalogIntegrationTest {

    @Test
    void searching_for_营业_finds_the_business_licence_items() throws Exception {
        mvc.perform(get("/api/catalog/v1/items").param("q", "营业").header("Authorization", CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].itemCode").value(org.hamcrest.Matchers.hasItem("BIZ-LICENCE-REG")));
    }

    @Test
    void search_criteria_combine_each_one_narrowing_the_result() throws Exception {
        mvc.perform(get("/api/catalog/v1/items").param("q", "食品").param("code", "FOOD-BIZ").param("department", "MARKET")
                        .param("level", "CITY").param("channel", "WINDOW").header("Authorization", CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].itemCode").value(org.hamcrest.Matchers.hasItem("FOOD-BIZ-LICENCE")))
                .andExpect(jsonPath("$.items[*].itemCode").value(
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("FOOD-PRODUCTION-LICENCE"))));
        mvc.perform(get("/api/catalog/v1/items").param("code", "FOOD-BIZ").param("department", "NOBODY")
                        .header("Authorization", CLERK))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void the_guide_is_public_and_its_html_lists_the_materials() throws Exception {
        String html = mvc.perform(get("/api/catalog/v1/guides/FOOD-BIZ-LICENCE.html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("食品经营许可", "布局流程图", "可容缺", "城东镇便民服务中心");
        assertThat(html).as("departments by name, not by code").contains("市场监督管理局").doesNotContain(">MARKET<");
    }

    @Test
    void reads_need_a_token_and_changes_need_catalog_admin() throws Exception {
        mvc.perform(get("/api/catalog/v1/items")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/catalog/v1/items/FOOD-BIZ-LICENCE/suspension").header("Authorization", CLERK)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_village_centre_accepts_the_items_proxied_to_villages() throws Exception {
        mvc.perform(get("/api/catalog/v1/centres/C-VIL-0101/items").param("size", "100").header("Authorization", CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].itemCode").value(org.hamcrest.Matchers.hasItem("FOOD-BIZ-LICENCE")))
                .andExpect(jsonPath("$.items[*].itemCode").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("OUTDOOR-AD-PERMIT"))));
    }

    @Test
    void a_published_version_cannot_be_edited_and_suspension_is_announced_with_the_full_state() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/catalog/v1/items/OUTDOOR-AD-PERMIT/versions/1").header("Authorization", ADMIN)
                        .header("If-Match", "*").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\",\"definition\":{\"name\":\"y\"}}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/catalog/v1/items/OUTDOOR-AD-PERMIT/suspension").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"监管部门要求暂停\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));

        var records = readStream(Stream.CATALOG_ITEMS, read -> read.stream().anyMatch(r ->
                "OUTDOOR-AD-PERMIT".equals(r.key()) && r.value().contains("\"status\":\"SUSPENDED\"")));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo("OUTDOOR-AD-PERMIT");
            assertThat(r.value()).contains("\"status\":\"SUSPENDED\"", "\"supervisingDepartment\":\"HOUSING\"");
            assertThat(KafkaTestSupport.header(r, "ce_type")).isNotNull();
        });
    }

    @Test
    void an_import_with_a_bad_row_reports_it_and_writes_nothing() throws Exception {
        String file = """
                {"departments":[{"code":"TAX","name":"税务局"}],
                 "items":[{"itemCode":"BAD-ITEM","definition":{"name":"坏事项","implementingDepartment":"NOBODY"}}]}
                """;
        mvc.perform(post("/api/catalog/v1/imports").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(file))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.rejected[0].key").value("BAD-ITEM"));
        mvc.perform(get("/api/catalog/v1/departments/TAX").header("Authorization", CLERK))
                .andExpect(status().isNotFound());
    }
}
