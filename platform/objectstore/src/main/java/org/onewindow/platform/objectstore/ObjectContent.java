package org.onewindow.platform.objectstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An object opened by {@link ObjectStore#get}: its bytes as a stream straight from the store (never buffered
 * whole), its size, content type and user metadata. Close it, or the connection stays taken.
 */
public final class ObjectContent implements AutoCloseable {

    private final String key;
    private final InputStream stream;
    private final long size;
    private final String contentType;
    private final Map<String, String> metadata;

    public ObjectContent(String key, InputStream stream, long size, String contentType, Map<String, String> metadata) {
        this.key = key;
        this.stream = stream;
        this.size = size;
        this.contentType = contentType;
        this.metadata = Map.copyOf(metadata);
    }

    public String key() {
        return key;
    }

    /** The bytes; read once. */
    public InputStream stream() {
        return stream;
    }

    public long size() {
        return size;
    }

    /** As stored by put; {@code application/octet-stream} when none was given. */
    public String contentType() {
        return contentType;
    }

    /** User metadata as stored by put (names in lower case, as S3 returns them). */
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
