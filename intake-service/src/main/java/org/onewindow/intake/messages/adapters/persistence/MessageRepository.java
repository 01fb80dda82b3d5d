package org.onewindow.intake.messages.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.intake.messages.application.MessageStore;
import org.onewindow.intake.messages.application.StoredMessage;
import org.onewindow.intake.messages.domain.MessageKind;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.platform.web.paging.SqlPages;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The message box in explicit SQL. */
@Repository
public class MessageRepository implements MessageStore {

    private static final String COLUMNS = "message_id, case_number, applicant_user_id, agent_user_id, kind, title, body,"
            + " legal_basis, created_at, read_at";
    /** The applicant's own OR the agent's filed ones (a null user matches nothing), optionally of one case. */
    private static final String WHERE = " WHERE ((CAST(? AS text) IS NOT NULL AND applicant_user_id = ?)"
            + " OR (CAST(? AS text) IS NOT NULL AND agent_user_id = ?)) AND (CAST(? AS text) IS NULL OR case_number = ?)";

    private final JdbcClient jdbc;

    public MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(StoredMessage m) {
        return jdbc.sql("""
                INSERT INTO applicant_message (message_id, case_number, applicant_user_id, agent_user_id, kind, title, body,
                    legal_basis, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""")
                .params(m.messageId(), m.caseNumber(), m.applicantUserId(), m.agentUserId(), m.kind().name(), m.title(),
                        m.body(), m.legalBasis(), m.createdAt())
                .update() == 1;
    }

    @Override
    public PageResult<StoredMessage> of(String applicantUserId, String agentUserId, String caseNumber, PageQuery page) {
        Object[] filter = {text(applicantUserId), text(applicantUserId), text(agentUserId), text(agentUserId),
                text(caseNumber), text(caseNumber)};
        return SqlPages.page(jdbc, COLUMNS, "FROM applicant_message" + WHERE, "created_at DESC, message_id",
                Arrays.asList(filter), this::map, page);
    }

    @Override
    public Optional<StoredMessage> find(String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applicant_message WHERE message_id = ?").param(messageId)
                .query(this::map).optional();
    }

    @Override
    public List<StoredMessage> ofCase(String caseNumber, Set<MessageKind> kinds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM applicant_message WHERE case_number = ? AND kind = ANY(?)"
                        + " ORDER BY created_at, message_id")
                .params(caseNumber, kinds.stream().map(Enum::name).toArray(String[]::new)).query(this::map).list();
    }

    @Override
    public Optional<StoredMessage> markRead(String messageId, OffsetDateTime at) {
        jdbc.sql("UPDATE applicant_message SET read_at = ? WHERE message_id = ? AND read_at IS NULL")
                .params(at, messageId).update();
        return find(messageId);
    }

    /** A typed SQL null (PostgreSQL must know the type of {@code CAST(? AS text)}). */
    private static Object text(String value) {
        return value == null ? new SqlParameterValue(Types.VARCHAR, null) : value;
    }

    private StoredMessage map(ResultSet rs, int row) throws SQLException {
        return new StoredMessage(rs.getString("message_id"), rs.getString("case_number"), rs.getString("applicant_user_id"),
                rs.getString("agent_user_id"), MessageKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("body"), rs.getString("legal_basis"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class));
    }
}
