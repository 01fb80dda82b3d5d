package org.onewindow.platform.commands;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code audit_trail} table of a service. Only the command path appends (in the saving transaction);
 * services read a subject's trail for their history endpoints. Every entry is sealed into its subject's hash chain
 * by the database on insert (migration V0_7); {@link #verify()} recomputes the chains and names the first broken
 * link of each subject.
 */
public class AuditTrail {

    /** Breaks listed in one verification; the count of entries and subjects checked is always complete. */
    public static final int MAX_BREAKS_REPORTED = 100;
    private static final int PAGE = 2_000;

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(String subject, List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            AuditActor actor = entry.actor();
            jdbc.sql("""
                            insert into audit_trail (subject, at, action, actor_id, actor_name, actor_role, on_behalf_of,
                                                     principal, detail)
                            values (:subject, :at, :action, :actorId, :actorName, :role, :onBehalfOf, :principal, :detail)""")
                    .param("subject", subject)
                    .param("at", Timestamp.from(entry.at()))
                    .param("action", entry.action())
                    .param("actorId", actor.userId())
                    .param("actorName", actor.name())
                    .param("role", actor.role())
                    .param("onBehalfOf", actor.onBehalfOf())
                    .param("principal", actor.principal())
                    .param("detail", entry.detail())
                    .update();
        }
    }

    /** A subject's trail, oldest first. */
    public List<AuditEntry> of(String subject) {
        return jdbc.sql("""
                        select at, action, actor_id, actor_name, actor_role, on_behalf_of, principal, detail
                        from audit_trail where subject = :subject order by id""")
                .param("subject", subject)
                .query(AuditTrail::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        AuditActor actor = new AuditActor(rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("actor_role"),
                rs.getString("on_behalf_of"), rs.getString("principal"));
        return new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"), actor, rs.getString("detail"));
    }

    /** Verifies every subject's chain, page by page in (subject, seq) order so memory stays flat on a long trail. */
    public AuditTrailVerification verify() {
        return verify(null);
    }

    /** Verifies one subject's chain, or all when {@code subject} is null. */
    public AuditTrailVerification verify(String subject) {
        ChainCheck check = new ChainCheck();
        String afterSubject = "";
        long afterSeq = 0;
        while (true) {
            List<AuditChain.Link> page = jdbc.sql("""
                            select id, subject, seq, at, action, actor_id, actor_name, actor_role, on_behalf_of, principal,
                                   detail, prev_hash, hash
                            from audit_trail
                            where (subject, seq) > (:afterSubject, :afterSeq)
                              and (cast(:subject as text) is null or subject = :subject)
                            order by subject, seq
                            limit :page""")
                    .param("afterSubject", afterSubject).param("afterSeq", afterSeq)
                    .param("subject", subject).param("page", PAGE)
                    .query(AuditTrail::link).list();
            page.forEach(check::accept);
            if (page.size() < PAGE) {
                return check.result();
            }
            AuditChain.Link last = page.getLast();
            afterSubject = last.subject();
            afterSeq = last.seq();
        }
    }

    private static AuditChain.Link link(ResultSet rs, int row) throws SQLException {
        return new AuditChain.Link(rs.getLong("id"), rs.getString("subject"), rs.getObject("seq", Long.class),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("action"), rs.getString("actor_id"),
                rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("on_behalf_of"),
                rs.getString("principal"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** Walks links in (subject, seq) order; after a subject's first break the rest of that subject is only counted. */
    private static final class ChainCheck {

        private final List<AuditTrailVerification.Break> breaks = new ArrayList<>();
        private long entries;
        private long subjects;
        private long brokenSubjects;
        private String subject;
        private long expectedSeq;
        private String previousHash;
        private boolean broken;

        void accept(AuditChain.Link link) {
            entries++;
            if (!link.subject().equals(subject)) {
                subjects++;
                subject = link.subject();
                expectedSeq = 1;
                previousHash = AuditChain.GENESIS;
                broken = false;
            }
            if (broken) {
                return;
            }
            String where = "audit entry " + link.subject() + " #" + link.seq() + " (row " + link.id() + ")";
            if (link.seq() != expectedSeq) {
                fail(link, AuditTrailVerification.Kind.MISSING, (expectedSeq == link.seq() - 1
                        ? "entry #" + expectedSeq : "entries #" + expectedSeq + " to #" + (link.seq() - 1))
                        + " of " + link.subject() + " are missing before " + where);
            } else if (!previousHash.equals(link.prevHash())) {
                fail(link, AuditTrailVerification.Kind.BROKEN_LINK, where + " does not link to the entry before it: "
                        + "that entry was altered and resealed, or replaced");
            } else if (!link.digest().equals(link.hash())) {
                fail(link, AuditTrailVerification.Kind.ALTERED, where + " was altered after it was written: its "
                        + "content no longer matches its hash");
            } else {
                expectedSeq++;
                previousHash = link.hash();
            }
        }

        private void fail(AuditChain.Link link, AuditTrailVerification.Kind kind, String message) {
            broken = true;
            brokenSubjects++;
            if (breaks.size() < MAX_BREAKS_REPORTED) {
                breaks.add(new AuditTrailVerification.Break(link.subject(), link.id(), link.seq(), kind, message));
            }
        }

        AuditTrailVerification result() {
            return new AuditTrailVerification(brokenSubjects == 0, entries, subjects, breaks);
        }
    }
}
