package org.onewindow.platform.kernel;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a single-line kind of text (codes, names): besides the characters no text may hold ({@link InputText}),
 * it refuses TAB, LF and CR (rule {@code text.single-line}). Put it next to {@code @Size(max = TextLimits.CODE)} on
 * a request record's component, or on a list's element type ({@code List<@SingleLine String>}); platform-web
 * checks request bodies and imported rows against it. A plain annotation, so domain records may carry it.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {
}
