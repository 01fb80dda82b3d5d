package org.onewindow.platform.objectstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An object opened by {@link ObjectStore#get}: its bytes as a stream straight from the store (never buffered
 * whole), its size, content type and user metadata. Close it, or the connection stays taken.
 *
 * @param stream      the bytes; read once
 * @param contentType as stored by put; {@code application/octet-stream} when none was given
 * @param metadata    user metadata as stored by put (names in lower case, as S3 returns them)
 */
public record ObjectContent(String key, InputStream stream, long size, String contentType,
                            Map<String, String> metadata) implements AutoCloseable {

    public ObjectContent {
        metadata = Map.copyOf(metadata);
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
