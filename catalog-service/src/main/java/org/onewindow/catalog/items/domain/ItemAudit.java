package org.onewindow.catalog.items.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onewindow.platform.kernel.AuditEntry;

/**
 * An item's audit line (变更记录): the action is a {@link ChangeAction}, the detail names the version changed and
 * the reason, {@code "version 2: 压缩承诺时限"}, so the change log can show both as it always has.
 */
public final class ItemAudit {

    private static final Pattern DETAIL = Pattern.compile("version (\\d+): (.*)", Pattern.DOTALL);

    /** One line of the change log as the history endpoint shows it. */
    public record Line(int version, ChangeAction action, String reason) {
    }

    private ItemAudit() {
    }

    static AuditEntry entry(ItemVersion version, ChangeAction action, Authorship by) {
        return AuditEntry.of(by.at(), action.name(), by.actor(), "version " + version.number() + ": " + by.reason());
    }

    /** Reads a line written by {@link #entry}; empty for a line of another shape. */
    public static Optional<Line> read(AuditEntry entry) {
        Matcher matcher = DETAIL.matcher(entry.detail());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Line(Integer.parseInt(matcher.group(1)), ChangeAction.valueOf(entry.action()),
                matcher.group(2)));
    }
}
