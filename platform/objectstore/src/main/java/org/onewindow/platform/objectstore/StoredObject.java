package org.onewindow.platform.objectstore;

/**
 * What {@link ObjectStore#put} stored.
 *
 * @param key    the key given to put (relative to the store's prefix)
 * @param size   bytes stored
 * @param sha256 lower-case hex SHA-256 of the bytes, computed while they were streamed to the store
 * @param etag   the store's entity tag, without quotes (an MD5 for single uploads, "md5-parts" for multipart ones)
 */
public record StoredObject(String key, long size, String sha256, String etag) {
}
