package org.onewindow.intake.applications.adapters.messaging;

import java.util.List;

import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.ApplicationNotAccepted;
import org.onewindow.contracts.intake.DeliveryWarningRaised;
import org.onewindow.contracts.intake.OneTimeNoticeIssued;
import org.onewindow.contracts.intake.ResultDelivered;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.review.Outcome;
import org.onewindow.intake.applications.domain.Agent;
import org.onewindow.intake.applications.domain.Applicant;
import org.onewindow.intake.applications.domain.ApplicationEvent;
import org.onewindow.intake.applications.domain.MissingMaterial;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.platform.commands.ContractMapper;

/**
 * The application's internal events as integrators see them on {@code intake.applications}. Identity numbers
 * leave intake only masked: {@link Applicant#maskedIdNumber()} is the one read here.
 */
public final class ApplicationContracts implements ContractMapper<ApplicationEvent> {

    @Override
    public List<DomainEvent> toContracts(ApplicationEvent event) {
        return List.of(switch (event) {
            case ApplicationEvent.Accepted a -> accepted(a);
            case ApplicationEvent.NoticeIssued n -> new OneTimeNoticeIssued(n.caseNumber().value(), n.itemCode(),
                    n.missing().stream().map(ApplicationContracts::missing).toList(), n.issuedBy(), n.issuedAt(), n.dueOn(),
                    n.rater().centreCode(), n.rater().implementingDepartment(), n.rater().applicantUserId(),
                    n.rater().agentUserId());
            case ApplicationEvent.NotAccepted n -> new ApplicationNotAccepted(n.caseNumber().value(), n.itemCode(),
                    n.reasons().stream().map(r -> new ApplicationNotAccepted.Reason(r.rule(), r.message())).toList(),
                    n.decidedBy(), n.decidedAt(), n.rater().centreCode(), n.rater().implementingDepartment(),
                    n.rater().applicantUserId(), n.rater().agentUserId());
            case ApplicationEvent.SupplementReceived s -> new SupplementReceived(s.caseNumber().value(), s.requestId(),
                    s.materials().stream().map(m -> new SupplementReceived.SuppliedMaterial(m.code(), m.name())).toList(),
                    s.receivedBy(), s.receivedAt());
            case ApplicationEvent.ResultDelivered d -> new ResultDelivered(d.caseNumber().value(), d.item().itemCode(),
                    d.item().name(), Outcome.valueOf(d.decision().outcome().name()), d.decision().licenceNumber(),
                    ResultDelivered.DeliveryMethod.valueOf(d.method().name()), d.deliveredAt(), d.centreCode().value(),
                    d.item().implementingDepartment(), d.applicantUserId(), d.agentUserId(), d.reference(), d.late(),
                    d.licenceIssueDueBy(), d.licenceDocument() == null ? null : d.licenceDocument().documentId(),
                    d.licenceDocument() == null ? null : d.licenceDocument().sha256());
            case ApplicationEvent.DeliveryWarningRaised w -> new DeliveryWarningRaised(w.caseNumber().value(),
                    w.item().itemCode(), DeliveryWarningRaised.Level.valueOf(w.level().name()), w.dueBy(), w.provisional(),
                    w.workingDaysLeft(), w.raisedOn(), w.centreCode().value(), w.item().implementingDepartment(),
                    w.licenceNumber(), w.raisedAt());
        });
    }

    private static ApplicationAccepted accepted(ApplicationEvent.Accepted a) {
        ItemVersion item = a.item();
        Applicant applicant = a.applicant();
        Agent agent = a.agent();
        return new ApplicationAccepted(a.caseNumber().value(), item.itemCode(), item.version(), item.name(),
                a.centreCode().value(), Channel.valueOf(a.channel().name()),
                new ApplicationAccepted.Applicant(ApplicationAccepted.ApplicantKind.valueOf(applicant.kind().name()),
                        applicant.name(), applicant.maskedIdNumber(), applicant.userId()),
                agent == null ? null : new ApplicationAccepted.Agent(agent.userId(), agent.name(), agent.mandate().mandateId()),
                a.acceptedBy(), a.acceptedAt(), a.acceptedOn(), a.deemed(), a.deferredMaterials(), item.immediate(),
                item.promisedLimitDays(), item.statutoryLimitDays(), route(item), item.implementingDepartment(),
                item.supervisingDepartment());
    }

    private static Route route(ItemVersion item) {
        return item.route() == null ? null : new Route(RouteMode.valueOf(item.route().mode().name()),
                item.route().twoPersonReview(), item.route().departments());
    }

    private static OneTimeNoticeIssued.MissingMaterial missing(MissingMaterial m) {
        return new OneTimeNoticeIssued.MissingMaterial(m.materialCode(), m.name(),
                OneTimeNoticeIssued.Problem.valueOf(m.problem().name()), m.note());
    }
}
