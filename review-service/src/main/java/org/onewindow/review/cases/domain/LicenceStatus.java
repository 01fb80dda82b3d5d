package org.onewindow.review.cases.domain;

/** A licence (证照) as supervision last reported it (invariant 5: suspension and revocation flow back). */
public enum LicenceStatus {
    VALID,
    SUSPENDED,
    REVOKED
}
