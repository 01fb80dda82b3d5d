package org.onewindow.intake.documents.domain;

/** Where a document's bytes come from, and so which prefix of the object store holds them. */
public enum DocumentKind {
    /** A file of a material, uploaded to intake (intake's prefix; the orphan cleaner compares it with the table). */
    MATERIAL,
    /** The electronic licence (电子证照) review issued: its object is review's, under review's prefix, read as is. */
    LICENCE;

    /** The material code a licence document is filed under (no catalog material has it: codes are like M01). */
    public static final String LICENCE_MATERIAL = "LICENCE";
}
