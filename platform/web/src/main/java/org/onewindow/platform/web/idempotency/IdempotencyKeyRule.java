package org.onewindow.platform.web.idempotency;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.onewindow.platform.web.problems.Problems;
import org.springframework.http.ProblemDetail;

/**
 * What an {@code Idempotency-Key} may be: 1 to {@value #MAX_LENGTH} visible ASCII characters (U+0021..U+007E), and
 * the one problem that refuses any other (400 {@code idempotency-key-invalid}, field {@code Idempotency-Key}, rule
 * {@value #RULE}). The services' {@link IdempotencyFilter} and the gateway both judge keys here, so a key the
 * gateway forwards is one the service accepts, and a malformed one gets the same answer wherever it is refused.
 */
public final class IdempotencyKeyRule {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 128;
    public static final String RULE = "idempotency-key.format";

    private IdempotencyKeyRule() {
    }

    /** True for 1 to {@value #MAX_LENGTH} visible ASCII characters; false for null, empty, control or non-ASCII. */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** The problem for a malformed key. */
    public static ProblemDetail problem() {
        return Problems.of(ProblemKind.INVALID_IDEMPOTENCY_KEY,
                "Idempotency-Key must be 1 to " + MAX_LENGTH + " visible ASCII characters.",
                List.of(new ProblemError(HEADER, RULE, "must be 1 to " + MAX_LENGTH + " visible ASCII characters")));
    }

    /**
     * Answers {@link #problem()} when {@code request} is a POST whose key is present but malformed (an empty header
     * counts as present); returns whether it did, so the caller stops there.
     */
    public static boolean refuseMalformed(HttpServletRequest request, HttpServletResponse response,
            ProblemResponseWriter problems) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String key = request.getHeader(HEADER);
        if (key == null || isValid(key)) {
            return false;
        }
        problems.write(request, response, problem());
        return true;
    }
}
