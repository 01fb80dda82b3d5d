package org.onewindow.review.cases.domain;

/**
 * Why the clock stopped: a supplement request (补正, ends when intake receives the materials) or one of the
 * special procedures of Art. 45 (ended by the department): hearing (听证), testing (检验、检测、检疫), expert review
 * (专家评审).
 */
public enum PauseKind {
    SUPPLEMENT,
    HEARING,
    TESTING,
    EXPERT_REVIEW;

    public boolean specialProcedure() {
        return this != SUPPLEMENT;
    }
}
