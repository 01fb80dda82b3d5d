package org.onewindow.review.licences.application;

import java.util.List;
import java.util.Optional;

import org.onewindow.platform.commands.AggregateStore;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.review.licences.domain.HolderKind;
import org.onewindow.review.licences.domain.RegisteredLicence;

/** The licence register's store (table {@code licence}): the command path's port plus reads. */
public interface LicenceRegister extends AggregateStore<String, RegisteredLicence> {

    /** The licence without a lock (verification reads). */
    Optional<RegisteredLicence> find(String number);

    Optional<String> numberOfCase(CaseNumber caseNumber);

    /** Licences whose document is still to be issued, oldest decision first. */
    List<String> pendingNumbers(int max);

    /** A failed issuing attempt, for operators (attempts, last error); the licence stays PENDING. */
    void recordFailedAttempt(String number, String error);

    /** From {@code intake.ApplicationAccepted}: whether the applicant is a person or an organisation. */
    void recordHolderKind(CaseNumber caseNumber, HolderKind kind);

    Optional<HolderKind> holderKind(CaseNumber caseNumber);
}
