package org.onewindow.review.cases;

import java.time.LocalDate;

import org.onewindow.platform.clock.WorkingDays;

/**
 * The two limits of a case as dates: promised (承诺, the working target) and statutory (法定). Both count
 * working days from the day after acceptance (受理).
 */
public record CaseDeadlines(LocalDate promised, LocalDate statutory) {

    public static CaseDeadlines from(WorkingDays calendar, LocalDate acceptedOn, int promisedLimit, int statutoryLimit) {
        return new CaseDeadlines(
                calendar.deadline(acceptedOn, promisedLimit),
                calendar.deadline(acceptedOn, statutoryLimit));
    }

    /** Both deadlines moved by the working days a pause cost. */
    public CaseDeadlines postponedBy(WorkingDays calendar, int workingDays) {
        return new CaseDeadlines(calendar.deadline(promised, workingDays), calendar.deadline(statutory, workingDays));
    }
}
