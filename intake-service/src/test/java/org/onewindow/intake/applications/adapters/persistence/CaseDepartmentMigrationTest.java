package org.onewindow.intake.applications.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OldSchema;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Migration V3 fills {@code case_department} from the trail's {@code REVIEW_OPENED} lines of the cases review opened
 * before it (run in a schema of its own: the migrations up to V2, cases and trail lines, then the rest).
 */
@OneWindowTest
@AutoConfigureMockMvc
class CaseDepartmentMigrationTest {

    @Autowired
    DataSource dataSource;

    private static void application(OldSchema old, String caseNumber) {
        old.sql("insert into {schema}.application (case_number, item_code, item_version, item, centre_code, channel, status,"
                + " applicant_kind, applicant_name, applicant_id_number, applicant_id_masked, applicant_user_id, delivery_method,"
                + " materials, submitted_at, query_code_hash) values (?, 'I', 1, '{}', 'C-1', 'WINDOW',"
                + " 'IN_REVIEW', 'PERSON', 'n', 'x', 'x', 'u', 'WINDOW_PICKUP', '[]', now(), 'h')").param(caseNumber).update();
    }

    private static void trail(OldSchema old, String caseNumber, String action, String detail) {
        old.sql("insert into {schema}.audit_trail (subject, at, action, actor_id, actor_role, principal, detail)"
                + " values (?, now(), ?, 'system', 'SYSTEM', 'system:intake', ?)").params(caseNumber, action, detail).update();
    }

    @Test
    void the_departments_of_cases_review_opened_before_come_from_the_trail() {
        try (OldSchema old = OldSchema.upTo(dataSource, "2")) {
            application(old, "C-1-20260302-000001");
            application(old, "C-1-20260302-000002");
            application(old, "C-1-20260302-000003");
            trail(old, "C-1-20260302-000001", "REVIEW_OPENED", "review opened with departments [MARKET, HEALTH, FIRE]");
            trail(old, "C-1-20260302-000002", "REVIEW_OPENED", "review opened with departments [MARKET]");
            trail(old, "C-1-20260302-000002", "REVIEW_OPENED", "review opened with departments [MARKET]");
            trail(old, "C-1-20260302-000003", "SUBMITTED", "submitted through WINDOW at C-1 [sic]");
            trail(old, "C-1-20260302-000004", "REVIEW_OPENED", "review opened with departments [HEALTH]");

            old.migrateToLatest();

            List<String> rows = old.sql("select case_number || ' ' || department from {schema}.case_department"
                    + " order by case_number, department").query(String.class).list();
            assertThat(rows).containsExactly("C-1-20260302-000001 FIRE", "C-1-20260302-000001 HEALTH",
                    "C-1-20260302-000001 MARKET", "C-1-20260302-000002 MARKET");
        }
    }
}
