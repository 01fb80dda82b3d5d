package org.onewindow.platform.web.input;

import org.onewindow.platform.kernel.InputText;

import tools.jackson.core.JsonParser;
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

    public InputText.Flaw flaw() {
        return flaw;
    }
}
