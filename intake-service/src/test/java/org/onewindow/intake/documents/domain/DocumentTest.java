package org.onewindow.intake.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.applications.domain.ActingUser;
import org.onewindow.intake.applications.domain.Roles;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/** A document's life: attached, pre-reviewed once (accepted, or defective with a reason), held or released. */
class DocumentTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
    static final ActingUser APPLICANT = new ActingUser("applicant-1", "张三", Roles.APPLICANT, null, null);
    static final ActingUser CLERK = new ActingUser("clerk-1", "李窗口", Roles.WINDOW_CLERK, "C-CITY-01", null);
    static final String SHA = "a".repeat(64);

    static Document attached() {
        Document document = Document.attach(UUID.randomUUID(), "C-CITY-01-20260302-000001", "M1", 1, DocumentType.PDF,
                SHA, 1234, "张三身份证.pdf", "documents/x/1-y", APPLICANT, NOW);
        return document;
    }

    @Test
    void attaching_announces_the_document_and_writes_the_trail_without_the_file_name() {
        Document document = attached();

        assertThat(document.state().status()).isEqualTo(DocumentStatus.UPLOADED);
        assertThat(document.changes().events()).singleElement().isInstanceOf(DocumentEvent.Updated.class);
        assertThat(document.changes().auditEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("DOCUMENT_ATTACHED");
            assertThat(entry.detail()).contains("M1", "v1", "PDF", SHA).doesNotContain("张三");
        });
    }

    @Test
    void the_licence_is_registered_accepted_on_reviews_key_unannounced_and_cannot_be_pre_reviewed() {
        Document licence = Document.licence(UUID.randomUUID(), "C-CITY-01-20260302-000001", 1, "JY-2026-000123", SHA,
                4321, "JY-2026-000123.pdf", "licences/JY-2026-000123.pdf", ActingUser.system("review"), null, NOW);

        assertThat(licence.state().kind()).isEqualTo(DocumentKind.LICENCE);
        assertThat(licence.state().licence()).isTrue();
        assertThat(licence.state().materialCode()).isEqualTo(DocumentKind.LICENCE_MATERIAL);
        assertThat(licence.state().status()).isEqualTo(DocumentStatus.ACCEPTED);
        assertThat(licence.state().objectKey()).isEqualTo("licences/JY-2026-000123.pdf");
        assertThat(licence.changes().events()).as("no material of the application: no MaterialsUpdated").isEmpty();
        assertThat(licence.changes().auditEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("LICENCE_DOCUMENT_REGISTERED");
            assertThat(entry.detail()).contains("JY-2026-000123", SHA);
        });
        assertThatThrownBy(() -> licence.preReview(DocumentStatus.DEFECTIVE, "不清晰", true, CLERK, NOW))
                .isInstanceOf(StateConflict.class);
        assertThat(attached().state().kind()).isEqualTo(DocumentKind.MATERIAL);
    }

    @Test
    void a_defect_needs_the_reason_the_applicant_is_told() {
        Document document = attached();

        assertThatThrownBy(() -> document.preReview(DocumentStatus.DEFECTIVE, " ", true, CLERK, NOW))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reason");
        document.preReview(DocumentStatus.DEFECTIVE, "复印件不清晰", true, CLERK, NOW);

        assertThat(document.state().status()).isEqualTo(DocumentStatus.DEFECTIVE);
        assertThat(document.state().defectReason()).isEqualTo("复印件不清晰");
        assertThat(document.state().reviewedBy()).isEqualTo("clerk-1");
    }

    @Test
    void a_reviewed_document_is_final_and_a_replaced_one_is_history() {
        Document reviewed = attached();
        reviewed.preReview(DocumentStatus.ACCEPTED, null, true, CLERK, NOW);
        assertThat(reviewed.state().defectReason()).isNull();

        assertThatThrownBy(() -> reviewed.preReview(DocumentStatus.DEFECTIVE, "late change", true, CLERK, NOW))
                .isInstanceOf(StateConflict.class).hasMessageContaining("ACCEPTED");
        assertThatThrownBy(() -> attached().preReview(DocumentStatus.ACCEPTED, null, false, CLERK, NOW))
                .isInstanceOf(StateConflict.class).hasMessageContaining("replaced");
        assertThatThrownBy(() -> attached().preReview(DocumentStatus.UPLOADED, null, true, CLERK, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void asking_for_the_hold_it_already_has_changes_nothing() {
        Document document = attached();
        document.changes().clear();

        document.legalHold(false, CLERK, NOW);
        assertThat(document.changes().isEmpty()).isTrue();

        document.legalHold(true, CLERK, NOW);
        assertThat(document.state().legalHold()).isTrue();
        assertThat(document.changes().auditEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("LEGAL_HOLD_SET"));
    }
}
