package org.onewindow.catalog.shared.adapters.web;

import java.util.function.Function;

import org.onewindow.platform.kernel.NotFound;

/** A code in a request path that cannot be a code of its kind (an item, a department, a centre) names nothing: 404. */
public final class PathCodes {

    private PathCodes() {
    }

    /** {@code parse}'s typed code, or {@link NotFound} for the {@code kind} when it refuses the text. */
    public static <K> K parse(String kind, String code, Function<String, K> parse) {
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException e) {
            throw new NotFound(kind, code);
        }
    }
}
