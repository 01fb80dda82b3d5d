package org.onewindow.intake.applications.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.Migrations;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V2 moves an existing case trail into the platform's {@code audit_trail} (run in a schema of its own:
 * the service's migrations up to V1, a trail written the old way, then the rest).
 */
@OneWindowTest
@AutoConfigureMockMvc
class AuditTrailMigrationTest {

    private static final String SCHEMA = "audit_migration_test";

    @Autowired
    DataSource dataSource;

    @Test
    void the_old_case_trail_moves_to_the_audit_trail_in_order_with_the_actor_as_principal() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
        Migrations.upTo(dataSource, SCHEMA, "1");
        String table = SCHEMA + ".";
        jdbc.sql("insert into " + table + "application (case_number, item_code, item_version, item, centre_code, channel, status,"
                + " applicant_kind, applicant_name, applicant_id_number, applicant_id_masked, applicant_user_id, delivery_method,"
                + " materials, submitted_at, query_code_hash) values ('C-1-20260302-000001', 'I', 1, '{}', 'C-1', 'WINDOW',"
                + " 'ACCEPTED', 'PERSON', 'n', 'x', 'x', 'u', 'WINDOW_PICKUP', '[]', now(), 'h')").update();
        for (String[] line : List.of(new String[] {"SUBMITTED", "agent-1", "VILLAGE_AGENT", "张三", "submitted through VILLAGE_AGENT"},
                new String[] {"ACCEPTED", "agent-1", "VILLAGE_AGENT", "张三", "accepted"},
                new String[] {"DECIDED", "system", "SYSTEM", null, "decision APPROVED; pending delivery"})) {
            jdbc.sql("insert into " + table + "audit_entry (case_number, at, action, actor_id, actor_role, on_behalf_of, detail)"
                            + " values ('C-1-20260302-000001', now(), ?, ?, ?, ?, ?)")
                    .params((Object[]) line).update();
        }

        Migrations.upTo(dataSource, SCHEMA, "latest");

        List<Map<String, Object>> trail = jdbc.sql("select subject, action, actor_id, actor_role, on_behalf_of, principal, detail"
                + " from " + table + "audit_trail order by id").query().listOfRows();
        assertThat(trail).extracting(row -> row.get("action")).containsExactly("SUBMITTED", "ACCEPTED", "DECIDED");
        assertThat(trail).allSatisfy(row -> assertThat(row.get("subject")).isEqualTo("C-1-20260302-000001"));
        assertThat(trail.getFirst()).containsEntry("actor_id", "agent-1").containsEntry("actor_role", "VILLAGE_AGENT")
                .containsEntry("on_behalf_of", "张三").containsEntry("principal", "agent-1")
                .containsEntry("detail", "submitted through VILLAGE_AGENT");
        assertThat(trail.getLast()).containsEntry("actor_id", "system").containsEntry("principal", "system");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = ? and table_name = 'audit_entry'")
                .param(SCHEMA).query(Long.class).single()).as("the old table is gone").isZero();
        jdbc.sql("drop schema " + SCHEMA + " cascade").update();
    }
}
