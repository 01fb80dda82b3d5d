package org.onewindow.catalog.guides.adapters.web;

/** A tiny HTML builder that escapes every text it is given; enough for one server-rendered page. */
final class HtmlWriter {

    private final StringBuilder out = new StringBuilder();

    HtmlWriter open(String tag) {
        out.append('<').append(tag).append('>');
        return this;
    }

    HtmlWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    HtmlWriter element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    HtmlWriter text(String text) {
        if (text == null) {
            return this;
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
        return this;
    }

    HtmlWriter raw(String trustedMarkup) {
        out.append(trustedMarkup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
