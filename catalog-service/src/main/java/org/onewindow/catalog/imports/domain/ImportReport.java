package org.onewindow.catalog.imports.domain;

import java.util.List;

import org.onewindow.platform.kernel.Violation;

/**
 * What an import did: {@code written} is false when any row was rejected, and then nothing was written.
 *
 * @param rejected every rejected row with all of its violations
 */
public record ImportReport(boolean written, int departments, int centres, int items, List<RejectedRow> rejected) {

    /** A row of one section ({@code departments}, {@code centres}, {@code items}) by index and key. */
    public record RejectedRow(String section, int index, String key, List<Violation> violations) {
    }
}
