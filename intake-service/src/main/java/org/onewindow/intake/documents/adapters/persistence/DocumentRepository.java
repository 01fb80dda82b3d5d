package org.onewindow.intake.documents.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.onewindow.intake.documents.application.DocumentStore;
import org.onewindow.intake.documents.domain.Document;
import org.onewindow.intake.documents.domain.DocumentKind;
import org.onewindow.intake.documents.domain.DocumentStatus;
import org.onewindow.intake.documents.domain.DocumentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents in explicit SQL; {@code version} increments with every update. */
@Repository
public class DocumentRepository extends RowsById<Document> implements DocumentStore {

    private static final String COLUMNS = """
            id, case_number, material_code, doc_version, content_type, sha256, size_bytes, file_name, object_key, status,
            defect_reason, uploaded_by, uploaded_role, uploaded_at, reviewed_by, reviewed_at, legal_hold, kind, version""";

    public DocumentRepository(JdbcClient jdbc) {
        super(jdbc, "document", COLUMNS, DocumentRepository::map);
    }

    @Override
    public void insert(Document document) {
        Document.Snapshot d = document.state();
        jdbc.sql("""
                INSERT INTO document (id, case_number, material_code, doc_version, content_type, sha256, size_bytes,
                    file_name, object_key, status, defect_reason, uploaded_by, uploaded_role, uploaded_at, reviewed_by,
                    reviewed_at, legal_hold, kind, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(d.id(), d.caseNumber(), d.materialCode(), d.docVersion(), d.type().name(), d.sha256(),
                        d.sizeBytes(), d.fileName(), d.objectKey(), d.status().name(), d.defectReason(), d.uploadedBy(),
                        d.uploadedRole(), d.uploadedAt(), d.reviewedBy(), d.reviewedAt(), d.legalHold(),
                        d.kind().name())
                .update();
        document.savedAs(0);
    }

    @Override
    public boolean update(Document document) {
        Document.Snapshot d = document.state();
        int updated = jdbc.sql("""
                UPDATE document SET status = ?, defect_reason = ?, reviewed_by = ?, reviewed_at = ?, legal_hold = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
                .params(d.status().name(), d.defectReason(), d.reviewedBy(), d.reviewedAt(), d.legalHold(), d.id(),
                        document.version())
                .update();
        if (updated == 1) {
            document.savedAs(document.version() + 1);
        }
        return updated == 1;
    }

    @Override
    public List<Document> versions(String caseNumber, String materialCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE case_number = ? AND material_code = ? ORDER BY doc_version")
                .params(caseNumber, materialCode).query(DocumentRepository::map).list();
    }

    @Override
    public List<Document> ofCase(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE case_number = ? ORDER BY material_code, doc_version")
                .param(caseNumber).query(DocumentRepository::map).list();
    }

    @Override
    public Map<String, Document> newestPerMaterial(String caseNumber) {
        Map<String, Document> newest = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (material_code) " + COLUMNS + " " + """
                         FROM document WHERE case_number = ? ORDER BY material_code, doc_version DESC""")
                .param(caseNumber).query(DocumentRepository::map).list()
                .forEach(d -> newest.put(d.state().materialCode(), d));
        return newest;
    }

    @Override
    public Optional<Document> withContent(String caseNumber, String materialCode, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                         FROM document WHERE case_number = ? AND material_code = ? AND sha256 = ?
                         ORDER BY doc_version DESC LIMIT 1""")
                .params(caseNumber, materialCode, sha256).query(DocumentRepository::map).optional();
    }

    @Override
    public int nextDocVersion(String caseNumber, String materialCode) {
        return jdbc.sql("SELECT coalesce(max(doc_version), 0) + 1 FROM document WHERE case_number = ? AND material_code = ?")
                .params(caseNumber, materialCode).query(Integer.class).single();
    }

    @Override
    public Usage usage(String caseNumber) {
        return jdbc.sql("SELECT coalesce(sum(size_bytes), 0) AS bytes, count(*) AS n FROM document WHERE case_number = ?")
                .param(caseNumber).query((rs, row) -> new Usage(rs.getLong("bytes"), rs.getInt("n"))).single();
    }

    @Override
    public Optional<Document> licenceOf(String caseNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE case_number = ? AND kind = 'LICENCE' "
                        + "ORDER BY doc_version DESC LIMIT 1")
                .param(caseNumber).query(DocumentRepository::map).optional();
    }

    @Override
    public Set<String> referenced(Collection<String> keys) {
        return new HashSet<>(jdbc.sql("SELECT object_key FROM document WHERE object_key = ANY(?)")
                .param(keys.toArray(String[]::new)).query(String.class).list());
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        return Document.restore(new Document.Snapshot(rs.getObject("id", UUID.class), rs.getString("case_number"),
                rs.getString("material_code"), rs.getInt("doc_version"), DocumentType.valueOf(rs.getString("content_type")),
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("file_name"), rs.getString("object_key"),
                DocumentStatus.valueOf(rs.getString("status")), rs.getString("defect_reason"),
                rs.getString("uploaded_by"), rs.getString("uploaded_role"),
                rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("reviewed_by"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getBoolean("legal_hold"),
                DocumentKind.valueOf(rs.getString("kind"))), rs.getLong("version"));
    }
}
