package org.onewindow.review.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OldSchema;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migration V4 on a database as it stood before issue 8 (V3, in a schema of its own): the case audit lines move to
 * {@code audit_trail} under the case number, in their order, with the principal the command path writes; the old
 * {@code audit_entry} is gone and every task has a version.
 */
class AuditTrailMigrationTest extends ReviewIntegrationSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void the_old_case_audit_lines_move_to_the_audit_trail_under_the_case_number_in_their_order() {
        try (OldSchema old = OldSchema.upTo(dataSource, "3")) {
            old.sql("""
                            insert into {schema}.review_case (case_number, item_code, item_name, item_version, route_mode,
                                two_person_review, immediate, accepted_on, accepted_at, accepted_by, promised_limit,
                                statutory_limit, status, promised_deadline, statutory_deadline, version)
                            values ('C-OLD-1', '330100-SP-001', '食品经营许可', 3, 'PARALLEL', true, false, date '2026-03-02',
                                now(), 'clerk-1', 10, 20, 'APPROVED', date '2026-03-16', date '2026-03-30', 4)""").update();
            old.sql("""
                            insert into {schema}.department_task (task_id, case_number, department, position,
                                two_person_review, status, limit_days)
                            values (?, 'C-OLD-1', 'MARKET', 1, true, 'APPROVED', 10)""").param(UUID.randomUUID()).update();
            // stored out of order on purpose: the trail keeps the order of seq
            old.sql("""
                            insert into {schema}.audit_entry (case_number, seq, at, user_id, role, on_behalf_of, action, detail)
                            values ('C-OLD-1', 2, now(), 'supervisor-1', 'SUPERVISOR', null, 'LICENCE_SUSPENDED', null),
                                   ('C-OLD-1', 0, now() - interval '2 days', 'system', 'SYSTEM', null, 'CASE_OPENED', 'PARALLEL route'),
                                   ('C-OLD-1', 1, now() - interval '1 day', 'r-m', 'REVIEWER', 'holder-a', 'REVIEW_APPROVE', 'task')""")
                    .update();

            old.migrateToLatest();

            assertThat(old.auditTrail("subject", "action", "actor_id", "actor_role", "on_behalf_of", "principal", "detail"))
                    .containsExactly(
                            Arrays.asList("C-OLD-1", "CASE_OPENED", "system", "SYSTEM", null, "system:review", "PARALLEL route"),
                            Arrays.asList("C-OLD-1", "REVIEW_APPROVE", "r-m", "REVIEWER", "holder-a", "r-m", "task"),
                            Arrays.asList("C-OLD-1", "LICENCE_SUSPENDED", "supervisor-1", "SUPERVISOR", null, "system:review", ""));
            assertThat(old.hasTable("audit_entry")).as("audit_entry dropped").isFalse();
            assertThat(old.versions("department_task")).containsExactly(1L);
        }
    }
}
