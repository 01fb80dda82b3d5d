package org.onewindow.review.licences.adapters.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CJK font the licence embeds. It must be TrueType with glyf outlines: PDFBox subsets those (Debian's Noto CJK is
 * CFF-flavoured OpenType, which PDFBox 3.0 can embed only whole, 16 MB a licence). By default it is Droid Sans
 * Fallback (Apache License 2.0), bundled in this jar so a machine with only a JDK renders licences;
 * {@code onewindow.review.licences.font-file} names another.
 */
public final class CjkFonts {

    static final String BUNDLED = "/org/onewindow/review/licences/fonts/DroidSansFallbackFull.ttf";

    private CjkFonts() {
    }

    /** The configured font file if given, else the bundled Droid Sans Fallback. */
    public static byte[] load(Path configured) {
        try {
            if (configured != null) {
                return Files.readAllBytes(configured);
            }
            try (InputStream bundled = CjkFonts.class.getResourceAsStream(BUNDLED)) {
                if (bundled == null) {
                    throw new IllegalStateException("the bundled CJK font " + BUNDLED + " is missing from the class path");
                }
                return bundled.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("CJK font " + (configured != null ? configured : BUNDLED) + " could not be read", e);
        }
    }
}
