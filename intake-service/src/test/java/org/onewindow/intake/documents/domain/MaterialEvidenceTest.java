package org.onewindow.intake.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.applications.domain.MaterialsCheck;
import org.onewindow.intake.applications.domain.MissingMaterial;
import org.onewindow.intake.applications.domain.SubmittedMaterial;
import org.onewindow.intake.catalog.domain.ItemStatus;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.Material;

/** What the newest document says decides the material in the materials check and the one-time notice. */
public class MaterialEvidenceTest {

    public static final ItemVersion ITEM = new ItemVersion("330100-SP-001", 3, "食品经营许可", ItemStatus.PUBLISHED, "MARKET",
            "MARKET-SUPERVISION", List.of(), List.of(new Material("M1", "申请书", true, 1, 0, false, null),
            new Material("M2", "营业执照", true, 0, 1, false, null)), 10, 20, false, null, List.of());

    private static SubmittedMaterial evidence(DocumentStatus status, String reason) {
        Document document = DocumentTest.attached();
        if (status != DocumentStatus.UPLOADED) {
            document.preReview(status, reason, true, DocumentTest.CLERK, DocumentTest.NOW);
        }
        return MaterialEvidence.of(document.state());
    }

    @Test
    void an_accepted_document_provides_the_material() {
        MaterialsCheck check = MaterialsCheck.of(ITEM, Map.of("M1", evidence(DocumentStatus.ACCEPTED, null),
                "M2", new SubmittedMaterial("M2", true, false, null)));

        assertThat(check.complete()).isTrue();
    }

    @Test
    void a_defective_document_is_listed_as_defective_with_the_clerks_reason() {
        MaterialsCheck check = MaterialsCheck.of(ITEM, Map.of("M1", evidence(DocumentStatus.DEFECTIVE, "缺少签字"),
                "M2", new SubmittedMaterial("M2", true, false, null)));

        assertThat(check.missing()).singleElement().satisfies(line -> {
            assertThat(line.materialCode()).isEqualTo("M1");
            assertThat(line.problem()).isEqualTo(MissingMaterial.Problem.DEFECTIVE);
            assertThat(line.note()).isEqualTo("缺少签字");
        });
    }

    @Test
    void a_document_not_pre_reviewed_yet_does_not_count_as_provided() {
        MaterialsCheck check = MaterialsCheck.of(ITEM, Map.of("M1", evidence(DocumentStatus.UPLOADED, null),
                "M2", new SubmittedMaterial("M2", true, false, null)));

        assertThat(check.complete()).isFalse();
        assertThat(check.missing()).extracting(MissingMaterial::materialCode).containsExactly("M1");
    }
}
