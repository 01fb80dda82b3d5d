package org.onewindow.intake.documents.application;

import java.time.Duration;

/**
 * The documents' settings ({@code onewindow.intake.documents.*}, docs/intake.md "Documents").
 *
 * @param maxFileBytes        one file
 * @param maxApplicationBytes every version of every file of one case together
 * @param maxDocuments        files (versions) per case
 * @param maxChunkBytes       one chunk of a chunked upload
 * @param orphanGrace         an object younger than this is never an orphan (its row may be about to commit)
 * @param draftRetention      an upload never committed is deleted after this
 */
public record DocumentLimits(long maxFileBytes, long maxApplicationBytes, int maxDocuments, long maxChunkBytes,
                             Duration orphanGrace, Duration draftRetention) {
}
