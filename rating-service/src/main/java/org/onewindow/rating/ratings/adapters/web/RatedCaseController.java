package org.onewindow.rating.ratings.adapters.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.platform.kernel.BlockedEvent;
import org.onewindow.platform.web.etags.ETags;
import org.onewindow.platform.web.waiting.ChangeWaiter;
import org.onewindow.rating.config.RatingProperties;
import org.onewindow.rating.ratings.application.RatedCaseQueries;
import org.onewindow.rating.ratings.application.RatingScope;
import org.onewindow.rating.ratings.application.RatingScopes;
import org.onewindow.rating.ratings.domain.RatedCase;
import org.onewindow.rating.ratings.domain.Readers;
import org.onewindow.rating.ratings.domain.Stage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case as rating sees it: which stages are open for rating until when, and its audit trail. The ETag is the
 * case's version from the same read (a rating may send it back as {@code If-Match}). A case outside the caller's
 * {@code rated-case.read} scope is 404; the trail's user ids are masked for readers who need not know who rated
 * ({@link RatingScope#namesShown}: e.g. MONITOR, {@code all-masked}).
 */
@RestController
@RequestMapping("/api/rating/v1/cases")
public record RatedCaseController(RatedCaseQueries queries, RatingProperties properties, RatingScopes scopes,
                                  ChangeWaiter waiter) {

    public record StageView(Stage stage, OffsetDateTime openedAt, OffsetDateTime closesAt, boolean rated) {
    }

    /**
     * @param blockedBy events about the case that rating could not apply and no operator has resolved yet (a stage
     *                  may be missing until they are replayed or discarded); empty when none
     */
    public record CaseView(String caseNumber, String itemCode, String implementingDepartment, String centreCode,
                           List<StageView> stages, List<AuditLine> audit, List<BlockedEvent> blockedBy) {
    }

    /**
     * With {@code Prefer: wait=N} it waits for a change of the ETag in {@code If-None-Match} (304 when none came), or
     * without it for rating to know the case: a client waits here for a stage to open before it rates
     * (docs/architecture.md "Waiting for a change").
     */
    @GetMapping("/{caseNumber}")
    public ResponseEntity<CaseView> get(@PathVariable String caseNumber,
            @RequestHeader(name = ChangeWaiter.PREFER, required = false) String prefer,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        RatingScope scope = scopes.of("rated-case", "read");
        RatedCaseQueries.CaseRead read = waiter.untilChanged("case", caseNumber,
                () -> queries.read(Ids.caseNumberOrNotFound(caseNumber), scope),
                r -> ETags.of(r.ratedCase().version()));
        RatedCase ratedCase = read.ratedCase();
        boolean named = scope.namesShown(ratedCase.implementingDepartment().value(), Readers.owners(ratedCase));
        Set<Stage> rated = ratedCase.ratedStages();
        List<StageView> stages = ratedCase.openedStages().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new StageView(e.getKey(), e.getValue(), properties.window().closesAt(e.getValue()),
                        rated.contains(e.getKey())))
                .toList();
        CaseView view = new CaseView(caseNumber, ratedCase.itemCode().value(), ratedCase.implementingDepartment().value(),
                ratedCase.centreCode().value(), stages, read.audit().stream().map(AuditLine::of).map(line -> named ? line : line.withUsersMasked()).toList(),
                read.blockedBy());
        return ResponseEntity.ok().eTag(ETags.of(ratedCase.version())).body(view);
    }
}
