package org.onewindow.platform.web.input;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.onewindow.platform.kernel.InputText;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.kernel.Violation;

/**
 * The same limits as {@link InputTextModule}, for values that did not come through a JSON request body (rows of a
 * catalog import file, JSON or CSV): walks a record and its nested records and lists, and reports every string
 * and list that breaks the {@code @Size} / {@link SingleLine} annotations of its component, or the kernel's
 * character rules, as a {@link Violation} whose field is the path inside the record ({@code materials[3].name}).
 */
public final class RecordLimits {

    private RecordLimits() {
    }

    /** Every violation inside {@code value} (a record); empty when it is within every limit. */
    public static List<Violation> check(Object value) {
        List<Violation> found = new ArrayList<>();
        walk(value, null, "", found);
        return List.copyOf(found);
    }

    private static void walk(Object value, AnnotatedType declared, String path, List<Violation> found) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            Size size = declared == null ? null : declared.getAnnotation(Size.class);
            boolean singleLine = declared != null && declared.getAnnotation(SingleLine.class) != null;
            int max = size == null || size.max() == Integer.MAX_VALUE ? TextLimits.DEFAULT : size.max();
            InputText.check(text, max, singleLine).ifPresent(flaw -> found.add(flaw.at(field(path))));
        } else if (value instanceof Collection<?> collection) {
            Size size = declared == null ? null : declared.getAnnotation(Size.class);
            int max = size == null || size.max() == Integer.MAX_VALUE ? ListLimits.DEFAULT : size.max();
            if (collection.size() > max) {
                found.add(InputText.tooManyItems(max).at(field(path)));
                return;
            }
            AnnotatedType element = declared instanceof AnnotatedParameterizedType parameterized
                    && parameterized.getAnnotatedActualTypeArguments().length == 1
                    ? parameterized.getAnnotatedActualTypeArguments()[0] : null;
            int i = 0;
            for (Object item : collection) {
                walk(item, element, path + "[" + i++ + "]", found);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                walk(read(component, value), component.getAnnotatedType(),
                        path.isEmpty() ? component.getName() : path + "." + component.getName(), found);
            }
        }
    }

    private static String field(String path) {
        return path.isEmpty() ? null : path;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
