package org.onewindow.intake.applications.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.intake.applications.domain.Fixtures.CLERK;
import static org.onewindow.intake.applications.domain.Fixtures.NOW;
import static org.onewindow.intake.applications.domain.Fixtures.VALID_ID;
import static org.onewindow.intake.applications.domain.Fixtures.anApplication;
import static org.onewindow.intake.applications.domain.Fixtures.provided;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.intake.applications.domain.Application;
import org.onewindow.intake.applications.domain.Decision;
import org.onewindow.intake.applications.domain.DeliveryRequest;
import org.onewindow.intake.applications.domain.Reason;

/** The internal events become exactly the contract events intake has always published. */
class ApplicationContractsTest {

    private final ApplicationContracts contracts = new ApplicationContracts();

    private List<DomainEvent> published(Application application) {
        return application.changes().events().stream().flatMap(e -> contracts.toContracts(e).stream()).toList();
    }

    @Test
    void an_acceptance_carries_the_item_version_facts_and_only_the_masked_identity_number() {
        ApplicationAccepted accepted = (ApplicationAccepted) published(anApplication().complete().submit()).getFirst();

        assertThat(accepted.caseNumber()).isEqualTo("C-CITY-01-20260302-000001");
        assertThat(accepted.itemCode()).isEqualTo("330100-SP-001");
        assertThat(accepted.itemVersion()).isEqualTo(3);
        assertThat(accepted.centreCode()).isEqualTo("C-CITY-01");
        assertThat(accepted.channel()).isEqualTo(Channel.WINDOW);
        assertThat(accepted.applicant().maskedIdNumber()).contains("*").isNotEqualTo(VALID_ID);
        assertThat(accepted.toString()).doesNotContain(VALID_ID);
        assertThat(accepted.acceptedBy()).isEqualTo("clerk-1");
        assertThat(accepted.acceptedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(accepted.route().mode()).isEqualTo(RouteMode.PARALLEL);
        assertThat(accepted.route().departments()).containsExactly("MARKET");
        assertThat(accepted.promisedLimitDays()).isEqualTo(10);
        assertThat(accepted.supervisingDepartment()).isEqualTo("MARKET-SUPERVISION");
        assertThat(accepted.agent()).isNull();
    }

    @Test
    void a_notice_a_refusal_and_a_delivery_map_field_for_field() {
        Application waiting = anApplication().handingIn(provided("M3")).submit();
        waiting.refuse(List.of(new Reason("intake.stated-reason", "不符合申请条件")), CLERK, NOW);
        List<DomainEvent> events = published(waiting);
        OneTimeNoticeIssued notice = (OneTimeNoticeIssued) events.get(0);
        assertThat(notice.missing()).extracting(OneTimeNoticeIssued.MissingMaterial::materialCode).containsExactly("M1", "M2");
        assertThat(notice.missing().getFirst().problem()).isEqualTo(OneTimeNoticeIssued.Problem.MISSING);
        assertThat(notice.issuedBy()).isEqualTo("clerk-1");
        assertThat(((ApplicationNotAccepted) events.get(1)).reasons())
                .containsExactly(new ApplicationNotAccepted.Reason("intake.stated-reason", "不符合申请条件"));
        // who may rate the notice and the refusal (好差评 covers them: rating-service opens NOTICE and REFUSAL)
        assertThat(notice.applicantUserId()).isEqualTo("applicant-1");
        assertThat(notice.centreCode()).isEqualTo("C-CITY-01");
        assertThat(notice.implementingDepartment()).isEqualTo("MARKET");
        ApplicationNotAccepted refusal = (ApplicationNotAccepted) events.get(1);
        assertThat(refusal.applicantUserId()).isEqualTo("applicant-1");
        assertThat(refusal.centreCode()).isEqualTo("C-CITY-01");
        assertThat(refusal.implementingDepartment()).isEqualTo("MARKET");
        assertThat(refusal.agentUserId()).isNull();

        Application decided = anApplication().complete().submit();
        decided.decided(new Decision(org.onewindow.intake.applications.domain.Outcome.APPROVED, "JY-1", null, NOW), NOW);
        decided.changes().clear();
        decided.deliver(new DeliveryRequest(null, null, "张三", null), CLERK, NOW);
        ResultDelivered delivered = (ResultDelivered) published(decided).getFirst();
        assertThat(delivered.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(delivered.licenceNumber()).isEqualTo("JY-1");
        assertThat(delivered.method()).isEqualTo(ResultDelivered.DeliveryMethod.WINDOW_PICKUP);
        assertThat(delivered.implementingDepartment()).isEqualTo("MARKET");
        assertThat(delivered.applicantUserId()).isEqualTo("applicant-1");
        assertThat(delivered.agentUserId()).isNull();
    }
}
