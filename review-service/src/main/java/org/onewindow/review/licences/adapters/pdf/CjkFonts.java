package org.onewindow.review.licences.adapters.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the CJK font the licence embeds. It must be TrueType with glyf outlines: PDFBox subsets those (Debian's Noto
 * CJK is CFF-flavoured OpenType, which PDFBox 3.0 can embed only whole, 16 MB a licence). The default is Droid Sans
 * Fallback (Apache License 2.0; Debian package {@code fonts-droid-fallback}, which {@code .ci/run} installs);
 * {@code onewindow.review.licences.font-file} names another.
 */
public final class CjkFonts {

    public static final List<Path> DEFAULTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallback.ttf"));

    private CjkFonts() {
    }

    /** The configured file if given, else the first default present. */
    public static Optional<Path> locate(Path configured) {
        if (configured != null) {
            return Files.isReadable(configured) ? Optional.of(configured) : Optional.empty();
        }
        return DEFAULTS.stream().filter(Files::isReadable).findFirst();
    }

    public static byte[] read(Path font) {
        try {
            return Files.readAllBytes(font);
        } catch (IOException e) {
            throw new UncheckedIOException("CJK font " + font + " could not be read", e);
        }
    }
}
