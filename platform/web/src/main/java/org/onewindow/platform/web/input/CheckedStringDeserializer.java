package org.onewindow.platform.web.input;

import java.util.Optional;

import org.onewindow.platform.kernel.InputText;
import org.onewindow.platform.kernel.PersonalData;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Every string of every request body passes here: Jackson's own string reading, then the kernel's
 * {@link InputText#check} with the limits of the property it is read for ({@link FieldLimits}). Bytes that are
 * not UTF-8 are found while the string is decoded, so they are reported here too, with the field.
 *
 * <p>Free text (every field that is not {@link org.onewindow.platform.kernel.SingleLine}: notes, reasons, comments,
 * addresses) leaves here with phone and resident ID numbers masked ({@link PersonalData#maskText(String)}), before
 * a controller can store, publish or log it. The fields meant to hold such a number are single-line and kept as
 * typed; masking keeps the length, so the limit checked above still holds.
 */
final class CheckedStringDeserializer extends StdScalarDeserializer<String> {

    private final FieldLimits.Text limits;

    CheckedStringDeserializer() {
        this(FieldLimits.Text.DEFAULT);
    }

    private CheckedStringDeserializer(FieldLimits.Text limits) {
        super(String.class);
        this.limits = limits;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        FieldLimits.Text found = FieldLimits.text(property);
        return found.equals(limits) ? this : new CheckedStringDeserializer(found);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String value;
        try {
            value = StringDeserializer.instance.deserialize(p, ctxt);
        } catch (StreamReadException e) {
            if (InputRefused.isInvalidUtf8(e)) {
                throw InputRefused.invalidUtf8(p, e);
            }
            throw e;
        }
        Optional<InputText.Flaw> flaw = InputText.check(value, limits.maxLength(), limits.singleLine());
        if (flaw.isPresent()) {
            throw new InputRefused(p, flaw.get());
        }
        return limits.singleLine() ? value : PersonalData.maskText(value);
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) {
        return "";
    }

    @Override
    public boolean isCachable() {
        return false;
    }
}
