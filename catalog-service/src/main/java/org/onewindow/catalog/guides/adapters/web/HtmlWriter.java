package org.onewindow.catalog.guides.adapters.web;

import org.onewindow.platform.web.html.HtmlText;

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
        HtmlText.appendEscaped(out, text);
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
