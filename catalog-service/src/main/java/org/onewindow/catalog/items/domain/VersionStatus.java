package org.onewindow.catalog.items.domain;

/**
 * Life cycle of an item version: DRAFT → PUBLISHED → SUSPENDED (暂停) → REVOKED (取消). A draft published with a
 * future effective date (生效日期) is SCHEDULED: the version in force stays in force until that day, when the
 * scheduled one takes its place. A published version replaced by a newer one becomes SUPERSEDED and stays
 * readable for the cases accepted under it.
 */
public enum VersionStatus {
    DRAFT, SCHEDULED, PUBLISHED, SUSPENDED, REVOKED, SUPERSEDED;

    /** Applications may be accepted only under a published version. */
    public boolean acceptsApplications() {
        return this == PUBLISHED;
    }
}
