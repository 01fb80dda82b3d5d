package org.onewindow.intake.documents.domain;

/** Where a document stands in pre-review (预审) at the window. */
public enum DocumentStatus {
    /** attached, not pre-reviewed yet: does not count as provided */
    UPLOADED,
    /** the clerk accepted it: the material counts as provided */
    ACCEPTED,
    /** the clerk found it defective (illegible, incomplete, expired, the wrong document): listed in the notice */
    DEFECTIVE
}
