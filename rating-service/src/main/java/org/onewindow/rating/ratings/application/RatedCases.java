package org.onewindow.rating.ratings.application;

import java.util.Optional;

import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.rating.ratings.domain.RatedCase;

/** Rated cases with their stages and ratings: saved by the command path, read by queries. */
public interface RatedCases extends AggregateStore<CaseNumber, RatedCase> {

    /** The case with its version, without a lock (for a GET: body and ETag from this one read). */
    Optional<RatedCase> find(CaseNumber caseNumber);
}
