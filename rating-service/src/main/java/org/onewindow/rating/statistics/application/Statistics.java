package org.onewindow.rating.statistics.application;

import java.util.List;

import org.onewindow.rating.statistics.domain.Dimension;
import org.onewindow.rating.statistics.domain.SatisfactionStatistics;

/** Published statistics: read-only, counted from the ratings at request time (nothing to keep in step). */
public interface Statistics {

    /** Every key with at least one rating, sorted by key. */
    List<SatisfactionStatistics> all(Dimension by);
}
