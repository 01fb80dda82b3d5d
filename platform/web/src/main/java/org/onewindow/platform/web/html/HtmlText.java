package org.onewindow.platform.web.html;

/**
 * Text put into a server-rendered HTML page (a guide, a printable notice): the five characters that could open
 * markup or end an attribute value are escaped, so a text from a user or the catalog never turns into markup.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} escaped; null is the empty text. */
    public static String escape(String text) {
        return text == null ? "" : appendEscaped(new StringBuilder(text.length()), text).toString();
    }

    /** Appends {@code text} escaped to {@code out} (nothing for null); returns {@code out}. */
    public static StringBuilder appendEscaped(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
