package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.test.BadInput.Kind;
import org.onewindow.platform.test.BadInput;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.InputController;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class InputLimitsTest {

    private static final String PROBLEMS = "https://onewindow.org/problems/";
    private static final String PART = "{\"code\":\"P1\",\"note\":\"ok\"}";

    @Autowired
    MockMvc mvc;

    /** (where, the body with the slot, the field a 422 names, the limit there, the kinds that apply). */
    static Stream<Arguments> badBodies() {
        List<Arguments> rows = new ArrayList<>();
        add(rows, "{\"name\":" + BadInput.SLOT + "}", "name", TextLimits.NAME, BadInput.SINGLE_LINE);
        add(rows, "{\"name\":\"n\",\"reason\":" + BadInput.SLOT + "}", "reason", TextLimits.REASON, BadInput.TEXT);
        add(rows, "{\"name\":\"n\",\"unlimited\":" + BadInput.SLOT + "}", "unlimited", TextLimits.DEFAULT, BadInput.TEXT);
        add(rows, "{\"name\":\"n\",\"reasons\":[\"ok\"," + BadInput.SLOT + "]}", "reasons[1]", TextLimits.SHORT_TEXT,
                BadInput.TEXT);
        add(rows, "{\"name\":\"n\",\"parts\":[" + PART + ",{\"code\":" + BadInput.SLOT + "}]}", "parts[1].code",
                TextLimits.CODE, BadInput.SINGLE_LINE);
        add(rows, "{\"name\":\"n\",\"parts\":[{\"code\":\"P\",\"note\":" + BadInput.SLOT + "}]}", "parts[0].note",
                TextLimits.REASON, BadInput.TEXT);
        add(rows, "{\"name\":\"n\",\"tags\":[" + BadInput.SLOT + "]}", "tags[0]", TextLimits.DEFAULT, BadInput.TEXT);
        rows.add(Arguments.of("{\"name\":\"n\",\"reasons\":" + BadInput.SLOT + "}", "reasons", ListLimits.REASONS,
                Kind.TOO_MANY_ITEMS, "\"r\""));
        rows.add(Arguments.of("{\"name\":\"n\",\"parts\":" + BadInput.SLOT + "}", "parts", ListLimits.MATERIALS,
                Kind.TOO_MANY_ITEMS, PART));
        rows.add(Arguments.of("{\"name\":\"n\",\"tags\":" + BadInput.SLOT + "}", "tags", ListLimits.DEFAULT,
                Kind.TOO_MANY_ITEMS, "\"t\""));
        return rows.stream();
    }

    private static void add(List<Arguments> rows, String template, String field, int limit, List<Kind> kinds) {
        kinds.forEach(kind -> rows.add(Arguments.of(template, field, limit, kind, null)));
    }

    @ParameterizedTest(name = "{1} {3}")
    @MethodSource("badBodies")
    void every_class_of_bad_input_is_a_422_naming_the_field_and_the_rule(String template, String field, int limit,
                                                                          Kind kind, String element) throws Exception {
        int before = InputController.ACCEPTED.get();
        mvc.perform(post("/filings").header("Authorization", Requests.CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content(BadInput.body(template, kind, limit, element)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + kind.rule()))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(kind.rule()));
        assertThat(InputController.ACCEPTED.get()).as("the controller never ran").isEqualTo(before);
    }

    @Test
    void text_at_its_limits_with_tabs_and_line_breaks_in_free_text_is_accepted() throws Exception {
        String body = "{\"name\":\"" + "审".repeat(TextLimits.NAME) + "\",\"reason\":\"第一行\\n\\t第二行\\r\\n\","
                + "\"reasons\":[\"" + "理".repeat(TextLimits.SHORT_TEXT) + "\"],\"parts\":[" + PART + "],"
                + "\"unlimited\":\"emoji \uD83D\uDE00 is a pair, not a lone surrogate\"}";
        mvc.perform(post("/filings").header("Authorization", Requests.CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value("第一行\n\t第二行\r\n"));
    }

    @Test
    void free_text_reaches_the_controller_with_phone_and_id_numbers_masked_single_line_fields_as_typed()
            throws Exception {
        String body = "{\"name\":\"13987654321\",\"reason\":\"请回电 139-8765-4321\","
                + "\"reasons\":[\"身份证 110105 19491231 002x\"],\"unlimited\":\"１３９８７６５４３２１\","
                + "\"parts\":[{\"code\":\"P1\",\"note\":\"+86 139 8765 4321\"}],\"tags\":[\"2026-12-04\"]}";
        mvc.perform(post("/filings").header("Authorization", Requests.CLERK).contentType(MediaType.APPLICATION_JSON)
                        .content(body.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("13987654321"))
                .andExpect(jsonPath("$.reason").value("请回电 139-****-4321"))
                .andExpect(jsonPath("$.reasons[0]").value("身份证 110*** ******** 002x"))
                .andExpect(jsonPath("$.unlimited").value("１３９****４３２１"))
                .andExpect(jsonPath("$.parts[0].note").value("+86 139 **** 4321"))
                .andExpect(jsonPath("$.tags[0]").value("2026-12-04"));
    }

    @Test
    void the_limits_are_published_in_the_openapi_schema() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Filing.properties.name.maxLength").value(TextLimits.NAME))
                .andExpect(jsonPath("$.components.schemas.Filing.properties.parts.maxItems").value(ListLimits.MATERIALS));
    }
}
