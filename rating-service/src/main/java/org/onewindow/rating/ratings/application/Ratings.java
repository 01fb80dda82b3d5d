package org.onewindow.rating.ratings.application;

import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.ratings.domain.Rating;

/** Ratings as read back for reconciliation (written only with their case, by the command path). */
public interface Ratings {

    Optional<Rating> find(UUID ratingId);

    /**
     * Ratings, oldest first (rated_at, then id: stable pages).
     *
     * @param caseNumber only this case's ratings; null for all
     * @param scope      only the ratings the caller reaches ({@link RatingScope})
     */
    PageResult<Rating> list(CaseNumber caseNumber, RatingScope scope, PageQuery page);
}
