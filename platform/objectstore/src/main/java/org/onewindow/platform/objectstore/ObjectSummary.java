package org.onewindow.platform.objectstore;

import java.time.Instant;

/** One entry of {@link ObjectStore#list}: key (relative to the store's prefix), size and last modification. */
public record ObjectSummary(String key, long size, Instant lastModified) {
}
