package org.onewindow.review.cases.adapters.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.application.CaseDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code case_document}: an upsert that keeps the newest announcement of each document. */
@Repository
public class JdbcCaseDocuments implements CaseDocuments {

    private final JdbcClient jdbc;

    public JdbcCaseDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(CaseDocument d) {
        jdbc.sql("""
                INSERT INTO case_document (document_id, case_number, material_code, doc_version, content_type, sha256,
                    size_bytes, status, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (document_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at
                WHERE case_document.updated_at <= excluded.updated_at""")
                .params(d.documentId(), d.caseNumber(), d.materialCode(), d.version(), d.contentType(), d.sha256(),
                        d.sizeBytes(), d.status(), d.updatedAt())
                .update();
    }

    @Override
    public List<CaseDocument> of(CaseNumber caseNumber) {
        return jdbc.sql("""
                SELECT document_id, case_number, material_code, doc_version, content_type, sha256, size_bytes, status,
                    updated_at
                FROM case_document WHERE case_number = ? ORDER BY material_code, doc_version""")
                .param(caseNumber.value())
                .query((rs, row) -> new CaseDocument(rs.getObject("document_id", UUID.class), rs.getString("case_number"),
                        rs.getString("material_code"), rs.getInt("doc_version"), rs.getString("content_type"),
                        rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("status"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .list();
    }
}
