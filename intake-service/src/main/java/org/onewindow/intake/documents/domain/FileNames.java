package org.onewindow.intake.documents.domain;

/**
 * The name a file is offered under when downloaded: the uploader's name without folders, control characters or
 * characters Windows refuses, at most 120 characters, its extension made the one of its real type (a JPEG sent as
 * {@code scan.pdf} downloads as {@code scan.jpg}). Kept only in intake's database and API: it may name a person.
 */
public final class FileNames {

    static final int MAX = 120;

    private FileNames() {
    }

    public static String of(String given, DocumentType type) {
        String name = given == null ? "" : given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0)
                .forEach(clean::appendCodePoint);
        String base = clean.toString().strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank() || base.chars().allMatch(c -> c == '.')) {
            base = "document";
        }
        int room = MAX - type.extension().length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room));
        }
        return base + "." + type.extension();
    }
}
