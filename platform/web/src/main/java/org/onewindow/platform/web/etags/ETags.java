package org.onewindow.platform.web.etags;

/**
 * Strong ETags derived from a row's version column, and the {@code If-Match} check every update does
 * (DESIGN §8: updates use If-Match with an ETag, i.e. optimistic locking).
 *
 * <pre>{@code
 * ETags.requireMatch(ifMatch, item.version());     // 428 when absent, 412 when stale
 * return ResponseEntity.ok().eTag(ETags.of(updated.version())).body(updated);
 * }</pre>
 */
public final class ETags {

    private ETags() {
    }

    /** {@code "v<version>"}: quoted, strong. */
    public static String of(long version) {
        return "\"v" + version + "\"";
    }

    /**
     * Passes when {@code ifMatchHeader} lists the current version's ETag (or is {@code *}). Weak tags never
     * match: If-Match uses strong comparison (RFC 9110 §13.1.1).
     *
     * @throws PreconditionRequired when the header is missing or blank
     * @throws PreconditionFailed when no listed tag is the current one
     */
    public static void requireMatch(String ifMatchHeader, long currentVersion) {
        if (ifMatchHeader == null || ifMatchHeader.isBlank()) {
            throw new PreconditionRequired();
        }
        String current = of(currentVersion);
        for (String candidate : ifMatchHeader.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailed(current);
    }
}
