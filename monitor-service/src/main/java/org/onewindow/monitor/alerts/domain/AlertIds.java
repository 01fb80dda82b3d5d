package org.onewindow.monitor.alerts.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic alert ids: a name-based UUID, version 5 (RFC 9562 §5.5, SHA-1), of {@code "<rule>:<caseNumber>"} in
 * monitor's own namespace. The same rule on the same case always gets the same id, so a replay of the streams, a
 * second instance or a repeated scan cannot raise a second alert, and a consumer of {@code monitor.alerts} can
 * de-duplicate by id alone.
 */
public final class AlertIds {

    /** Monitor's namespace: itself the v5 id of "onewindow.monitor" in the RFC's URL namespace; never change it. */
    public static final UUID NAMESPACE = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "onewindow.monitor");

    private AlertIds() {
    }

    public static UUID of(Rule rule, String caseNumber) {
        return v5(NAMESPACE, rule.name() + ":" + caseNumber);
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
