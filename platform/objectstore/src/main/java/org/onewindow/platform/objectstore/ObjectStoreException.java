package org.onewindow.platform.objectstore;

/** The object store refused or failed an operation (the base of this module's exceptions). */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message) {
        super(message);
    }

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
