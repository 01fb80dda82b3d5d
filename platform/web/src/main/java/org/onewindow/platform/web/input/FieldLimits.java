package org.onewindow.platform.web.input;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;

import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedParameter;

/**
 * Reads a property's limits from the annotations the request records carry for Bean Validation and OpenAPI:
 * {@code @Size(max)} and {@link SingleLine} on a string, on a list, or on a list's element type
 * ({@code List<@Size(max = 500) String>}). What no annotation limits gets the kernel's safety net
 * ({@link TextLimits#DEFAULT}, {@link ListLimits#DEFAULT}).
 */
final class FieldLimits {

    /** The limits of one text field. */
    record Text(int maxLength, boolean singleLine) {
        static final Text DEFAULT = new Text(TextLimits.DEFAULT, false);
    }

    private FieldLimits() {
    }

    /** The limits of the strings read for {@code property}: the property itself, or the elements of a list. */
    static Text text(BeanProperty property) {
        if (property == null) {
            return Text.DEFAULT;
        }
        AnnotatedType declared = annotatedType(property);
        Class<?> raw = property.getType().getRawClass();
        if (CharSequence.class.isAssignableFrom(raw)) {
            return text(find(property, declared, Size.class), find(property, declared, SingleLine.class));
        }
        AnnotatedType element = element(declared);
        if (element == null) {
            return Text.DEFAULT;
        }
        return text(element.getAnnotation(Size.class), element.getAnnotation(SingleLine.class));
    }

    /** The most items the list read for {@code property} may hold. */
    static int items(BeanProperty property) {
        if (property == null) {
            return ListLimits.DEFAULT;
        }
        Size size = find(property, annotatedType(property), Size.class);
        return size == null || size.max() == Integer.MAX_VALUE ? ListLimits.DEFAULT : size.max();
    }

    private static Text text(Size size, SingleLine singleLine) {
        int max = size == null || size.max() == Integer.MAX_VALUE ? TextLimits.DEFAULT : size.max();
        return new Text(max, singleLine != null);
    }

    private static <A extends Annotation> A find(BeanProperty property, AnnotatedType declared, Class<A> type) {
        A onType = declared == null ? null : declared.getAnnotation(type);
        return onType != null ? onType : property.getAnnotation(type);
    }

    private static AnnotatedType element(AnnotatedType declared) {
        if (declared instanceof AnnotatedParameterizedType parameterized) {
            AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
            return arguments.length == 1 ? arguments[0] : null;
        }
        if (declared instanceof AnnotatedArrayType array) {
            return array.getAnnotatedGenericComponentType();
        }
        return null;
    }

    /** The declared type with its type-use annotations: a record's component first, else the member's own. */
    private static AnnotatedType annotatedType(BeanProperty property) {
        AnnotatedMember member = property.getMember();
        if (member == null) {
            return null;
        }
        Class<?> owner = member.getDeclaringClass();
        if (owner != null && owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(property.getName())) {
                    return component.getAnnotatedType();
                }
            }
        }
        if (member instanceof AnnotatedField field && field.getAnnotated() instanceof Field f) {
            return f.getAnnotatedType();
        }
        if (member instanceof AnnotatedMethod method && method.getAnnotated() instanceof Method m) {
            return m.getParameterCount() == 1 ? m.getAnnotatedParameterTypes()[0] : m.getAnnotatedReturnType();
        }
        if (member instanceof AnnotatedParameter parameter
                && parameter.getOwner().getAnnotated() instanceof Executable executable
                && parameter.getIndex() < executable.getParameterCount()) {
            return executable.getAnnotatedParameterTypes()[parameter.getIndex()];
        }
        return null;
    }
}
