package org.onewindow.rating.rectifications.domain;

/** What a rectification records for others (internal: mapped to {@code rating.RectificationOpened}). */
public sealed interface RectificationEvent {

    /** A bad rating opened the rectification. */
    record Opened(Rectification rectification) implements RectificationEvent {
    }
}
