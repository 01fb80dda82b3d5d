package org.onewindow.platform.commands;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code audit_trail} table of a service. Only the command path appends (in the saving transaction);
 * services read a subject's trail for their history endpoints.
 */
public class AuditTrail {

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
}
