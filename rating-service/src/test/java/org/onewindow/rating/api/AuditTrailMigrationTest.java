package org.onewindow.rating.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OldSchema;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migration V3 on a database as it stood before issue 8 (V2, in a schema of its own): the case audit lines move to
 * {@code audit_trail} under the case number, in their order, with the principal the command path writes; the old
 * {@code audit_entry} table is gone and cases and rectifications start at version 1.
 */
@OneWindowTest
class AuditTrailMigrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_old_case_audit_lines_move_to_the_audit_trail_under_the_case_number_in_their_order() {
        try (OldSchema old = OldSchema.upTo(dataSource, "2")) {
            old.sql("""
                            insert into {schema}.rated_case (case_number, item_code, implementing_department, centre_code,
                                         applicant_user_id, agent_user_id, first_seen_at)
                            values ('C3301-OLD-1', 'FOOD-BIZ-LICENCE', 'MARKET', 'C-CITY-01', 'applicant-1', 'agent-7', now())""")
                    .update();
            old.sql("""
                            insert into {schema}.audit_entry (case_number, at, user_id, role, on_behalf_of, action, detail)
                            values ('C3301-OLD-1', now() - interval '2 hours', 'SYSTEM', 'SYSTEM', null, 'STAGE_OPENED',
                                    'ACCEPTANCE opened by intake.ApplicationAccepted'),
                                   ('C3301-OLD-1', now() - interval '1 hour', 'agent-7', 'AGENT', 'applicant-1', 'RATED',
                                    'ACCEPTANCE DISSATISFIED'),
                                   ('C3301-OLD-1', now() - interval '1 hour', 'SYSTEM', 'SYSTEM', null,
                                    'RECTIFICATION_OPENED', null)""")
                    .update();

            old.migrateToLatest();

            assertThat(old.auditTrail("subject", "action", "actor_id", "actor_role", "on_behalf_of", "principal", "detail"))
                    .containsExactly(
                            Arrays.asList("C3301-OLD-1", "STAGE_OPENED", "SYSTEM", "SYSTEM", null, "system:rating",
                                    "ACCEPTANCE opened by intake.ApplicationAccepted"),
                            Arrays.asList("C3301-OLD-1", "RATED", "agent-7", "AGENT", "applicant-1", "agent-7",
                                    "ACCEPTANCE DISSATISFIED"),
                            Arrays.asList("C3301-OLD-1", "RECTIFICATION_OPENED", "SYSTEM", "SYSTEM", null, "system:rating", ""));
            assertThat(old.hasTable("audit_entry")).as("audit_entry dropped").isFalse();
            assertThat(old.versions("rated_case")).containsExactly(1L);
        }
    }
}
