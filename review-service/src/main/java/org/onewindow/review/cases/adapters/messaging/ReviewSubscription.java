package org.onewindow.review.cases.adapters.messaging;

import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.intake.MaterialsUpdated;
import org.onewindow.contracts.intake.SupplementReceived;
import org.onewindow.contracts.supervision.LicenceActionTaken;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.review.cases.application.CaseCentres;
import org.onewindow.review.cases.application.CaseDocuments;
import org.onewindow.review.cases.application.CentreTree;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.cases.domain.JointHandling;
import org.onewindow.review.cases.domain.LicenceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What review consumes (group {@code review}): each handler runs in one transaction with its inbox row, and every
 * change to a case goes through the command path inside it.
 */
public final class ReviewSubscription {

    private static final Logger log = LoggerFactory.getLogger(ReviewSubscription.class);

    private ReviewSubscription() {
    }

    public static EventSubscription of(ReviewCaseService cases, CaseCentres centres, CentreTree tree,
                                       CaseDocuments documents) {
        return EventSubscription.forGroup("review")
                // a task's documents: references to read in intake (issue 11)
                .on(MaterialsUpdated.class, (event, meta) -> documents.record(new CaseDocuments.CaseDocument(
                        event.documentId(), event.caseNumber(), event.materialCode(), event.version(),
                        event.contentType().name(), event.sha256(), event.sizeBytes(), event.status().name(),
                        event.updatedAt())))
                .on(ApplicationAccepted.class, (event, meta) -> {
                    cases.open(AcceptedApplications.toOpening(event), AcceptedApplications.holderKind(event));
                    // where it was submitted: what a window clerk's scope is checked against
                    centres.record(CaseNumber.of(event.caseNumber()), event.centreCode());
                })
                .on(SupplementReceived.class, (event, meta) -> cases.supplementReceived(
                        CaseNumber.of(event.caseNumber()), event.requestId(), event.receivedAt()))
                .on(LicenceActionTaken.class, (event, meta) -> licenceActionTaken(cases, event))
                .on(CalendarPublished.class, (event, meta) -> cases.calendarPublished(event))
                .on(ItemVersionChanged.class, (event, meta) -> {
                    cases.itemVersionChanged(event.itemCode(), event.version(), event.jointHandling() == null ? null
                            : JointHandling.valueOf(event.jointHandling().name()), event.specialLaw());
                    // where the version is delegated below city level: a clerk's centre-and-below scope
                    tree.delegationsChanged(event.itemCode(), event.version(), event.delegations().stream()
                            .map(d -> new CentreTree.Delegation(d.level().name(), d.mode().name(), d.centres()))
                            .toList());
                })
                .on(ServiceCentreChanged.class, (event, meta) -> tree.centreChanged(event.code(), event.parentCode(),
                        event.level().name()))
                .build();
    }

    /**
     * Invariant 5: a suspension or revocation shows on the case and in the licence register. A rectification order
     * leaves the licence valid; an action this reader does not know (a newer producer's) is ignored, not dead-lettered.
     */
    private static void licenceActionTaken(ReviewCaseService cases, LicenceActionTaken action) {
        if (action.action() == null) {
            log.warn("licence action of an unknown kind for case {} ignored", action.caseNumber());
            return;
        }
        LicenceStatus status = switch (action.action()) {
            case SUSPEND -> LicenceStatus.SUSPENDED;
            case REVOKE -> LicenceStatus.REVOKED;
            case RECTIFY -> null;
        };
        if (status != null) {
            cases.licenceActionTaken(CaseNumber.of(action.caseNumber()), status, action.takenBy(), action.reason());
        }
    }
}
