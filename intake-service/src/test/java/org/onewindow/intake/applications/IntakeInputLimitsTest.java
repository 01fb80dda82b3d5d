package org.onewindow.intake.applications;

import static org.onewindow.platform.test.BadInput.list;
import static org.onewindow.platform.test.BadInput.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.test.BadInput;
import org.onewindow.platform.test.BadInput.Post;
import org.onewindow.platform.test.InputLimitsContract;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.TestTokens;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Issue 7: every class of bad input (control characters, half surrogate pairs, bytes that are not UTF-8, text and
 * lists over their limits) on each of this service's request bodies is a 422 naming the field and the rule, and
 * nothing is written (the rows of its tables are counted before and after).
 */
@OneWindowTest
@AutoConfigureMockMvc
class IntakeInputLimitsTest implements InputLimitsContract {

    private static final String S = BadInput.SLOT;

    static Stream<Post> badBodies() {
        List<Post> rows = new ArrayList<>();
        String clerk = TestTokens.bearer("clerk-1", Set.of("WINDOW_CLERK"), null, "C-CITY-01");
        String apps = "/api/intake/v1/applications";
        String submit = "{\"itemCode\":\"330100-SP-001\",\"centreCode\":\"C-CITY-01\",\"channel\":\"WINDOW\","
                + "\"applicant\":{\"kind\":\"PERSON\",\"name\":NAME,\"idNumber\":\"11010519491231002X\"},"
                + "\"materials\":MATERIALS,\"delivery\":{\"method\":\"MAIL\",\"address\":ADDRESS}}";
        text(rows, apps, clerk, submit.replace("NAME", S).replace("MATERIALS", "[]").replace("ADDRESS", "\"a\""),
                "applicant.name", TextLimits.NAME, BadInput.SINGLE_LINE);
        text(rows, apps, clerk, submit.replace("NAME", "\"n\"").replace("MATERIALS", "[]").replace("ADDRESS", S),
                "delivery.address", TextLimits.ADDRESS, BadInput.TEXT);
        text(rows, apps, clerk, submit.replace("NAME", "\"n\"").replace("ADDRESS", "\"a\"")
                .replace("MATERIALS", "[{\"code\":\"M\",\"provided\":true,\"note\":" + S + "}]"),
                "materials[0].note", TextLimits.REASON, BadInput.TEXT);
        list(rows, apps, clerk, submit.replace("NAME", "\"n\"").replace("ADDRESS", "\"a\"").replace("MATERIALS", S),
                "materials", ListLimits.MATERIALS, "{\"code\":\"M\",\"provided\":true}");
        // seen: a supplement whose material held a NUL was accepted by review and dead-lettered by intake
        text(rows, apps + "/C-CITY-01-20260101-0001/supplements", clerk,
                "{\"materials\":[{\"code\":" + S + ",\"provided\":true}]}", "materials[0].code", TextLimits.CODE,
                BadInput.SINGLE_LINE);
        // seen: a NUL in a refusal message gave 500
        text(rows, apps + "/C-CITY-01-20260101-0001/refusal", clerk, "{\"reasons\":[{\"message\":" + S + "}]}",
                "reasons[0].message", TextLimits.REASON, BadInput.TEXT);
        list(rows, apps + "/C-CITY-01-20260101-0001/refusal", clerk, "{\"reasons\":" + S + "}", "reasons",
                ListLimits.REASONS, "{\"message\":\"m\"}");
        return rows.stream();
    }

    @Override
    public List<String> untouchedTables() {
        return List.of("application", "audit_trail", "case_sequence");
    }
}
