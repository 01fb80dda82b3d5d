package org.onewindow.review.licences.application;

import org.onewindow.review.licences.domain.StoredDocument;

/** Where licence documents are kept: the suite's object store, under review's prefix. */
public interface LicenceDocuments {

    /**
     * Stores (or replaces: a retried issue writes the same key again) the document.
     *
     * @throws DocumentStoreUnavailable when the store cannot take it now; the caller retries later
     */
    StoredDocument store(String key, byte[] pdf);

    /** The store cannot be reached or refused the write; nothing was recorded on review's side. */
    final class DocumentStoreUnavailable extends RuntimeException {

        public DocumentStoreUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
