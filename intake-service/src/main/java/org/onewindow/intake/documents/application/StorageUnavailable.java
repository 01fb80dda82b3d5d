package org.onewindow.intake.documents.application;

/** The object store could not be reached: nothing was written, try again later (503). */
public class StorageUnavailable extends RuntimeException {

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
