package org.onewindow.platform.web.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link IdempotencyKeys} on the {@code platform_idempotency_key} table (migration {@code db/platform-web}). */
public class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcClient jdbc;

    public JdbcIdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(IdempotentRequest request, Instant now) {
        // ON CONFLICT DO NOTHING: of two concurrent originals exactly one inserts, the other sees "in progress"
        return jdbc.sql("""
                INSERT INTO platform_idempotency_key (principal, idempotency_key, request_target, request_hash, created_at)
                VALUES (:principal, :key, :target, :hash, :now)
                ON CONFLICT (principal, idempotency_key) DO NOTHING""")
                .param("principal", request.principal())
                .param("key", request.key())
                .param("target", request.target())
                .param("hash", request.bodyHash())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    @Override
    public Optional<Entry> find(String principal, String key) {
        return jdbc.sql("""
                SELECT request_target, request_hash, response_status, response_location, response_etag,
                       response_content_type, response_body, created_at
                FROM platform_idempotency_key WHERE principal = :principal AND idempotency_key = :key""")
                .param("principal", principal)
                .param("key", key)
                .query((rs, n) -> {
                    int status = rs.getInt("response_status");
                    StoredResponse response = rs.wasNull() ? null
                            : new StoredResponse(status, rs.getString("response_location"),
                                    rs.getString("response_etag"), rs.getString("response_content_type"),
                                    rs.getBytes("response_body"));
                    return new Entry(new IdempotentRequest(principal, key, rs.getString("request_target"),
                            rs.getString("request_hash")), response, rs.getTimestamp("created_at").toInstant());
                })
                .optional();
    }

    @Override
    public void complete(IdempotentRequest request, StoredResponse response, Instant now) {
        jdbc.sql("""
                UPDATE platform_idempotency_key
                SET response_status = :status, response_location = :location, response_etag = :etag,
                    response_content_type = :contentType, response_body = :body, completed_at = :now
                WHERE principal = :principal AND idempotency_key = :key""")
                .param("status", response.status())
                .param("location", response.location())
                .param("etag", response.eTag())
                .param("contentType", response.contentType())
                .param("body", response.body())
                .param("now", Timestamp.from(now))
                .param("principal", request.principal())
                .param("key", request.key())
                .update();
    }

    @Override
    public void release(String principal, String key) {
        jdbc.sql("DELETE FROM platform_idempotency_key WHERE principal = :principal AND idempotency_key = :key")
                .param("principal", principal)
                .param("key", key)
                .update();
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff, int limit) {
        // One batch through the created_at index; SKIP LOCKED: two instances pruning at once take different rows
        // instead of waiting on each other, and a key being completed right now is left for the next pass.
        return jdbc.sql("""
                DELETE FROM platform_idempotency_key
                WHERE (principal, idempotency_key) IN (
                    SELECT principal, idempotency_key FROM platform_idempotency_key
                    WHERE created_at < :cutoff
                    ORDER BY created_at
                    LIMIT :limit
                    FOR UPDATE SKIP LOCKED)""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .update();
    }
}
