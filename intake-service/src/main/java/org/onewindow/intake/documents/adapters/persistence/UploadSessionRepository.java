package org.onewindow.intake.documents.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.onewindow.intake.documents.application.UploadSessions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chunked uploads under way. */
@Repository
public class UploadSessionRepository extends RowsById<UploadSessions.Session> implements UploadSessions {

    private static final String COLUMNS = """
            id, case_number, material_code, file_name, total_bytes, received_bytes, chunks, object_prefix, created_by,
            created_at""";

    public UploadSessionRepository(JdbcClient jdbc) {
        super(jdbc, "upload_session", COLUMNS, UploadSessionRepository::map);
    }

    @Override
    public void create(Session s) {
        jdbc.sql("""
                INSERT INTO upload_session (id, case_number, material_code, file_name, total_bytes, received_bytes, chunks,
                    object_prefix, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)""")
                .params(s.id(), s.caseNumber(), s.materialCode(), s.fileName(), s.totalBytes(), s.objectPrefix(),
                        s.createdBy(), Timestamp.from(s.createdAt()))
                .update();
    }

    @Override
    public void addChunk(UUID id, int index, String objectKey, long bytes) {
        jdbc.sql("INSERT INTO upload_chunk (session_id, idx, object_key, size_bytes) VALUES (?, ?, ?, ?)")
                .params(id, index, objectKey, bytes).update();
        jdbc.sql("UPDATE upload_session SET received_bytes = received_bytes + ?, chunks = chunks + 1 WHERE id = ?")
                .params(bytes, id).update();
    }

    @Override
    public List<String> chunkKeys(UUID id) {
        return jdbc.sql("SELECT object_key FROM upload_chunk WHERE session_id = ? ORDER BY idx").param(id)
                .query(String.class).list();
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM upload_session WHERE id = ?").param(id).update();
    }

    @Override
    public List<Session> createdBefore(Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM upload_session WHERE created_at < ? ORDER BY created_at LIMIT ?")
                .params(Timestamp.from(before), limit).query(UploadSessionRepository::map).list();
    }

    @Override
    public boolean exists(String objectPrefix) {
        return jdbc.sql("SELECT count(*) FROM upload_session WHERE object_prefix = ?").param(objectPrefix)
                .query(Long.class).single() > 0;
    }

    private static Session map(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getString("case_number"), rs.getString("material_code"),
                rs.getString("file_name"), rs.getLong("total_bytes"), rs.getLong("received_bytes"), rs.getInt("chunks"),
                rs.getString("object_prefix"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
