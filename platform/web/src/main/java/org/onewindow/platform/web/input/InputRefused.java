package org.onewindow.platform.web.input;

import java.util.List;

import org.onewindow.platform.kernel.InputText;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value in a request body that the suite refuses to store (a control character, half a surrogate pair, bytes
 * that are not UTF-8, a text or a list over its limit). A Jackson exception so that Jackson records where in the
 * body it happened ({@link #getPath()}); {@link InputProblemHandler} answers it with a 422 naming the field.
 */
public class InputRefused extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final transient InputText.Flaw flaw;

    public InputRefused(JsonParser parser, InputText.Flaw flaw) {
        super(parser, flaw.message());
        this.flaw = flaw;
    }

    /**
     * The string being decoded held bytes that are not UTF-8: Jackson's parser reports it as a syntax error; we
     * report it as refused text, at the same place in the body.
     */
    static boolean isInvalidUtf8(StreamReadException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().contains("Invalid UTF-8");
    }

    static InputRefused invalidUtf8(JsonParser parser, StreamReadException cause) {
        InputRefused refused = new InputRefused(parser, new InputText.Flaw(InputText.INVALID_UTF8,
                "contains bytes that are not valid UTF-8"));
        List<JacksonException.Reference> path = cause.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            refused.prependPath(path.get(i));
        }
        return refused;
    }

    public InputText.Flaw flaw() {
        return flaw;
    }
}
