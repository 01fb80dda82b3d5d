package org.onewindow.review.cases.domain;

/** What a reviewer or checker says about a step. */
public enum Opinion {
    APPROVE,
    REJECT
}
