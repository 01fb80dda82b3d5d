package org.onewindow.platform.messaging;

/**
 * A record that can never be handled (missing or invalid CloudEvents headers, JSON that does not bind to the
 * record): not retried, sent straight to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
