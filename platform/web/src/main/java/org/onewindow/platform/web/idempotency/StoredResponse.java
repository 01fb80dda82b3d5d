package org.onewindow.platform.web.idempotency;

/** The response of a finished original request, as replayed to its retries. */
public record StoredResponse(int status, String location, String eTag, String contentType, byte[] body) {
}
