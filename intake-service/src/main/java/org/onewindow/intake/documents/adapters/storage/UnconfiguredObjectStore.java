package org.onewindow.intake.documents.adapters.storage;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;

import org.onewindow.platform.objectstore.ObjectContent;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.ObjectStoreUnavailableException;
import org.onewindow.platform.objectstore.ObjectSummary;
import org.onewindow.platform.objectstore.StoredObject;

/**
 * Stands in when no {@code onewindow.objectstore.endpoint} is configured: intake runs (applications, flags, reads),
 * and every document operation answers 503 as with the store down; the jobs find nothing to do.
 */
public final class UnconfiguredObjectStore implements ObjectStore {

    private static ObjectStoreUnavailableException unavailable() {
        return new ObjectStoreUnavailableException("no object store is configured (onewindow.objectstore.endpoint)", null);
    }

    @Override
    public StoredObject put(String key, InputStream content, long contentLength, String contentType,
                            Map<String, String> metadata) {
        throw unavailable();
    }

    @Override
    public ObjectContent get(String key) {
        throw unavailable();
    }

    @Override
    public boolean exists(String key) {
        throw unavailable();
    }

    @Override
    public void delete(String key) {
        throw unavailable();
    }

    @Override
    public Stream<ObjectSummary> list(String prefix) {
        return Stream.empty();
    }
}
