package org.onewindow.rating.rectifications.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.web.paging.PageQuery;
import org.onewindow.platform.web.paging.PageResult;
import org.onewindow.rating.ratings.application.RatingScope;
import org.onewindow.rating.rectifications.domain.Rectification;

/** Rectifications, one per bad rating: saved by the command path, read by the rectification list. */
public interface Rectifications extends AggregateStore<UUID, Rectification> {

    Optional<Rectification> find(UUID rectificationId);

    Optional<Rectification> findByRating(UUID ratingId);

    /** Rectifications whose current step is past due on {@code today} and not yet warned of. */
    List<UUID> overdueCandidates(LocalDate today);

    /** By due date (then id), optionally of one department (null: all), only those inside {@code scope}. */
    PageResult<Rectification> list(DepartmentCode department, RatingScope scope, PageQuery page);
}
