package org.onewindow.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OldSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The audit trail's hash chain on the embedded PostgreSQL: sealed on every insert, verified in Java, and every kind
 * of tampering (an altered detail, a deleted entry, an altered-and-resealed entry) named at its first broken link.
 */
class AuditTrailChainTest extends ParcelTestSupport {

    @Autowired
    DataSource dataSource;

    /** A parcel with four entries: REGISTERED, WEIGHED, WEIGHED, SEALED. */
    private String parcelWithFourEntries() {
        String id = registered();
        parcels.change(id, Command.of("weigh", BOB), p -> p.weigh(10, BOB));
        parcels.change(id, Command.of("weigh", BOB), p -> p.weigh(20, BOB));
        parcels.change(id, Command.of("seal", BOB), p -> p.seal(BOB));
        return id;
    }

    private long rowId(String subject, int seq) {
        return jdbc.sql("select id from audit_trail where subject = ? and seq = ?").params(subject, seq)
                .query(Long.class).single();
    }

    @Test
    void appended_entries_are_chained_in_order_and_verify() {
        String id = parcelWithFourEntries();

        List<List<String>> chain = jdbc.sql("select seq, prev_hash, hash from audit_trail where subject = ? order by seq")
                .param(id).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(chain).extracting(l -> l.get(0)).containsExactly("1", "2", "3", "4");
        assertThat(chain.get(0).get(1)).isEqualTo(AuditChain.GENESIS);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).get(1)).as("entry %d links to entry %d", i + 1, i).isEqualTo(chain.get(i - 1).get(2));
        }
        AuditTrailVerification one = auditTrail.verify(id);
        assertThat(one.intact()).isTrue();
        assertThat(one.entriesChecked()).isEqualTo(4);
        assertThat(one.subjectsChecked()).isEqualTo(1);
    }

    @Test
    void the_java_digest_agrees_with_the_database_on_names_beyond_ascii_and_on_nulls() {
        String subject = "C-" + UUID.randomUUID();
        jdbc.sql("""
                        insert into audit_trail (subject, at, action, actor_id, actor_name, actor_role, on_behalf_of,
                                                 principal, detail, seq, prev_hash, hash)
                        values (?, now(), 'SUBMITTED', 'zhang', '张三𠀋', 'APPLICANT', null, 'zhang',
                                '材料：身份证|营业执照 😀 a:b', 99, 'forged', 'forged')""")
                .param(subject).update();

        assertThat(jdbc.sql("select seq from audit_trail where subject = ?").param(subject).query(Long.class).single())
                .as("the writer's seq is ignored: the database seals").isEqualTo(1);
        assertThat(auditTrail.verify(subject).intact()).isTrue();
    }

    @Test
    void an_altered_detail_is_named_at_its_entry() {
        String id = parcelWithFourEntries();

        jdbc.sql("update audit_trail set detail = '1 g' where subject = ? and seq = 2").param(id).update();

        AuditTrailVerification result = auditTrail.verify(id);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).extracting(b -> b.subject(), b -> b.seq(), b -> b.id(), b -> b.kind())
                .containsExactly(id, 2L, rowId(id, 2), AuditTrailVerification.Kind.ALTERED);
        assertThat(result.firstBreak().message()).contains(id + " #2").contains("altered");
        assertThat(result.breaks()).hasSize(1);
    }

    @Test
    void a_deleted_entry_is_named_as_the_gap_before_the_next_one() {
        String id = parcelWithFourEntries();

        jdbc.sql("delete from audit_trail where subject = ? and seq = 2").param(id).update();

        AuditTrailVerification result = auditTrail.verify(id);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().kind()).isEqualTo(AuditTrailVerification.Kind.MISSING);
        assertThat(result.firstBreak().seq()).isEqualTo(3L);
        assertThat(result.firstBreak().message()).startsWith("entry #2 of " + id + " are missing before audit entry "
                + id + " #3");
    }

    @Test
    void an_entry_altered_and_resealed_breaks_the_link_of_the_next_one() {
        String id = parcelWithFourEntries();

        // someone who knows the scheme rewrites entry 2 and its hash: entry 3 still holds the old hash
        jdbc.sql("update audit_trail set actor_id = 'eve', principal = 'eve' where subject = ? and seq = 2").param(id).update();
        AuditChain.Link resealed = jdbc.sql("select * from audit_trail where subject = ? and seq = 2").param(id)
                .query((rs, n) -> new AuditChain.Link(rs.getLong("id"), rs.getString("subject"), rs.getLong("seq"),
                        rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("action"),
                        rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("actor_role"),
                        rs.getString("on_behalf_of"), rs.getString("principal"), rs.getString("detail"),
                        rs.getString("prev_hash"), rs.getString("hash"))).single();
        jdbc.sql("update audit_trail set hash = ? where id = ?").params(resealed.digest(), resealed.id()).update();

        AuditTrailVerification.Break first = auditTrail.verify(id).firstBreak();
        assertThat(first.kind()).isEqualTo(AuditTrailVerification.Kind.BROKEN_LINK);
        assertThat(first.seq()).isEqualTo(3L);
        assertThat(auditTrail.verify().breaks()).extracting(AuditTrailVerification.Break::subject).contains(id);
    }

    @Test
    void concurrent_appends_to_one_subject_without_an_aggregate_lock_still_form_one_chain() throws Exception {
        String subject = "C-" + UUID.randomUUID();
        int writers = 8;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> inserts = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                inserts.add(pool.submit(() -> jdbc.sql("""
                                insert into audit_trail (subject, at, action, actor_id, actor_role, principal, detail)
                                values (?, now(), 'NOTED', 'sys', 'SYSTEM', 'system:test', ?)""")
                        .params(subject, "writer " + n).update()));
            }
            for (Future<Integer> insert : inserts) {
                assertThat(insert.get()).isEqualTo(1);
            }
        }

        AuditTrailVerification result = auditTrail.verify(subject);
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(writers);
    }

    @Test
    void the_migration_seals_the_rows_written_before_it_in_their_order() throws Exception {
        try (OldSchema old = OldSchema.upTo(dataSource, "0.6")) {
            old.sql("""
                            insert into {schema}.audit_trail (subject, at, action, actor_id, actor_role, principal, detail)
                            values ('C-OLD-1', now() - interval '2 hours', 'SUBMITTED', 'a1', 'APPLICANT', 'a1', ''),
                                   ('C-OLD-2', now() - interval '90 minutes', 'SUBMITTED', 'a2', 'APPLICANT', 'a2', ''),
                                   ('C-OLD-1', now() - interval '1 hour', 'ACCEPTED', 'c1', 'WINDOW_CLERK', 'c1', '受理'),
                                   ('C-OLD-1', now(), 'DELIVERED', 'c1', 'WINDOW_CLERK', 'c1', '')""").update();

            old.migrateToLatest();

            // taken only now: Flyway needs two of the test pool's three connections while it migrates
            try (Connection connection = dataSource.getConnection()) {
                connection.createStatement().execute("set search_path to " + old.name());
                AuditTrail sealed = new AuditTrail(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
                assertThat(old.sql("select action from {schema}.audit_trail where subject = 'C-OLD-1' order by seq")
                        .query(String.class).list()).containsExactly("SUBMITTED", "ACCEPTED", "DELIVERED");
                AuditTrailVerification result = sealed.verify();
                assertThat(result.intact()).isTrue();
                assertThat(result.entriesChecked()).isEqualTo(4);
                assertThat(result.subjectsChecked()).isEqualTo(2);
                connection.createStatement().execute("set search_path to public");
            }
        }
    }
}
