package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.onewindow.platform.web.problems.InvalidRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class PagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private PageResult<String> thingsNamed(String prefix, PageQuery page) {
        return SqlPages.page(jdbc, "name", "FROM thing WHERE name LIKE :prefix", "name, id",
                Map.of("prefix", prefix + "%"), (rs, n) -> rs.getString("name"), page);
    }

    private void insertThing(String name) {
        jdbc.sql("INSERT INTO thing (id, name, version) VALUES (?, ?, 1)").params(UUID.randomUUID(), name).update();
    }

    @Test
    void sql_page_counts_what_its_filter_matches_on_every_page_and_past_the_last() {
        String prefix = "paged-" + UUID.randomUUID() + "-";
        for (int i = 0; i < 5; i++) {
            insertThing(prefix + i);
        }
        PageResult<String> first = thingsNamed(prefix, new PageQuery(0, 2));
        assertThat(first.items()).containsExactly(prefix + 0, prefix + 1);
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(thingsNamed(prefix, new PageQuery(2, 2)).items()).containsExactly(prefix + 4);
        PageResult<String> past = thingsNamed(prefix, new PageQuery(7, 2));
        assertThat(past.items()).isEmpty();
        assertThat(past.totalItems()).isEqualTo(5);
        assertThat(thingsNamed("nothing-" + prefix, PageQuery.first()).totalItems()).isZero();
    }

    /** Rows and total come from one snapshot: while rows arrive, every page read shows as many rows as it counts. */
    @Test
    void sql_page_total_never_disagrees_with_its_rows_while_rows_arrive() throws Exception {
        String prefix = "arriving-" + UUID.randomUUID() + "-";
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 150; i++) {
                insertThing(prefix + i);
            }
        });
        List<String> disagreements = new java.util.ArrayList<>();
        while (writer.isAlive()) {
            PageResult<String> page = thingsNamed(prefix, new PageQuery(0, PageQuery.MAX_SIZE));
            if (page.items().size() != page.totalItems()) {
                disagreements.add(page.items().size() + " rows, total " + page.totalItems());
            }
        }
        writer.join();
        assertThat(disagreements).as("pages whose total counted other rows than they showed").isEmpty();
        assertThat(thingsNamed(prefix, PageQuery.first()).totalItems()).isEqualTo(150);
    }

    @Test
    void page_query_is_resolved_with_defaults() throws Exception {
        mvc.perform(get("/things").header("Authorization", Requests.CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items").isArray())
                .andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.totalPages").isNumber());
        mvc.perform(get("/things").param("page", "2").param("size", "5").header("Authorization", Requests.CLERK))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void out_of_range_or_non_numeric_paging_is_a_problem() throws Exception {
        mvc.perform(get("/things").param("size", "201").header("Authorization", Requests.CLERK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://onewindow.org/problems/validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].rule").value("Range"));
        mvc.perform(get("/things").param("page", "-1").param("size", "0").header("Authorization", Requests.CLERK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[1].field").value("size"));
        mvc.perform(get("/things").param("page", "first").header("Authorization", Requests.CLERK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].rule").value("type-mismatch"));
    }

    @Test
    void page_result_counts_pages() {
        PageQuery query = new PageQuery(1, 20);
        assertThat(query.offset()).isEqualTo(20);
        PageResult<Integer> result = PageResult.of(List.of(1, 2), query, 41);
        assertThat(result.totalPages()).isEqualTo(3);
        assertThat(PageResult.of(List.of(), query, 0).totalPages()).isZero();
        assertThat(PageResult.of(List.of(), query, 40).totalPages()).isEqualTo(2);
        assertThat(result.map(i -> "#" + i).items()).containsExactly("#1", "#2");
        assertThatThrownBy(() -> new PageQuery(0, 0)).isInstanceOf(InvalidRequest.class);
    }
}
