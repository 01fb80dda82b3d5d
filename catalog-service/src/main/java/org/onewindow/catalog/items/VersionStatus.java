package org.onewindow.catalog.items;

/**
 * Life cycle of an item version: DRAFT → PUBLISHED → SUSPENDED (暂停) → REVOKED (取消). A published
 * version replaced by a newer one becomes SUPERSEDED and stays readable for the cases accepted under it.
 */
public enum VersionStatus {
    DRAFT, PUBLISHED, SUSPENDED, REVOKED, SUPERSEDED;

    /** Applications may be accepted only under a published version. */
    public boolean acceptsApplications() {
        return this == PUBLISHED;
    }
}
