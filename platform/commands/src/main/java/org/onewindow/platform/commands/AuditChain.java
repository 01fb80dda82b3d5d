package org.onewindow.platform.commands;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of one audit trail entry, computed in Java the same way the database seals it (migration V0_7,
 * {@code audit_trail_digest}): verification recomputes every hash here rather than asking the database's own
 * function, so a replaced function cannot make a forged trail look sound.
 */
final class AuditChain {

    /** The previous hash of a subject's first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "onewindow-audit-v1";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /** One stored entry, as verification reads it. */
    record Link(long id, String subject, Long seq, Instant at, String action, String actorId, String actorName,
                String actorRole, String onBehalfOf, String principal, String detail, String prevHash, String hash) {

        String digest() {
            return AuditChain.digest(this, prevHash);
        }
    }

    /** SHA-256 (hex) of the canonical content: each field as {@code <characters>:<value>}, null as '-', joined by '|'. */
    static String digest(Link e, String prevHash) {
        StringBuilder canonical = new StringBuilder(VERSION);
        for (String field : new String[] {e.subject(), e.seq() == null ? null : e.seq().toString(),
                e.at() == null ? null : AT.format(e.at()), e.action(), e.actorId(), e.actorName(), e.actorRole(),
                e.onBehalfOf(), e.principal(), e.detail(), prevHash}) {
            canonical.append('|');
            if (field == null) {
                canonical.append('-');
            } else {
                canonical.append(field.codePointCount(0, field.length())).append(':').append(field);
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
