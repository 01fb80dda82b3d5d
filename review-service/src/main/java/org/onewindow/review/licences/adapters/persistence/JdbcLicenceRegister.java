package org.onewindow.review.licences.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.cases.domain.LicenceStatus;
import org.onewindow.review.licences.application.LicenceRegister;
import org.onewindow.review.licences.domain.DocumentState;
import org.onewindow.review.licences.domain.HolderKind;
import org.onewindow.review.licences.domain.LicenceHolder;
import org.onewindow.review.licences.domain.RegisteredLicence;
import org.onewindow.review.licences.domain.StoredDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The licence register in table {@code licence} (V9), with the holder kinds of accepted cases ({@code case_holder_kind}). */
@Repository
public class JdbcLicenceRegister implements LicenceRegister {

    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;

    public JdbcLicenceRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RegisteredLicence> findForUpdate(String number) {
        return jdbc.sql("SELECT * FROM licence WHERE number = ? FOR UPDATE").param(number).query(JdbcLicenceRegister::row)
                .optional();
    }

    @Override
    public Optional<RegisteredLicence> find(String number) {
        return jdbc.sql("SELECT * FROM licence WHERE number = ?").param(number).query(JdbcLicenceRegister::row).optional();
    }

    @Override
    public void insert(RegisteredLicence l) {
        jdbc.sql("""
                INSERT INTO licence (number, case_number, item_code, item_name, holder_name, holder_kind, holder_masked_id,
                    department, valid_from, valid_until, status, document_state, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(l.number(), l.caseNumber(), l.itemCode(), l.itemName(), l.holder().name(),
                        l.holder().kind().name(), l.holder().maskedIdNumber(), l.department(), l.validFrom(),
                        l.validUntil(), l.status().name(), l.documentState().name())
                .update();
        l.stored(1);
    }

    @Override
    public boolean update(RegisteredLicence l) {
        StoredDocument d = l.document();
        int rows = jdbc.sql("""
                UPDATE licence SET status = ?, document_state = ?, code_hash = ?, document_key = ?, document_sha256 = ?,
                    document_size = ?, issued_at = ?, last_error = NULL, version = version + 1
                WHERE number = ? AND version = ?""")
                .params(l.status().name(), l.documentState().name(), l.codeHash(), d == null ? null : d.key(),
                        d == null ? null : d.sha256(), d == null ? null : d.sizeBytes(),
                        l.issuedAt() == null ? null : l.issuedAt().atOffset(ZoneOffset.UTC), l.number(), l.version())
                .update();
        if (rows == 1) {
            l.stored(l.version() + 1);
        }
        return rows == 1;
    }

    @Override
    public Optional<String> numberOfCase(CaseNumber caseNumber) {
        return jdbc.sql("SELECT number FROM licence WHERE case_number = ?").param(caseNumber.value()).query(String.class)
                .optional();
    }

    @Override
    public List<String> pendingNumbers(int max) {
        return jdbc.sql("SELECT number FROM licence WHERE document_state = 'PENDING' ORDER BY registered_at, number LIMIT ?")
                .param(max).query(String.class).list();
    }

    @Override
    public void recordFailedAttempt(String number, String error) {
        String text = error == null ? "unknown" : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        jdbc.sql("UPDATE licence SET attempts = attempts + 1, last_error = ? WHERE number = ? AND document_state = 'PENDING'")
                .params(text, number).update();
    }

    @Override
    public void recordHolderKind(CaseNumber caseNumber, HolderKind kind) {
        jdbc.sql("INSERT INTO case_holder_kind (case_number, kind) VALUES (?, ?) ON CONFLICT (case_number) DO NOTHING")
                .params(caseNumber.value(), kind.name()).update();
    }

    @Override
    public Optional<HolderKind> holderKind(CaseNumber caseNumber) {
        return jdbc.sql("SELECT kind FROM case_holder_kind WHERE case_number = ?").param(caseNumber.value())
                .query(String.class).optional().map(HolderKind::valueOf);
    }

    private static RegisteredLicence row(ResultSet rs, int n) throws SQLException {
        String key = rs.getString("document_key");
        StoredDocument document = key == null ? null
                : new StoredDocument(key, rs.getString("document_sha256"), rs.getLong("document_size"));
        OffsetDateTime issuedAt = rs.getObject("issued_at", OffsetDateTime.class);
        return new RegisteredLicence(rs.getString("number"), rs.getString("case_number"), rs.getString("item_code"),
                rs.getString("item_name"), new LicenceHolder(rs.getString("holder_name"),
                HolderKind.valueOf(rs.getString("holder_kind")), rs.getString("holder_masked_id")),
                rs.getString("department"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), LicenceStatus.valueOf(rs.getString("status")),
                DocumentState.valueOf(rs.getString("document_state")), rs.getString("code_hash"), document,
                issuedAt == null ? null : issuedAt.toInstant(), rs.getLong("version"));
    }

}
