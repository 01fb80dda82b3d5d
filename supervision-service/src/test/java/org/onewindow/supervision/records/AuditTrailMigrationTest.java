package org.onewindow.supervision.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OldSchema;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migration V6 on a database as it stood before issue 8 (V5, in a schema of its own): the record audit lines move to
 * {@code audit_trail} under the record's case number, in their order, with the principal the command path writes;
 * {@code record_audit} is gone and every record starts at version 1.
 */
class AuditTrailMigrationTest extends SupervisionIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_old_record_audit_lines_move_to_the_audit_trail_under_the_case_number_in_their_order() {
        try (OldSchema old = OldSchema.upTo(dataSource, "5")) {
            UUID recordId = UUID.randomUUID();
            old.sql("""
                            insert into {schema}.supervision_records (id, case_number, item_code, item_name, licence_number,
                                supervising_department, holder_name, holder_masked_id_number, decided_at, participants,
                                pushed_at, claim_deadline, status, claimed_by, claimed_at, licence_status)
                            values (?, 'C01-OLD-1', 'ITEM-FOOD', '食品经营许可', 'JY-1', 'MARKET', '张三', '1101**********001X',
                                now(), '{rev-1}', now(), current_date + 2, 'CLAIMED', 'sup-1', now(), 'VALID')""")
                    .param(recordId).update();
            old.sql("""
                            insert into {schema}.record_audit (record_id, action, actor_id, actor_name, actor_role, on_behalf_of, at, detail)
                            values (?, 'PUSHED', 'system', 'OneWindow supervision', 'SYSTEM', null, now() - interval '1 hour',
                                    'pushed to MARKET'),
                                   (?, 'CLAIMED', 'sup-1', 'Supervisor One', 'SUPERVISOR', null, now(), null)""")
                    .param(recordId).param(recordId).update();

            old.migrateToLatest();

            assertThat(old.auditTrail("subject", "action", "actor_id", "actor_name", "actor_role", "principal", "detail"))
                    .containsExactly(
                            List.of("C01-OLD-1", "PUSHED", "system", "OneWindow supervision", "SYSTEM", "system:supervision",
                                    "pushed to MARKET"),
                            List.of("C01-OLD-1", "CLAIMED", "sup-1", "Supervisor One", "SUPERVISOR", "sup-1", ""));
            assertThat(old.hasTable("record_audit")).as("record_audit dropped").isFalse();
            assertThat(old.versions("supervision_records")).containsExactly(1L);
        }
    }
}
