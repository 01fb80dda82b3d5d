package org.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The history seed against review's real schema (its Flyway migrations and the platform's, in an embedded
 * PostgreSQL): copies keep every constraint (the database checks them on insert), references stay consistent, the
 * audit trail's chain is sealed per new subject, and only completed template cases and published outbox rows are
 * copied.
 */
class SeedTest {

    private static final String DAY = "20261130";
    private static final String TEMPLATE = "C-CITY-01-" + DAY + "-000001";
    private static final String OPEN_CASE = "C-CITY-01-" + DAY + "-000002";
    private static final String TASK = "6f1c2a34-1b2c-4d5e-8f90-0123456789ab";
    private static final String EVENT = "0a1b2c3d-4e5f-4a6b-8c7d-9e8f7a6b5c4d";

    private static EmbeddedPostgres postgres;
    private static DataSource review;

    @BeforeAll
    static void migrateReviewSchema() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "seed-test-postgres"));
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(work.toFile()).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database review");
        }
        review = postgres.getDatabase("postgres", "review");
        Flyway.configure().dataSource(review).outOfOrder(true).locations(
                "filesystem:../review-service/src/main/resources/db/migration",
                "filesystem:../platform/messaging/src/main/resources/db/platform-messaging",
                "filesystem:../platform/calendar/src/main/resources/db/platform-calendar",
                "filesystem:../platform/web/src/main/resources/db/platform-web",
                "filesystem:../platform/commands/src/main/resources/db/platform-commands").load().migrate();
        try (Connection c = review.getConnection(); Statement s = c.createStatement()) {
            for (String caseNumber : List.of(TEMPLATE, OPEN_CASE)) {
                s.execute("""
                        insert into review_case (case_number, item_code, item_name, item_version, route_mode,
                            two_person_review, immediate, accepted_on, accepted_at, accepted_by, promised_limit,
                            statutory_limit, status, promised_deadline, statutory_deadline, licence_number,
                            raised_warnings)
                        values ('%s', 'FOOD-BIZ-LICENCE', '食品经营许可', 1, 'PARALLEL', false, false, date '2026-11-30',
                            now(), 'clerk', 10, 20, 'DECIDED', date '2026-12-14', date '2026-12-28', %s,
                            array['WARN %s'])""".formatted(caseNumber,
                        caseNumber.equals(TEMPLATE) ? "'FOOD-BIZ-LICENCE-2026-000001'" : "null", caseNumber));
                s.execute("insert into audit_trail (subject, at, action, actor_id, actor_role, principal, detail) "
                        + "values ('" + caseNumber + "', now(), 'ACCEPTED', 'clerk', 'CLERK', 'clerk', 'opened'), "
                        + "('" + caseNumber + "', now(), 'DECIDED', 'system', 'SYSTEM', 'system:review', 'approved')");
            }
            s.execute("""
                    insert into department_task (task_id, case_number, department, position, two_person_review, status,
                        limit_days, version, review_reasons)
                    values ('%s', '%s', 'MARKET', 1, false, 'APPROVED', 10, 2, null)""".formatted(TASK, TEMPLATE));
            s.execute("""
                    insert into licence (number, case_number, item_code, holder_name, holder_kind, valid_from, status,
                        document_state, version)
                    values ('FOOD-BIZ-LICENCE-2026-000001', '%s', 'FOOD-BIZ-LICENCE', '张三', 'PERSON',
                        date '2026-11-30', 'VALID', 'PENDING', 1)""".formatted(TEMPLATE));
            s.execute("""
                    insert into outbox (event_id, topic, key, ce_type, ce_subject, ce_time, payload, published_at)
                    values ('%s', 'review.cases', '%s', 'review.CaseDecided', '%s', now(),
                            '{"caseNumber":"%s","taskId":"%s"}', now()),
                           (gen_random_uuid(), 'review.cases', '%s', 'review.CaseDecided', '%s', now(), '{}', null)"""
                    .formatted(EVENT, TEMPLATE, TEMPLATE, TEMPLATE, TASK, TEMPLATE, TEMPLATE));
            s.execute("insert into inbox (consumer_group, event_id) values ('review', '" + EVENT + "')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void copiesTheTemplateCasesUnderNewKeysKeepingEveryConstraintAndReference() throws SQLException {
        Map<String, Long> added;
        try (Connection c = review.getConnection()) {
            added = new HistorySeeder(c, DAY, List.of(TEMPLATE), true).seed(3, 2, line -> { });
        }

        assertThat(added).containsEntry("review_case", 3L).containsEntry("department_task", 3L)
                .containsEntry("licence", 3L).containsEntry("audit_trail", 6L).containsEntry("inbox", 3L)
                .containsEntry("outbox", 3L); // the unpublished outbox row is not copied
        // keys are rewritten; content no index holds (here the warnings) keeps its template's text
        assertThat(strings("select case_number || ' ' || licence_number || ' ' || raised_warnings[1] from review_case "
                + "where case_number like 'C-CITY-01-2001%' order by 1")).containsExactly(
                "C-CITY-01-20010102-000001 FOOD-BIZ-LICENCE-1001-000001 WARN " + TEMPLATE,
                "C-CITY-01-20010103-000001 FOOD-BIZ-LICENCE-1002-000001 WARN " + TEMPLATE,
                "C-CITY-01-20010104-000001 FOOD-BIZ-LICENCE-1003-000001 WARN " + TEMPLATE);
        // the case still open on the template day is no template
        assertThat(strings("select case_number from review_case where case_number like '%-000002'"))
                .containsExactly(OPEN_CASE);
        // each copy's task belongs to the copy's case (the foreign key holds), under an id of its own
        assertThat(strings("select count(distinct t.task_id) from department_task t join review_case c "
                + "on c.case_number = t.case_number where t.case_number like '%-2001%'")).containsExactly("3");
        // the copy's event is keyed by the copy's case; its payload is the template's text
        assertThat(strings("select count(*) from outbox where key like '%-2001%' and ce_subject = key "
                + "and payload like '%" + TEMPLATE + "%'")).containsExactly("3");
        assertThat(strings("select count(*) from licence l join review_case c on c.licence_number = l.number "
                + "and c.case_number = l.case_number")).containsExactly("4");
        // an inbox row's event id (text) and the outbox's event id (uuid) of a copy are mapped alike
        assertThat(strings("select count(*) from inbox i join outbox o on o.event_id::text = i.event_id "
                + "where o.key like '%-2001%'")).containsExactly("3");
        // each new subject has its own sealed chain: seq 1 and 2, the second linked to the first
        assertThat(strings("""
                select count(*) from audit_trail a join audit_trail b on b.subject = a.subject and b.seq = 2
                where a.seq = 1 and a.prev_hash = repeat('0', 64) and b.prev_hash = a.hash
                  and a.hash = audit_trail_digest(a.subject, a.seq, a.at, a.action, a.actor_id, a.actor_name,
                      a.actor_role, a.on_behalf_of, a.principal, a.detail, a.prev_hash)
                  and a.subject like '%-2001%'""")).containsExactly("3");
        // null arrays stay null, serial ids come from the sequence
        assertThat(strings("select count(*) from department_task where review_reasons is null")).containsExactly("4");
        assertThat(strings("select count(distinct id) from outbox")).containsExactly("5");
    }

    @Test
    void rewritesOnlyTemplateDayCaseNumbersLicenceNumbersAndUuids() throws SQLException {
        try (Connection c = review.getConnection(); Statement s = c.createStatement()) {
            for (String function : SeedSql.functions(DAY, "2026")) {
                s.execute(function);
            }
            assertThat(single(s, "select pg_temp.seed_text('C-X-20261129-000001 C-X-20261130-000007', 5)"))
                    .isEqualTo("C-X-20261129-000001 C-X-20010106-000007");
            assertThat(single(s, "select pg_temp.seed_text('ITEM-2026-000042 2026-11-30', 5)"))
                    .isEqualTo("ITEM-1005-000042 2026-11-30");
            assertThat(single(s, "select pg_temp.seed_text(upper('" + TASK + "'), 1) = "
                    + "pg_temp.seed_uuid('" + TASK + "', 1)::text")).isEqualTo("t");
            assertThat(single(s, "select pg_temp.seed_uuid('" + TASK + "', 1) <> pg_temp.seed_uuid('" + TASK
                    + "', 2)")).isEqualTo("t");
        }
    }

    @Test
    void leavesColumnsTheDatabaseFillsToTheDatabase() {
        var id = new SeedSql.Column("id", "bigint", "int8", "nextval('outbox_id_seq'::regclass)", false, false, true);
        var tags = new SeedSql.Column("tags", "ARRAY", "_text", null, false, false, true);
        var body = new SeedSql.Column("body", "jsonb", "jsonb", null, false, false, true);
        var note = new SeedSql.Column("note", "text", "text", null, false, false, false);
        String sql = SeedSql.insert("t", "seed_src", List.of(id, tags, body, note), "id");
        assertThat(sql).startsWith("insert into \"t\" (\"tags\", \"body\", \"note\") select case when s.\"tags\" is null")
                .contains("pg_temp.seed_text(s.\"body\"::text, k)::jsonb, s.\"note\" from")
                .endsWith("order by k, s.\"id\" on conflict do nothing");
    }

    private static List<String> strings(String sql) throws SQLException {
        try (Connection c = review.getConnection(); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
