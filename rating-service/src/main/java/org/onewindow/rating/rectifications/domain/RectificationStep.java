package org.onewindow.rating.rectifications.domain;

/** A step someone took on a rectification (the {@code step} of {@code rating.RectificationProgressed}). */
public enum RectificationStep {
    /** 核实: the department said whether the complaint is founded (unfounded closes the rectification). */
    VERIFIED,
    /** 整改: the department said what it did. */
    RECTIFIED,
    /** 回访: the applicant said whether they are satisfied (not satisfied reopens the rectification). */
    FOLLOWED_UP,
    /** 办结: the department closed a followed-up rectification. */
    CLOSED,
    /** 申诉: the department appealed the bad rating. */
    APPEALED,
    /** 申诉裁决: a MONITOR upheld (closes as unfounded) or rejected (back to where it was) the appeal. */
    APPEAL_DECIDED
}
