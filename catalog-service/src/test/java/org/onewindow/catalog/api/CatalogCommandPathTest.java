package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.items.application.EffectiveDates;
import org.onewindow.platform.clock.ChinaTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 8: every catalog change goes through the one command path: If-Match checked against the version in the
 * same transaction as the change (412 on a stale ETag; required to edit a draft, optional elsewhere), the change
 * log in the platform's audit_trail, the scheduled job on the same path with principal {@code system:catalog}.
 */
class CatalogCommandPathTest extends CatalogIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EffectiveDates effectiveDates;

    @Test
    void a_new_draft_publication_and_suspension_accept_the_current_etag_and_refuse_a_stale_one() throws Exception {
        String code = "PATH-ETAG-ITEM";
        String created = create(code).andExpect(status().isCreated()).andReturn().getResponse().getHeader("ETag");
        String published = command(post(items(code) + "/versions/1/publication"), created, "{\"reason\":\"发布\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(published).isNotEqualTo(created);

        command(post(items(code) + "/suspension"), created, "{\"reason\":\"暂停\"}")
                .andExpect(status().isPreconditionFailed());
        command(post(items(code) + "/versions"), created, "{\"reason\":\"新版本\"}")
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(items(code)).header("Authorization", CLERK))
                .andExpect(header().string("ETag", published)).andExpect(jsonPath("$.current.status").value("PUBLISHED"));

        String suspended = command(post(items(code) + "/suspension"), published, "{\"reason\":\"暂停\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andReturn().getResponse().getHeader("ETag");
        command(post(items(code) + "/versions"), suspended, "{\"reason\":\"新版本\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(2));
    }

    @Test
    void editing_a_draft_requires_if_match_and_a_stale_one_changes_nothing() throws Exception {
        String code = "PATH-EDIT-ITEM";
        String etag = create(code).andExpect(status().isCreated()).andReturn().getResponse().getHeader("ETag");
        String body = "{\"reason\":\"改名\",\"definition\":{\"name\":\"新名称\"}}";

        command(put(items(code) + "/versions/1"), null, body).andExpect(status().isPreconditionRequired());
        command(put(items(code) + "/versions/1"), "\"v99\"", body).andExpect(status().isPreconditionFailed());
        mvc.perform(get(items(code)).header("Authorization", CLERK))
                .andExpect(header().string("ETag", etag)).andExpect(jsonPath("$.versions[0].number").value(1));
        assertThat(actions(code)).containsExactly("CREATED");

        command(put(items(code) + "/versions/1"), etag, body)
                .andExpect(status().isOk()).andExpect(jsonPath("$.definition.name").value("新名称"));
        assertThat(actions(code)).containsExactly("CREATED", "EDITED");
    }

    @Test
    void a_refused_command_writes_no_audit_line_and_no_event() throws Exception {
        String code = "PATH-REFUSED-ITEM";
        create(code).andExpect(status().isCreated());
        long outbox = outboxRows();
        command(post(items(code) + "/suspension"), null, "{\"reason\":\"未发布即暂停\"}")
                .andExpect(status().isConflict());
        assertThat(actions(code)).containsExactly("CREATED");
        assertThat(outboxRows()).isEqualTo(outbox);
    }

    @Test
    void the_change_log_reads_the_audit_trail_with_version_role_and_reason() throws Exception {
        String code = "PATH-LOG-ITEM";
        create(code).andExpect(status().isCreated());
        command(post(items(code) + "/versions/1/publication"), null, "{\"reason\":\"按清单发布\"}")
                .andExpect(status().isOk());

        mvc.perform(get(items(code) + "/changes").header("Authorization", CLERK))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[1].itemCode").value(code))
                .andExpect(jsonPath("$.items[1].version").value(1))
                .andExpect(jsonPath("$.items[1].action").value("PUBLISHED"))
                .andExpect(jsonPath("$.items[1].actorId").value("admin-1"))
                .andExpect(jsonPath("$.items[1].role").value("CATALOG_ADMIN"))
                .andExpect(jsonPath("$.items[1].reason").value("按清单发布"));
        Map<String, Object> row = jdbc.sql("select principal, actor_role, detail from audit_trail where subject = :s "
                + "and action = 'PUBLISHED'").param("s", code).query().singleRow();
        assertThat(row).containsEntry("principal", "admin-1").containsEntry("actor_role", "CATALOG_ADMIN")
                .containsEntry("detail", "version 1: 按清单发布");
    }

    @Test
    void the_effective_date_job_takes_the_command_path_with_principal_system_catalog() throws Exception {
        String code = "PATH-JOB-ITEM";
        LocalDate today = ChinaTime.today(java.time.Clock.systemUTC());
        create(code).andExpect(status().isCreated());
        command(post(items(code) + "/versions/1/publication"), null,
                "{\"reason\":\"定期生效\",\"effectiveFrom\":\"" + today.plusDays(3) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SCHEDULED"));

        assertThat(effectiveDates.activateDue(today.plusDays(3))).anySatisfy(v -> assertThat(v.itemCode()).isEqualTo(code));

        Map<String, Object> row = jdbc.sql("select actor_id, actor_role, principal from audit_trail where subject = :s "
                + "and action = 'TOOK_EFFECT'").param("s", code).query().singleRow();
        assertThat(row).containsEntry("actor_id", "catalog-scheduler").containsEntry("actor_role", "SYSTEM")
                .containsEntry("principal", "system:catalog");
        mvc.perform(get(items(code)).header("Authorization", CLERK))
                .andExpect(header().string("ETag", "\"v3\"")).andExpect(jsonPath("$.current.status").value("PUBLISHED"));
    }

    @Test
    void a_department_and_a_calendar_answer_their_etag_and_refuse_a_stale_if_match() throws Exception {
        String first = mvc.perform(put("/api/catalog/v1/departments/PATH-DEPT").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"路径局\",\"powers\":[]}"))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/catalog/v1/departments/PATH-DEPT").header("Authorization", CLERK))
                .andExpect(header().string("ETag", first));
        mvc.perform(put("/api/catalog/v1/departments/PATH-DEPT").header("Authorization", ADMIN).header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"路径管理局\",\"powers\":[]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("路径管理局"));
        mvc.perform(put("/api/catalog/v1/departments/PATH-DEPT").header("Authorization", ADMIN).header("If-Match", first)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"旧名\",\"powers\":[]}"))
                .andExpect(status().isPreconditionFailed());

        String calendar = "{\"holidays\":[\"2041-01-01\"],\"adjustedWorkdays\":[],\"reason\":\"测试\"}";
        String v1 = mvc.perform(put("/api/catalog/v1/calendars/2041").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(calendar))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(put("/api/catalog/v1/calendars/2041").header("Authorization", ADMIN).header("If-Match", v1)
                        .contentType(MediaType.APPLICATION_JSON).content(calendar))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(put("/api/catalog/v1/calendars/2041").header("Authorization", ADMIN).header("If-Match", v1)
                        .contentType(MediaType.APPLICATION_JSON).content(calendar))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/catalog/v1/calendars/2041").header("Authorization", CLERK))
                .andExpect(header().string("ETag", "\"v2\"")).andExpect(jsonPath("$.version").value(2));
    }

    private ResultActions create(String code) throws Exception {
        return mvc.perform(post("/api/catalog/v1/items").header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"itemCode\":\"" + code + "\",\"reason\":\"新增事项\",\"definition\":"
                        + CatalogEventsTest.DEFINITION + "}"));
    }

    private ResultActions command(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                  String ifMatch, String body) throws Exception {
        request.header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private List<String> actions(String code) {
        return jdbc.sql("select action from audit_trail where subject = :s order by id").param("s", code)
                .query(String.class).list();
    }

    private long outboxRows() {
        return jdbc.sql("select count(*) from outbox").query(Long.class).single();
    }

    private static String items(String code) {
        return "/api/catalog/v1/items/" + code;
    }
}
