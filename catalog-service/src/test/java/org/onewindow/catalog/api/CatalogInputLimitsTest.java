package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.onewindow.platform.test.BadInput;
import org.onewindow.platform.test.BadInput.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 7: every class of bad input (control characters, half surrogate pairs, bytes that are not UTF-8, text and
 * lists over their limits) on each of the catalog's request bodies is a 422 naming the field and the rule, and
 * nothing is written. The seen cases are in it: an over-long department name (seen at 1 MB, answered 200), a NUL in
 * a department name or a material name (seen: 500).
 */
class CatalogInputLimitsTest extends CatalogIntegrationTest {

    private static final String S = BadInput.SLOT;
    private static final String COUNTS = "\"required\":true,\"originalCount\":1,\"copyCount\":0,\"deferrable\":false";
    private static final String MATERIAL = "{\"code\":\"M\",\"name\":\"材料\"," + COUNTS + "}";

    @Autowired
    JdbcClient jdbc;

    /** (method and path, body template, field named, limit, kinds; or one list kind with its element). */
    static Stream<Arguments> badBodies() {
        List<Arguments> rows = new ArrayList<>();
        text(rows, "PUT /api/catalog/v1/departments/LIMITS-DEPT", "{\"name\":" + S + ",\"powers\":[]}", "name",
                TextLimits.NAME, BadInput.SINGLE_LINE);
        text(rows, "PUT /api/catalog/v1/departments/LIMITS-DEPT", "{\"name\":\"部门\",\"powers\":[\"P1\"," + S + "]}",
                "powers[1]", TextLimits.CODE, BadInput.SINGLE_LINE);
        list(rows, "PUT /api/catalog/v1/departments/LIMITS-DEPT", "{\"name\":\"部门\",\"powers\":" + S + "}", "powers",
                ListLimits.POWERS, "\"P1\"");
        text(rows, "PUT /api/catalog/v1/centres/LIMITS-CENTRE", "{\"name\":" + S + ",\"level\":\"CITY\"}", "name",
                TextLimits.NAME, BadInput.SINGLE_LINE);
        text(rows, "POST /api/catalog/v1/items", item("\"reason\":" + S, "{}"), "reason", TextLimits.REASON,
                BadInput.TEXT);
        text(rows, "POST /api/catalog/v1/items", item("\"reason\":\"r\"", "{\"materials\":[" + MATERIAL
                + ",{" + COUNTS + ",\"code\":\"M2\",\"name\":" + S + "}]}"), "definition.materials[1].name", TextLimits.NAME,
                BadInput.SINGLE_LINE);
        text(rows, "POST /api/catalog/v1/items", item("\"reason\":\"r\"", "{\"legalBasis\":" + S + "}"),
                "definition.legalBasis", TextLimits.LONG_TEXT, BadInput.TEXT);
        text(rows, "POST /api/catalog/v1/items", item("\"reason\":\"r\"", "{\"acceptanceConditions\":[" + S + "]}"),
                "definition.acceptanceConditions[0]", TextLimits.SHORT_TEXT, BadInput.TEXT);
        list(rows, "POST /api/catalog/v1/items", item("\"reason\":\"r\"", "{\"materials\":" + S + "}"),
                "definition.materials", ListLimits.MATERIALS, MATERIAL);
        list(rows, "POST /api/catalog/v1/items", item("\"reason\":\"r\"", "{\"route\":{\"departments\":" + S + "}}"),
                "definition.route.departments", ListLimits.DEPARTMENTS, "\"MARKET\"");
        text(rows, "POST /api/catalog/v1/items/LIMITS-NONE/suspension", "{\"reason\":" + S + "}", "reason",
                TextLimits.REASON, BadInput.TEXT);
        text(rows, "PUT /api/catalog/v1/calendars/2040", "{\"holidays\":[],\"adjustedWorkdays\":[],\"reason\":" + S + "}",
                "reason", TextLimits.REASON, BadInput.TEXT);
        list(rows, "PUT /api/catalog/v1/calendars/2040", "{\"holidays\":" + S + ",\"adjustedWorkdays\":[],\"reason\":\"r\"}",
                "holidays", ListLimits.HOLIDAYS, "\"2040-01-01\"");
        return rows.stream();
    }

    private static String item(String reason, String definition) {
        return "{\"itemCode\":\"LIMITS-ITEM\"," + reason + ",\"definition\":" + definition + "}";
    }

    private static void text(List<Arguments> rows, String call, String template, String field, int limit,
                             List<Kind> kinds) {
        kinds.forEach(kind -> rows.add(Arguments.of(call, template, field, limit, kind, null)));
    }

    private static void list(List<Arguments> rows, String call, String template, String field, int limit,
                             String element) {
        rows.add(Arguments.of(call, template, field, limit, Kind.TOO_MANY_ITEMS, element));
    }

    @ParameterizedTest(name = "{0} {2} {4}")
    @MethodSource("badBodies")
    void bad_input_is_a_422_naming_the_field_and_nothing_is_written(String call, String template, String field,
                                                                    int limit, Kind kind, String element)
            throws Exception {
        long before = written();
        mvc.perform(request(call).header("Authorization", ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(BadInput.body(template, kind, limit, element)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(kind.rule()));
        assertThat(written()).as("rows in the catalog's tables").isEqualTo(before);
    }

    @Test
    void a_department_name_far_over_its_limit_is_refused_and_a_name_at_its_limit_is_saved() throws Exception {
        String huge = "{\"name\":\"" + "部".repeat(30_000) + "\",\"powers\":[]}";
        mvc.perform(put("/api/catalog/v1/departments/LIMITS-HUGE").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(huge.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].rule").value("text.too-long"));
        String atLimit = "{\"name\":\"" + "部".repeat(TextLimits.NAME) + "\",\"powers\":[]}";
        mvc.perform(put("/api/catalog/v1/departments/LIMITS-AT-LIMIT").header("Authorization", ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(atLimit.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
    }

    @Test
    void the_limits_are_in_the_openapi_document() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.DepartmentRequest.properties.name.maxLength")
                        .value(TextLimits.NAME))
                .andExpect(jsonPath("$.components.schemas.DepartmentRequest.properties.powers.maxItems")
                        .value(ListLimits.POWERS))
                .andExpect(jsonPath("$.components.schemas.ItemDefinition.properties.materials.maxItems")
                        .value(ListLimits.MATERIALS));
    }

    private static MockHttpServletRequestBuilder request(String call) {
        String[] parts = call.split(" ", 2);
        return parts[0].equals("PUT") ? put(parts[1]) : post(parts[1]);
    }

    private long written() {
        return jdbc.sql("""
                select (select count(*) from department) + (select count(*) from service_centre)
                     + (select count(*) from service_item) + (select count(*) from item_version)
                     + (select count(*) from audit_trail) + (select count(*) from calendar_version)
                """).query(Long.class).single();
    }
}
