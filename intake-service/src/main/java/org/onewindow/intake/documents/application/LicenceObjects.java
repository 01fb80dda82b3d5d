package org.onewindow.intake.documents.application;

import org.onewindow.platform.objectstore.ObjectContent;

/**
 * Review's electronic licence PDFs, read under review's prefix of the object store with the key
 * {@code review.LicenceIssued} names. Read-only on purpose: the objects are review's, and nothing in intake may
 * list or delete them (intake's cleaners list intake's own prefix only).
 */
@FunctionalInterface
public interface LicenceObjects {

    /** Opens the object; the caller closes the content. */
    ObjectContent get(String key);
}
