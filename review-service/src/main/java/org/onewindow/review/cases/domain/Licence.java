package org.onewindow.review.cases.domain;

import java.time.LocalDate;

import org.onewindow.platform.clock.WorkingDays;

/**
 * The licence (证照) of an approved case: number {@code <itemCode>-<yyyy>-<6-digit sequence>}, validity, and
 * the day by which it must be issued (10 working days after the decision, Art. 44 行政许可法).
 */
public record Licence(String number, LocalDate validFrom, LocalDate validUntil, LocalDate issueDueBy, LicenceStatus status) {

    public static String number(String itemCode, int year, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("licence sequence out of the 6-digit range: " + sequence);
        }
        return "%s-%04d-%06d".formatted(itemCode, year, sequence);
    }

    /** The licence of a case approved on {@code decidedOn}: valid from that day, issued within the terms' working days. */
    static Licence issue(String itemCode, LocalDate decidedOn, LicenceTerms terms, WorkingDays calendar, long sequence) {
        return new Licence(number(itemCode, decidedOn.getYear(), sequence), decidedOn, decidedOn.plus(terms.validity()),
                issueDue(decidedOn, terms, calendar), LicenceStatus.VALID);
    }

    /** Art. 44: the licence is issued within the terms' working days after the decision. */
    static LocalDate issueDue(LocalDate decidedOn, LicenceTerms terms, WorkingDays calendar) {
        return calendar.deadline(decidedOn, terms.issueWithinWorkingDays());
    }

    Licence withIssueDueBy(LocalDate due) {
        return new Licence(number, validFrom, validUntil, due, status);
    }

    Licence withStatus(LicenceStatus newStatus) {
        return new Licence(number, validFrom, validUntil, issueDueBy, newStatus);
    }
}
