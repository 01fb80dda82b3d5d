package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;

/** A creating POST retried with the same {@code Idempotency-Key} is answered from the first run, not run again. */
class CatalogIdempotencyTest extends CatalogIntegrationTest {

    @Test
    void creating_an_item_twice_with_the_same_key_creates_one_item_and_replays_the_response() throws Exception {
        String body = "{\"itemCode\":\"IDEMPOTENT-ITEM\",\"reason\":\"新增事项\",\"definition\":"
                + CatalogEventsTest.DEFINITION.replace("小餐饮登记", "幂等测试事项") + "}";
        MockHttpServletResponse first = postWithKey("/api/catalog/v1/items", "create-item-1", body)
                .andExpect(status().isCreated()).andReturn().getResponse();
        MockHttpServletResponse second = postWithKey("/api/catalog/v1/items", "create-item-1", body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotency-Replayed", "true")).andReturn().getResponse();

        assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"))
                .isEqualTo("/api/catalog/v1/items/IDEMPOTENT-ITEM");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        mvc.perform(get("/api/catalog/v1/items/IDEMPOTENT-ITEM/changes").header("Authorization", CLERK))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].action").value("CREATED"));
        // without the key the same request runs again, and the item exists already
        mvc.perform(post("/api/catalog/v1/items").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("item.code-taken")));
        // the same key for a different request is refused
        postWithKey("/api/catalog/v1/items", "create-item-1", body.replace("IDEMPOTENT-ITEM", "OTHER-ITEM"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void importing_twice_with_the_same_key_publishes_once_and_replays_the_report() throws Exception {
        String file = "{\"items\":[{\"itemCode\":\"IDEMPOTENT-IMPORT\",\"definition\":"
                + CatalogEventsTest.DEFINITION.replace("小餐饮登记", "幂等导入事项") + "}]}";
        String first = postWithKey("/api/catalog/v1/imports", "import-1", file)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.items").value(1))
                .andReturn().getResponse().getContentAsString();
        String second = postWithKey("/api/catalog/v1/imports", "import-1", file)
                .andExpect(status().isCreated()).andExpect(header().string("Idempotency-Replayed", "true"))
                .andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        // a second run would have published version 2
        mvc.perform(get("/api/catalog/v1/items/IDEMPOTENT-IMPORT").header("Authorization", CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.number").value(1))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }

    /** A catalog administrator's POST of JSON under an {@code Idempotency-Key}. */
    private ResultActions postWithKey(String path, String key, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", ADMIN).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
