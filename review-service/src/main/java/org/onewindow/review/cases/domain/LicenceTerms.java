package org.onewindow.review.cases.domain;

import java.time.Period;

/**
 * Local terms for licences: how long one is valid (default 5 years) and within how many working days of the
 * decision it is issued (default 10, Art. 44).
 */
public record LicenceTerms(Period validity, int issueWithinWorkingDays) {

    public static final LicenceTerms DEFAULT = new LicenceTerms(Period.ofYears(5), 10);
}
