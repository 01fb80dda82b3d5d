package org.onewindow.rating.rectifications.domain;

/** Where a rectification stands. Only OPEN is reached today; the later steps are listed in docs/rating.md. */
public enum RectificationStatus {
    /** 整改中: opened by the bad rating, due by {@code dueOn}. */
    OPEN
}
