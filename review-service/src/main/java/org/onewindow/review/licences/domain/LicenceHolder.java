package org.onewindow.review.licences.domain;

import java.util.Objects;

/**
 * The holder of a licence. The licence itself prints the full name (it is the holder's own document); verification
 * shows {@link #publicName()}: an organisation's name is on the public register and stays, a person's keeps its first
 * character ({@code 张*}), as everywhere else in the suite (docs/security.md).
 *
 * @param maskedIdNumber the resident ID or USCC as review holds it: masked, never whole
 */
public record LicenceHolder(String name, HolderKind kind, String maskedIdNumber) {

    public LicenceHolder {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? HolderKind.PERSON : kind; // unknown kind: mask, the safe side
    }

    public String publicName() {
        if (kind == HolderKind.ORGANISATION) {
            return name;
        }
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return "*";
        }
        int first = trimmed.offsetByCodePoints(0, 1);
        int rest = Math.max(1, trimmed.codePointCount(first, trimmed.length()));
        return trimmed.substring(0, first) + "*".repeat(rest);
    }
}
