package org.onewindow.review.licences.domain;

/** Who holds a licence: a natural person (自然人) or an organisation (法人或其他组织), as intake accepted the applicant. */
public enum HolderKind {
    PERSON,
    ORGANISATION
}
