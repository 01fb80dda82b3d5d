package org.onewindow.platform.web.input;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;

/**
 * The Jackson module behind every request body of every service: each string is checked for characters no text
 * may hold and against its field's length, each list against its size ({@link FieldLimits}), whatever the DTO.
 * Registered only on the HTTP message converter (see {@link InputAutoConfiguration}), not on the application's
 * mapper: events, stored JSON and outgoing calls are read as they are.
 */
public class InputTextModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public InputTextModule() {
        super("onewindow-input-text");
        addDeserializer(String.class, new CheckedStringDeserializer());
        setDeserializerModifier(new ValueDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                    BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
                return new BoundedCollectionDeserializer(deserializer, org.onewindow.platform.kernel.ListLimits.DEFAULT);
            }
        });
    }
}
