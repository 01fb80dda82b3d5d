package org.onewindow.intake.applications.domain;

/** Who applies: a person (resident ID) or an organisation (USCC). */
public enum ApplicantKind {
    /** 自然人 */
    PERSON,
    /** 法人或其他组织 */
    ORGANISATION
}
