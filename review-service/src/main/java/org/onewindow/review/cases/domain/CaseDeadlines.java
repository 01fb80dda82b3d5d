package org.onewindow.review.cases.domain;

import java.time.LocalDate;

import org.onewindow.platform.clock.CaseClock;

/**
 * The two limits of a case as dates: promised (承诺, the working target) and statutory (法定), as platform-clock's
 * {@link CaseClock} computes them: working days from the day after acceptance (受理), pauses (补正) skipped.
 */
public record CaseDeadlines(LocalDate promised, LocalDate statutory) {

    public static CaseDeadlines of(CaseClock clock) {
        return new CaseDeadlines(clock.promisedDeadline(), clock.statutoryDeadline());
    }
}
