package org.onewindow.supervision.records.domain;

/** Where a supervision record stands in push (推送) → claim (认领). */
public enum RecordStatus {
    /** 已推送, waiting for the supervising department to claim it */
    PUSHED,
    /** 已认领: post-approval supervision (事中事后监管) is under way */
    CLAIMED,
    /** 已升级: not claimed by the claim deadline; still claimable */
    ESCALATED
}
