package org.onewindow.intake.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.intake.applications.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.OneTimeNoticeIssued.MissingMaterial;
import org.onewindow.contracts.intake.OneTimeNoticeIssued.Problem;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.contracts.review.SupplementRequested;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.platform.kernel.StateConflict;

class ApplicationTest {

    private static DecisionMade approved(String caseNumber) {
        return new DecisionMade(caseNumber, "330100-SP-001", 3, "食品经营许可", Outcome.APPROVED, "JY-2026-000123",
                TODAY, LocalDate.of(2031, 3, 1), List.of(), NOW, "MARKET", "MARKET-SUPERVISION", "张三", "110***********002X",
                List.of("r-1", "c-1"), "applicant-1");
    }

    @Test
    void aCompleteSubmissionIsAcceptedWithACaseNumberAndPublishesApplicationAcceptedWithTheMaskedId() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));

        assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(application.acceptedOn()).isEqualTo(TODAY);
        ApplicationAccepted accepted = (ApplicationAccepted) application.events().getFirst();
        assertThat(accepted.caseNumber()).isEqualTo("C-CITY-01-20260302-000001");
        assertThat(accepted.applicant().maskedIdNumber()).doesNotContain(VALID_ID).contains("*");
        assertThat(accepted.deferredMaterials()).isEmpty();
        assertThat(accepted.supervisingDepartment()).isEqualTo("MARKET-SUPERVISION");
        assertThat(application.receipt().kind()).isEqualTo(Receipt.Kind.ACCEPTANCE);
        assertThat(application.receipt().promisedLimitDays()).isEqualTo(10);
    }

    @Test
    void anIncompleteSubmissionGetsOneNoticeListingEveryMissingOrDefectiveMaterial() {
        Application application = submitted(List.of(new SubmittedMaterial("M2", true, true, "expired"), provided("M3")));

        assertThat(application.status()).isEqualTo(ApplicationStatus.NOTICE_ISSUED);
        assertThat(application.events()).hasSize(1);
        OneTimeNoticeIssued notice = (OneTimeNoticeIssued) application.events().getFirst();
        assertThat(notice.missing()).containsExactly(
                new MissingMaterial("M1", "申请书", Problem.MISSING, null),
                new MissingMaterial("M2", "营业执照", Problem.DEFECTIVE, "expired"));
        assertThat(application.caseNumber()).isNotBlank();
        assertThat(application.receipt().missing()).hasSize(2);
    }

    @Test
    void aMissingDeferrableMaterialIsAcceptedWithDeficiency() {
        Application application = submitted(List.of(provided("M1"), provided("M2")));

        assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(((ApplicationAccepted) application.events().getFirst()).deferredMaterials()).containsExactly("M3");
        assertThat(application.receipt().deferredMaterials()).containsExactly("M3");
    }

    @Test
    void supplyingEverythingAfterANoticeAcceptsAndSupplyingTooLittleIssuesANewNotice() {
        Application stillShort = submitted(List.of(provided("M3")));
        stillShort.supplement(List.of(provided("M1")), CLERK, NOW, TODAY.plusDays(14));
        assertThat(stillShort.status()).isEqualTo(ApplicationStatus.NOTICE_ISSUED);
        assertThat(((OneTimeNoticeIssued) stillShort.events().getLast()).missing()).extracting(MissingMaterial::materialCode)
                .containsExactly("M2");

        stillShort.supplement(List.of(provided("M2")), CLERK, NOW, TODAY.plusDays(14));
        assertThat(stillShort.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(stillShort.events().getLast()).isInstanceOf(ApplicationAccepted.class);
    }

    @Test
    void aClerkRefusesAnApplicationWaitingOnItsNoticeButNotAnAcceptedOne() {
        Application waiting = submitted(List.of());
        waiting.refuse(List.of(new ApplicationNotAccepted.Reason("intake.stated-reason", "不符合申请条件")), CLERK, NOW);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        assertThat(waiting.receipt().kind()).isEqualTo(Receipt.Kind.REFUSAL);
        assertThat(waiting.events().getLast()).isInstanceOf(ApplicationNotAccepted.class);

        Application accepted = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        assertThatThrownBy(() -> accepted.refuse(List.of(new ApplicationNotAccepted.Reason("r", "m")), CLERK, NOW))
                .isInstanceOf(StateConflict.class).hasMessageContaining("is ACCEPTED");
    }

    @Test
    void deliveryBeforeADecisionIsAConflictNamingTheStatus() {
        Application accepted = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));

        assertThatThrownBy(() -> accepted.deliver(null, null, CLERK, NOW))
                .isInstanceOf(StateConflict.class).hasMessageContaining("is ACCEPTED");
    }

    @Test
    void theDeliveredResultIsTheStoredDecision() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        application.decided(approved(application.caseNumber()), NOW);
        application.deliver(null, null, CLERK, NOW);

        ResultDelivered delivered = (ResultDelivered) application.events().getLast();
        assertThat(delivered.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(delivered.licenceNumber()).isEqualTo("JY-2026-000123");
        assertThat(delivered.method()).isEqualTo(ResultDelivered.DeliveryMethod.WINDOW_PICKUP);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DELIVERED);
    }

    @Test
    void aReviewSupplementRequestIsAnsweredWithSupplementReceived() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        UUID requestId = UUID.randomUUID();
        application.supplementRequested(new SupplementRequested(application.caseNumber(), requestId, UUID.randomUUID(),
                List.of(new SupplementRequested.RequestedMaterial("M2", "营业执照", "copy illegible")), "r-1", NOW), NOW);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);

        application.supplement(List.of(provided("M2")), APPLICANT, NOW, TODAY);

        SupplementReceived received = (SupplementReceived) application.events().getLast();
        assertThat(received.requestId()).isEqualTo(requestId);
        assertThat(received.materials()).containsExactly(new SupplementReceived.SuppliedMaterial("M2", "营业执照"));
        assertThat(application.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aRevokedLicenceShowsAsRevoked() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));
        application.decided(approved(application.caseNumber()), NOW);
        application.licenceActionTaken(new LicenceActionTaken(UUID.randomUUID(), application.caseNumber(), "JY-2026-000123",
                LicenceActionTaken.Action.REVOKE, "fraud", "s-1", NOW), NOW);

        assertThat(application.licenceStatus()).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void everyTransitionLeavesAnAuditLineWithWhoAndInWhichRole() {
        Application application = submitted(List.of(provided("M1"), provided("M2"), provided("M3")));

        assertThat(application.newAuditEntries()).extracting(AuditEntry::action).containsExactly("SUBMITTED", "ACCEPTED");
        assertThat(application.newAuditEntries()).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo("clerk-1");
            assertThat(e.actorRole()).isEqualTo(Roles.WINDOW_CLERK);
            assertThat(e.detail()).doesNotContain(VALID_ID);
        });
    }

    @Test
    void caseNumbersAreCentreDateAndSequence() {
        assertThat(CaseNumbers.format("C-CITY-01", LocalDate.of(2026, 11, 23), 42)).isEqualTo("C-CITY-01-20261123-000042");
    }

    @Test
    void aQueryCodeMatchesOnlyItsHash() {
        String code = QueryCode.generate();
        assertThat(code).hasSize(8);
        assertThat(QueryCode.matches(code, QueryCode.hash(code))).isTrue();
        assertThat(QueryCode.matches("WRONG234", QueryCode.hash(code))).isFalse();
    }
}
