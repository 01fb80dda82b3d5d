package org.onewindow.rating.ratings.application;

import java.util.List;

import org.onewindow.platform.commands.AuditTrail;
import org.onewindow.platform.kernel.AuditEntry;
import org.onewindow.platform.kernel.BlockedEvent;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.messaging.BlockedEvents;
import org.onewindow.rating.ratings.domain.RatedCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** What a GET of a case shows, read from one snapshot: the case (its version is the ETag), its trail, its blockers. */
@Service
public class RatedCaseQueries {

    private final RatedCases cases;
    private final AuditTrail auditTrail;
    private final BlockedEvents blockedEvents;

    public RatedCaseQueries(RatedCases cases, AuditTrail auditTrail, BlockedEvents blockedEvents) {
        this.cases = cases;
        this.auditTrail = auditTrail;
        this.blockedEvents = blockedEvents;
    }

    /** A case, its audit trail and the dead letters holding it up, as one consistent read. */
    public record CaseRead(RatedCase ratedCase, List<AuditEntry> audit, List<BlockedEvent> blockedBy) {
    }

    /**
     * @throws NotFound when rating never heard of the case, or the caller's scope does not reach it
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public CaseRead read(CaseNumber caseNumber, RatingScope scope) {
        RatedCase ratedCase = cases.find(caseNumber).filter(scope::reaches)
                .orElseThrow(() -> new NotFound("case", caseNumber.value()));
        return new CaseRead(ratedCase, auditTrail.of(caseNumber.value()), blockedEvents.blocking(caseNumber.value()));
    }
}
