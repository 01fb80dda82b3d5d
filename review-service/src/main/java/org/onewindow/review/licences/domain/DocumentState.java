package org.onewindow.review.licences.domain;

/**
 * Where a licence's PDF stands: PENDING from the decision until the issuing job has stored it (a store outage keeps it
 * here and delays only the document), ISSUED once the object and its verification code are recorded.
 */
public enum DocumentState {
    PENDING,
    ISSUED
}
