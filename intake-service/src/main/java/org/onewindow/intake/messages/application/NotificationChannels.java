package org.onewindow.intake.messages.application;

import java.util.List;

/** Picks the channel {@code onewindow.intake.notifications.channel} names among those on the classpath. */
public final class NotificationChannels {

    private NotificationChannels() {
    }

    /** @throws IllegalStateException at start when none is called {@code configured}: no message goes out unseen */
    public static NotificationChannel select(List<NotificationChannel> channels, String configured) {
        return channels.stream().filter(c -> c.name().equals(configured)).findFirst()
                .orElseThrow(() -> new IllegalStateException("onewindow.intake.notifications.channel=" + configured
                        + " but no NotificationChannel of that name is on the classpath (found "
                        + channels.stream().map(NotificationChannel::name).toList()
                        + "); add the provider's module or set it to recording"));
    }
}
