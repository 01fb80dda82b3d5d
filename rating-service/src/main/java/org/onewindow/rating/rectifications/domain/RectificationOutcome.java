package org.onewindow.rating.rectifications.domain;

/** How a closed rectification ended. */
public enum RectificationOutcome {
    /** 已整改: rectified, and the applicant said they were satisfied at the follow-up call. */
    RECTIFIED,
    /** 经核实不属实: the department found the complaint unfounded, with its reason. */
    UNFOUNDED,
    /** 申诉成立: a MONITOR upheld the department's appeal; the bad rating counts as unfounded. */
    APPEAL_UPHELD
}
