package org.onewindow.review.cases.application;

import java.util.Optional;

import org.onewindow.platform.kernel.CaseNumber;

/** The service centre each case was submitted at, as intake announced it on acceptance (a clerk's scope). */
public interface CaseCentres {

    /** Records the centre of a case once; a redelivered acceptance changes nothing. */
    void record(CaseNumber caseNumber, String centreCode);

    Optional<String> of(CaseNumber caseNumber);
}
