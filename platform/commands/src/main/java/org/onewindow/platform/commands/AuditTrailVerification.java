package org.onewindow.platform.commands;

import java.util.List;

/**
 * What verifying a service's audit trail found: how many entries and subjects were checked and, per subject whose
 * chain is broken, its first broken link (at most {@link AuditTrail#MAX_BREAKS_REPORTED}).
 *
 * @param intact true when every chain verified
 */
public record AuditTrailVerification(boolean intact, long entriesChecked, long subjectsChecked, List<Break> breaks) {

    public AuditTrailVerification {
        breaks = List.copyOf(breaks);
    }

    /** The first broken link, or null when intact. */
    public Break firstBreak() {
        return breaks.isEmpty() ? null : breaks.getFirst();
    }

    /**
     * A subject's first broken link.
     *
     * @param id   the row id of the entry where the chain breaks (the entry after a gap, the altered entry)
     * @param seq  its position in the subject's chain as stored
     * @param kind ALTERED (content no longer matches its hash), MISSING (entries before it were removed), BROKEN_LINK
     *             (its link to the previous entry does not match: that entry's hash was rewritten, or rows reordered)
     */
    public record Break(String subject, long id, Long seq, Kind kind, String message) {
    }

    public enum Kind {
        ALTERED, MISSING, BROKEN_LINK
    }
}
