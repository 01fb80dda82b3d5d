package org.onewindow.platform.clock;

/**
 * Time limits set by law or national policy, in working days. They are defaults: localities configure their own
 * (the catalog's item versions carry promised and statutory limits), so code should read limits from the catalog
 * or configuration and fall back to these. Articles refer to the Administrative Licensing Law (行政许可法).
 */
public final class LegalDefaults {

    /** Art. 42(1): a decision within 20 days of acceptance (法定时限). */
    public static final int STATUTORY_LIMIT = 20;
    /** Art. 42(1): extendable once by 10 days, approved by the head of the agency (本行政机关负责人). */
    public static final int STATUTORY_EXTENSION = 10;
    /** Art. 42(2): joint, unified or centralised handling (联合办理、统一办理、集中办理) within 45 days. */
    public static final int JOINT_STATUTORY_LIMIT = 45;
    /** Art. 42(2): extendable by 15 days, approved by the head of the people's government at that level. */
    public static final int JOINT_STATUTORY_EXTENSION = 15;
    /** Art. 43: a lower agency reviewing before the higher one decides finishes within 20 days. */
    public static final int LOWER_LEVEL_REVIEW_LIMIT = 20;
    /** Art. 44: the licence is issued and delivered within 10 days of the decision. */
    public static final int LICENCE_ISSUE_LIMIT = 10;
    /** Art. 32(1)(4): missing materials are notified all at once (一次性告知) within 5 days, else deemed accepted. */
    public static final int SUPPLEMENT_NOTICE_LIMIT = 5;
    /**
     * 好差评 (国办发〔2019〕51号): a verified bad rating is rectified within 15 working days in principle;
     * some localities use 5 or 7.
     */
    public static final int RECTIFICATION_LIMIT = 15;
    /** Local practice (审管联动): an approval is pushed to the supervising department within 2 working days. */
    public static final int SUPERVISION_PUSH_LIMIT = 2;
    /** Local practice (审管联动): a pushed approval is claimed (认领) within 2 working days, else escalated. */
    public static final int SUPERVISION_CLAIM_LIMIT = 2;
    /** 电子监察 practice: the yellow warning (黄灯) starts this many working days before the promised deadline. */
    public static final int YELLOW_WARNING_WORKING_DAYS = 1;

    private LegalDefaults() {
    }
}
