package org.onewindow.platform.web.etags;

import java.util.function.UnaryOperator;

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
        if (!lists(ifMatchHeader, current, UnaryOperator.identity())) {
            throw new PreconditionFailed(current);
        }
    }

    /**
     * Whether {@code ifNoneMatchHeader} lists {@code etag} (or is {@code *}): weak comparison, as If-None-Match uses
     * (RFC 9110 §13.1.2); a missing ETag is listed by nothing.
     */
    public static boolean listedIn(String ifNoneMatchHeader, String etag) {
        return etag != null && lists(ifNoneMatchHeader, weakless(etag), ETags::weakless);
    }

    /** Whether the comma-separated header lists {@code tag} (each listed tag compared as {@code compared} makes it). */
    private static boolean lists(String header, String tag, UnaryOperator<String> compared) {
        for (String candidate : header.split(",")) {
            String listed = candidate.strip();
            if (listed.equals("*") || compared.apply(listed).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String weakless(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
