package org.onewindow.platform.objectstore;

/**
 * The object store cannot be reached, timed out, or answered with a server error (5xx): a temporary condition.
 * Web services answer it with a 503 problem and {@code Retry-After} (see {@code ObjectStoreProblemHandler}).
 */
public class ObjectStoreUnavailableException extends ObjectStoreException {

    public ObjectStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
