package org.onewindow.platform.web.etags;

/** An update arrived without {@code If-Match} (HTTP 428 {@code precondition-required}). */
public class PreconditionRequired extends RuntimeException {

    public PreconditionRequired() {
        super("this update needs an If-Match header with the resource's ETag (optimistic locking)");
    }
}
