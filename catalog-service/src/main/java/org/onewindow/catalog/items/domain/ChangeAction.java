package org.onewindow.catalog.items.domain;

/** What a change-log entry records. */
public enum ChangeAction {
    CREATED, DRAFTED, EDITED,
    /** published with a future effective date: not yet in force */
    SCHEDULED,
    PUBLISHED,
    /** a scheduled version reached its effective date and replaced the version in force */
    TOOK_EFFECT,
    SUSPENDED, RESUMED, REVOKED;

    /** Whether the version in force (what the catalog stream carries) may have changed. */
    public boolean changesVersionInForce() {
        return switch (this) {
            case PUBLISHED, TOOK_EFFECT, SUSPENDED, RESUMED, REVOKED -> true;
            case CREATED, DRAFTED, EDITED, SCHEDULED -> false;
        };
    }
}
