package org.onewindow.intake.messages.application;

/**
 * The port through which the applicant is told outside the message box (SMS first). Intake ships
 * {@code recording}, which records what it would send; production plugs in a provider by configuration
 * ({@code onewindow.intake.notifications.channel}, docs/intake.md "Notifications").
 *
 * <p>{@link #send} is called inside the transaction that stores the message, once per new message (a repeated event
 * stores nothing and sends nothing). It must not throw for a provider's temporary failure (that would roll the
 * message back and dead-letter the event): queue and retry instead.
 */
public interface NotificationChannel {

    /** The value of {@code onewindow.intake.notifications.channel} that selects this channel. */
    String name();

    void send(Notification notification);
}
