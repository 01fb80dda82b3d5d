package org.onewindow.platform.web.etags;

/** {@code If-Match} names a version other than the current one (HTTP 412 {@code precondition-failed}). */
public class PreconditionFailed extends RuntimeException {

    private final String currentETag;

    public PreconditionFailed(String currentETag) {
        super("the resource has changed; its current ETag is " + currentETag + ": read it again and retry");
        this.currentETag = currentETag;
    }

    /** The resource's current ETag, sent back so a client can refresh without a second round trip. */
    public String currentETag() {
        return currentETag;
    }
}
