package org.onewindow.rating.ratings;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.BlockedEvent;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.rating.config.RatingProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case as rating sees it: which stages are open for rating until when, and its audit trail. */
@RestController
@RequestMapping("/api/rating/v1/cases")
public class RatedCaseController {

    private final RatedCaseRepository cases;
    private final RatingProperties properties;
    private final CurrentActor currentActor;
    private final BlockedEvents blockedEvents;

    public RatedCaseController(RatedCaseRepository cases, RatingProperties properties, CurrentActor currentActor,
                               BlockedEvents blockedEvents) {
        this.cases = cases;
        this.properties = properties;
        this.currentActor = currentActor;
        this.blockedEvents = blockedEvents;
    }

    public record StageView(Stage stage, OffsetDateTime openedAt, OffsetDateTime closesAt, boolean rated) {
    }

    /**
     * @param blockedBy events about the case that rating could not apply and no operator has resolved yet (a stage
     *                  may be missing until they are replayed or discarded); empty when none
     */
    public record CaseView(String caseNumber, String itemCode, String implementingDepartment, String centreCode,
                           List<StageView> stages, List<AuditEntry> audit, List<BlockedEvent> blockedBy) {
    }

    @GetMapping("/{caseNumber}")
    public CaseView get(@PathVariable String caseNumber) {
        RatedCase ratedCase = cases.find(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
        Actor actor = currentActor.current();
        if (!Readers.sees(actor, ratedCase)) {
            throw new NotPermitted("rating.not-visible", "only staff, the applicant and their agent read case " + caseNumber);
        }
        Set<Stage> rated = cases.ratedStages(caseNumber);
        List<StageView> stages = ratedCase.openedStages().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new StageView(e.getKey(), e.getValue(), properties.window().closesAt(e.getValue()),
                        rated.contains(e.getKey())))
                .toList();
        return new CaseView(caseNumber, ratedCase.itemCode(), ratedCase.implementingDepartment(),
                ratedCase.centreCode(), stages, cases.auditTrail(caseNumber), blockedEvents.blocking(caseNumber));
    }
}
