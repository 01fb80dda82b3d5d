package org.onewindow.platform.web.input;

import java.util.Collection;

import org.onewindow.platform.kernel.InputText;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/** Wraps Jackson's deserializer of a list or set: more items than the property's {@code @Size(max)} is refused. */
final class BoundedCollectionDeserializer extends DelegatingDeserializer {

    private final int maxItems;

    BoundedCollectionDeserializer(ValueDeserializer<?> delegate, int maxItems) {
        super(delegate);
        this.maxItems = maxItems;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
        return new BoundedCollectionDeserializer(newDelegatee, maxItems);
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        ValueDeserializer<?> contextual = super.createContextual(ctxt, property);
        ValueDeserializer<?> delegate = contextual instanceof BoundedCollectionDeserializer bounded
                ? bounded._delegatee : contextual;
        return new BoundedCollectionDeserializer(delegate, FieldLimits.items(property));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
            return bounded(p, super.deserialize(p, ctxt));
        } catch (StreamReadException e) {
            throw utf8(p, e);
        }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) {
        try {
            return bounded(p, super.deserialize(p, ctxt, intoValue));
        } catch (StreamReadException e) {
            throw utf8(p, e);
        }
    }

    /** A list of strings decodes its elements itself (Jackson's fast path), so bad UTF-8 surfaces here. */
    private static JacksonException utf8(JsonParser p, StreamReadException e) {
        return InputRefused.isInvalidUtf8(e) ? InputRefused.invalidUtf8(p, e) : e;
    }

    private Object bounded(JsonParser p, Object value) {
        if (value instanceof Collection<?> collection && collection.size() > maxItems) {
            throw new InputRefused(p, InputText.tooManyItems(maxItems));
        }
        return value;
    }
}
