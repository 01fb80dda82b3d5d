package org.onewindow.platform.web.idempotency;

/**
 * What identifies one creating request: who sent it, the key they chose, what it targets and a hash of its body.
 * Two requests with the same principal and key must agree on target and hash, or the key was reused.
 */
public record IdempotentRequest(String principal, String key, String target, String bodyHash) {

    public boolean sameRequestAs(IdempotentRequest other) {
        return target.equals(other.target) && bodyHash.equals(other.bodyHash);
    }
}
