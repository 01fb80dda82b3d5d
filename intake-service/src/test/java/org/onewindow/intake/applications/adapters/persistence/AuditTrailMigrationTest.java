package org.onewindow.intake.applications.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OldSchema;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Migration V2 moves an existing case trail into the platform's {@code audit_trail} (run in a schema of its own:
 * the service's migrations up to V1, a trail written the old way, then the rest).
 */
@OneWindowTest
@AutoConfigureMockMvc
class AuditTrailMigrationTest {

    private static final String CASE = "C-1-20260302-000001";

    @Autowired
    DataSource dataSource;

    @Test
    void the_old_case_trail_moves_to_the_audit_trail_in_order_with_the_actor_as_principal() {
        try (OldSchema old = OldSchema.upTo(dataSource, "1")) {
            old.sql("insert into {schema}.application (case_number, item_code, item_version, item, centre_code, channel, status,"
                    + " applicant_kind, applicant_name, applicant_id_number, applicant_id_masked, applicant_user_id, delivery_method,"
                    + " materials, submitted_at, query_code_hash) values (?, 'I', 1, '{}', 'C-1', 'WINDOW',"
                    + " 'ACCEPTED', 'PERSON', 'n', 'x', 'x', 'u', 'WINDOW_PICKUP', '[]', now(), 'h')").param(CASE).update();
            for (String[] line : List.of(new String[] {"SUBMITTED", "agent-1", "VILLAGE_AGENT", "张三", "submitted through VILLAGE_AGENT"},
                    new String[] {"ACCEPTED", "agent-1", "VILLAGE_AGENT", "张三", "accepted"},
                    new String[] {"DECIDED", "system", "SYSTEM", null, "decision APPROVED; pending delivery"})) {
                old.sql("insert into {schema}.audit_entry (case_number, at, action, actor_id, actor_role, on_behalf_of, detail)"
                                + " values (?, now(), ?, ?, ?, ?, ?)")
                        .param(CASE).params((Object[]) line).update();
            }

            old.migrateToLatest();

            assertThat(old.auditTrail("subject", "action", "actor_id", "actor_role", "on_behalf_of", "principal", "detail"))
                    .containsExactly(
                            Arrays.asList(CASE, "SUBMITTED", "agent-1", "VILLAGE_AGENT", "张三", "agent-1",
                                    "submitted through VILLAGE_AGENT"),
                            Arrays.asList(CASE, "ACCEPTED", "agent-1", "VILLAGE_AGENT", "张三", "agent-1", "accepted"),
                            Arrays.asList(CASE, "DECIDED", "system", "SYSTEM", null, "system",
                                    "decision APPROVED; pending delivery"));
            assertThat(old.hasTable("audit_entry")).as("the old table is gone").isFalse();
        }
    }
}
