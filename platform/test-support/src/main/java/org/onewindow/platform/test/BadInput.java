package org.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Builds request bodies that carry one class of bad input at one place, for the parameterised input-limit tests of
 * every service: write the body as a JSON template with {@value #SLOT} (quotes included) where the bad value goes,
 * and {@link #body(String, Kind, int)} puts there a string or a list of the given {@link Kind}.
 *
 * <pre>{@code
 * byte[] json = BadInput.body("{\"name\":" + BadInput.SLOT + "}", Kind.NUL, TextLimits.NAME);
 * }</pre>
 */
public final class BadInput {

    /** Where the bad value goes in a template (a JSON string, so the template stays valid JSON). */
    public static final String SLOT = "\"$BAD$\"";

    /** One class of bad input, and the rule a 422 must name for it. */
    public enum Kind {
        /** U+0000, which PostgreSQL refuses in text. */
        NUL("text.control-character"),
        /** another C0 control: U+001B (ESC). */
        C0("text.control-character"),
        /** DEL, U+007F. */
        DEL("text.control-character"),
        /** a C1 control: U+0085 (NEL). */
        C1("text.control-character"),
        /** half a surrogate pair, JSON {@code "\ud800"}. */
        LONE_SURROGATE("text.lone-surrogate"),
        /** bytes that are not UTF-8 inside the string (0xC3 0x28, 0xFF). */
        INVALID_UTF8("text.invalid-utf8"),
        /** one character more than the limit, of three-byte characters. */
        TOO_LONG("text.too-long"),
        /** a line break in a single-line field (a code, a name). */
        LINE_BREAK("text.single-line"),
        /** one item more than the list's limit. */
        TOO_MANY_ITEMS("list.too-many-items");

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** The kinds that apply to every free-text field. */
    public static final List<Kind> TEXT = List.of(Kind.NUL, Kind.C0, Kind.DEL, Kind.C1, Kind.LONE_SURROGATE,
            Kind.INVALID_UTF8, Kind.TOO_LONG);

    /** The kinds that apply to a single-line field (a code, a name). */
    public static final List<Kind> SINGLE_LINE = List.of(Kind.NUL, Kind.C0, Kind.DEL, Kind.C1, Kind.LONE_SURROGATE,
            Kind.INVALID_UTF8, Kind.TOO_LONG, Kind.LINE_BREAK);

    private BadInput() {
    }

    /** One row of a bad-input table: a POST of a body that carries one kind of bad value in one field. */
    public record Post(String path, String token, String template, String field, int limit, Kind kind,
                       String element) {

        /**
         * POSTs the bad body and expects a 422 problem whose first error names the field and the kind's rule, and
         * that nothing is written: the rows of the service's {@code tables} are counted before and after.
         */
        public void expectRefusalWritingNothing(MockMvc mvc, JdbcClient jdbc, List<String> tables) throws Exception {
            String rows = tables.stream().map(table -> "(select count(*) from " + table + ")")
                    .collect(Collectors.joining(" + ", "select ", ""));
            long before = jdbc.sql(rows).query(Long.class).single();
            mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                            .content(body(template, kind, limit, element)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.errors[0].rule").value(kind.rule()));
            assertThat(jdbc.sql(rows).query(Long.class).single()).as("rows in the service's tables")
                    .isEqualTo(before);
        }

        /** The test's name: where, which field, which kind. */
        @Override
        public String toString() {
            return path + " " + field + " " + kind;
        }
    }

    /** Adds the rows of a bad-input table for one text field, one per kind. */
    public static void text(List<Post> rows, String path, String token, String template, String field, int limit,
                            List<Kind> kinds) {
        kinds.forEach(kind -> rows.add(new Post(path, token, template, field, limit, kind, null)));
    }

    /** Adds the row of a bad-input table for one list field: {@code limit + 1} copies of {@code element}. */
    public static void list(List<Post> rows, String path, String token, String template, String field, int limit,
                            String element) {
        rows.add(new Post(path, token, template, field, limit, Kind.TOO_MANY_ITEMS, element));
    }

    /**
     * The template with its {@link #SLOT} replaced by a bad value of {@code kind}: for a text kind a string
     * ({@code limit} is the field's maximum length), for {@link Kind#TOO_MANY_ITEMS} a list of {@code limit + 1}
     * copies of {@code element} (a JSON value).
     */
    public static byte[] body(String template, Kind kind, int limit, String element) {
        int at = template.indexOf(SLOT);
        if (at < 0) {
            throw new IllegalArgumentException("the template has no " + SLOT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(template.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value(kind, limit, element));
        out.writeBytes(template.substring(at + SLOT.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** {@link #body(String, Kind, int, String)} for a text kind. */
    public static byte[] body(String template, Kind kind, int limit) {
        return body(template, kind, limit, null);
    }

    private static byte[] value(Kind kind, int limit, String element) {
        return switch (kind) {
            case NUL -> utf8("\"ab\\u0000cd\"");
            case C0 -> utf8("\"ab\\u001bcd\"");
            case DEL -> utf8("\"ab\\u007fcd\"");
            case C1 -> utf8("\"ab\\u0085cd\"");
            case LONE_SURROGATE -> utf8("\"ab\\ud800cd\"");
            case INVALID_UTF8 -> {
                byte[] bytes = utf8("\"ab__cd\"");
                bytes[3] = (byte) 0xC3;
                bytes[4] = (byte) 0x28;
                yield bytes;
            }
            case TOO_LONG -> utf8("\"" + "审".repeat(limit + 1) + "\"");
            case LINE_BREAK -> utf8("\"ab\\ncd\"");
            case TOO_MANY_ITEMS -> {
                if (element == null) {
                    throw new IllegalArgumentException("a list needs an element");
                }
                String[] items = new String[limit + 1];
                Arrays.fill(items, element);
                yield utf8("[" + String.join(",", items) + "]");
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
