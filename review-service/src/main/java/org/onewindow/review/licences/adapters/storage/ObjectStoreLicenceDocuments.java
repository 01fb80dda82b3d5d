package org.onewindow.review.licences.adapters.storage;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.ObjectStoreException;
import org.onewindow.platform.objectstore.StoredObject;
import org.onewindow.review.licences.application.LicenceDocuments;
import org.onewindow.review.licences.domain.StoredDocument;

/** Licence PDFs in the suite's object store (platform-objectstore; keys relative to review's prefix). */
public record ObjectStoreLicenceDocuments(ObjectStore store) implements LicenceDocuments {

    @Override
    public StoredDocument store(String key, byte[] pdf) {
        try {
            StoredObject stored = store.put(key, new ByteArrayInputStream(pdf), pdf.length, "application/pdf",
                    Map.of("kind", "licence"));
            return new StoredDocument(stored.key(), stored.sha256(), stored.size());
        } catch (ObjectStoreException e) { // unavailable or refused: either way the licence stays PENDING and is retried
            throw new DocumentStoreUnavailable(e.getMessage(), e);
        }
    }
}
