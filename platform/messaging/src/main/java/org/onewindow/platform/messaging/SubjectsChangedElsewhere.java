package org.onewindow.platform.messaging;

/**
 * Told by the relay's session, on the relay's thread, that another instance of the service committed an event of a
 * subject (a case number): waiting reads on that subject should read again. Must return quickly.
 */
@FunctionalInterface
public interface SubjectsChangedElsewhere {

    SubjectsChangedElsewhere NONE = subject -> { };

    void changed(String subject);
}
