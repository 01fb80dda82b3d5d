package org.onewindow.platform.web;

import java.util.Set;

import org.onewindow.platform.test.TestTokens;

/** Bearer tokens for the test application's callers. */
final class Requests {

    static final String CLERK = TestTokens.bearer("clerk-1", Set.of("WINDOW_CLERK"), null, "C001");
    static final String OTHER_CLERK = TestTokens.bearer("clerk-2", Set.of("WINDOW_CLERK"), null, "C001");

    private Requests() {
    }
}
