package org.onewindow.intake.messages.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.intake.messages.application.Notification;
import org.onewindow.intake.messages.application.NotificationChannel;
import org.onewindow.platform.kernel.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The local channel ({@code onewindow.intake.notifications.channel=recording}, the default): sends nothing, records
 * what it would have sent in {@code notification_record} (OPS reads it at {@code /api/intake/v1/notifications/outbox})
 * and logs it, the phone number masked in both.
 */
@Component
@ConditionalOnProperty(name = "onewindow.intake.notifications.channel", havingValue = RecordingNotificationChannel.NAME,
        matchIfMissing = true)
public class RecordingNotificationChannel implements NotificationChannel {

    public static final String NAME = "recording";
    private static final Logger log = LoggerFactory.getLogger(RecordingNotificationChannel.class);

    /** One recorded notification; the phone as {@code 138****5678}. */
    public record Recorded(long id, String messageId, String caseNumber, String channel, String maskedPhone, String text,
                           OffsetDateTime recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public RecordingNotificationChannel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void send(Notification n) {
        String masked = PhoneNumber.mask(n.phone());
        jdbc.sql("""
                INSERT INTO notification_record (message_id, case_number, channel, masked_phone, text, recorded_at)
                VALUES (?, ?, 'SMS', ?, ?, ?) ON CONFLICT (message_id) DO NOTHING""")
                .params(n.messageId(), n.caseNumber(), masked, n.text(), OffsetDateTime.now(clock))
                .update();
        log.info("SMS to {} for case {} recorded, not sent (channel {})", masked, n.caseNumber(), NAME);
    }

    /** Newest first, at most {@code limit}; only those of {@code caseNumber} when given. */
    public List<Recorded> recent(String caseNumber, int limit) {
        return jdbc.sql("""
                SELECT id, message_id, case_number, channel, masked_phone, text, recorded_at FROM notification_record
                WHERE (CAST(? AS text) IS NULL OR case_number = ?) ORDER BY id DESC LIMIT ?""")
                .params(text(caseNumber), text(caseNumber), limit)
                .query(this::map).list();
    }

    private static Object text(String value) {
        return value == null ? new SqlParameterValue(Types.VARCHAR, null) : value;
    }

    private Recorded map(ResultSet rs, int row) throws SQLException {
        return new Recorded(rs.getLong("id"), rs.getString("message_id"), rs.getString("case_number"), rs.getString("channel"),
                rs.getString("masked_phone"), rs.getString("text"), rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
