package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The latest change review made to a case's clock, as the applicant must be told of it: an extension (延期, Art. 42
 * 行政许可法: the reason is told), a special procedure's pause (Art. 45: the time it needs is told in writing) or the
 * clock running again. Every field but {@code kind} and {@code at} may be absent (an event written without it is
 * applied as far as it goes).
 *
 * @param pauseKind           the Art. 45 procedure (HEARING, TESTING, APPRAISAL...) of a pause or resumption
 * @param workingDays         working days added by an extension, or lost to a pause once it ended
 * @param expectedWorkingDays the time a paused procedure is expected to need, as told to the applicant
 * @param newDeadline         the statutory deadline after the change (none for a pause: the clock stands still)
 */
public record DeadlineChange(Kind kind, String pauseKind, String reason, String legalBasis, Integer workingDays,
                             Integer expectedWorkingDays, LocalDate pausedOn, LocalDate newDeadline, OffsetDateTime at) {

    public enum Kind {
        EXTENDED,
        PAUSED,
        RESUMED
    }
}
