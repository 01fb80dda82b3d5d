package org.onewindow.review.licences.domain;

/** A licence's PDF as the object store holds it: key, SHA-256 (lower-case hex) and size in bytes. */
public record StoredDocument(String key, String sha256, long sizeBytes) {
}
