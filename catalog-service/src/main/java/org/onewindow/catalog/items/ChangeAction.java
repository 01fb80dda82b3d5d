package org.onewindow.catalog.items;

/** What a change-log entry records. */
public enum ChangeAction {
    CREATED, DRAFTED, EDITED, PUBLISHED, SUSPENDED, RESUMED, REVOKED
}
