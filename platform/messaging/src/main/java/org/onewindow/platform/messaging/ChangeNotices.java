package org.onewindow.platform.messaging;

import java.util.Optional;
import java.util.UUID;

/**
 * The NOTIFY a publisher's transaction sends on the relay's channel, delivered by PostgreSQL at commit to every
 * instance of the service (each instance's relay session LISTENs, leader or not). It wakes the publishing relay, and
 * it names the subject whose event was written, so the other instances wake their waiting reads on that subject
 * at once ({@link SubjectsChangedElsewhere}) instead of at their next re-check. The instance that committed signals its
 * own waiting reads itself (the command path, after commit) and ignores its own notices.
 *
 * <p>Payload: {@code <instance> <subject>}. A subject longer than {@link #MAX_SUBJECT_LENGTH} (PostgreSQL caps a
 * payload at 8000 bytes) is left out: the notice still wakes the relay, and the other instances' re-check finds the
 * change.
 */
final class ChangeNotices {

    /** Channel the relay LISTENs on. */
    static final String CHANNEL = "onewindow_outbox";
    static final int MAX_SUBJECT_LENGTH = 200;
    /** This JVM: one instance of the service. */
    private static final String THIS_INSTANCE = UUID.randomUUID().toString();

    private ChangeNotices() {
    }

    /** The payload naming this instance and the subject (or this instance alone for a subject too long). */
    static String payload(String subject) {
        return subject.length() > MAX_SUBJECT_LENGTH ? THIS_INSTANCE : THIS_INSTANCE + " " + subject;
    }

    /** The subject a notice names, when it came from another instance and names one. */
    static Optional<String> changedElsewhere(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        int space = payload.indexOf(' ');
        if (space <= 0 || space == payload.length() - 1 || payload.substring(0, space).equals(THIS_INSTANCE)) {
            return Optional.empty();
        }
        return Optional.of(payload.substring(space + 1));
    }
}
