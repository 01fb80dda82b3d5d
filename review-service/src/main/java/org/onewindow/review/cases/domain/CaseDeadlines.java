package org.onewindow.review.cases.domain;

import java.time.LocalDate;

import org.onewindow.platform.clock.CaseClock;

/**
 * The two limits of a case as dates: promised (承诺, the working target) and statutory (法定), as platform-clock's
 * {@link CaseClock} computes them: working days from the day after acceptance (受理), pauses (补正) skipped.
 *
 * @param provisional true when a day counted towards either deadline lies in a year whose calendar is not published
 *                    yet: counted Monday to Friday, recomputed once the year is published
 */
public record CaseDeadlines(LocalDate promised, LocalDate statutory, boolean provisional) {

    public CaseDeadlines(LocalDate promised, LocalDate statutory) {
        this(promised, statutory, false);
    }

    public static CaseDeadlines of(CaseClock clock) {
        return new CaseDeadlines(clock.promisedDeadline(), clock.statutoryDeadline());
    }

    /** The later of the two: the last day the case's clock counts. */
    LocalDate last() {
        return statutory.isAfter(promised) ? statutory : promised;
    }

    CaseDeadlines provisional(boolean flag) {
        return new CaseDeadlines(promised, statutory, flag);
    }

    /** Same dates (the flag aside). */
    boolean sameDates(CaseDeadlines other) {
        return other != null && promised.equals(other.promised) && statutory.equals(other.statutory);
    }
}
