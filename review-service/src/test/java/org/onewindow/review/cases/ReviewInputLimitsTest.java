package org.onewindow.review.cases;

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
import org.onewindow.platform.test.TestTokens;

/**
 * Issue 7: every class of bad input (control characters, half surrogate pairs, bytes that are not UTF-8, text and
 * lists over their limits) on each of this service's request bodies is a 422 naming the field and the rule, and
 * nothing is written (the rows of its tables are counted before and after).
 */
class ReviewInputLimitsTest extends ReviewIntegrationSupport implements InputLimitsContract {

    private static final String S = BadInput.SLOT;

    static Stream<Post> badBodies() {
        List<Post> rows = new ArrayList<>();
        String reviewer = TestTokens.bearer("reviewer-1", Set.of("REVIEWER"), "MARKET", "3301");
        String cases = "/api/review/v1/cases/3301-20260101-0001";
        String task = "/api/review/v1/tasks/6f1c2a9e-3d4b-4c1e-9a57-2b8f0d6e1a01";
        String material = "{\"code\":\"M\",\"name\":\"材料\"}";
        // seen: a supplement request whose material name held a NUL was accepted (201) and then dead-lettered
        text(rows, cases + "/supplement-requests", reviewer, "{\"taskId\":\"6f1c2a9e-3d4b-4c1e-9a57-2b8f0d6e1a01\","
                + "\"materials\":[" + material + ",{\"code\":\"M2\",\"name\":" + S + "}]}", "materials[1].name",
                TextLimits.NAME, BadInput.SINGLE_LINE);
        text(rows, cases + "/supplement-requests", reviewer, "{\"taskId\":\"6f1c2a9e-3d4b-4c1e-9a57-2b8f0d6e1a01\","
                + "\"materials\":[{\"code\":\"M\",\"name\":\"n\",\"note\":" + S + "}]}", "materials[0].note",
                TextLimits.REASON, BadInput.TEXT);
        list(rows, cases + "/supplement-requests", reviewer, "{\"taskId\":\"6f1c2a9e-3d4b-4c1e-9a57-2b8f0d6e1a01\","
                + "\"materials\":" + S + "}", "materials", ListLimits.MATERIALS, material);
        text(rows, cases + "/extensions", reviewer, "{\"workingDays\":5,\"reason\":" + S + "}", "reason",
                TextLimits.REASON, BadInput.TEXT);
        text(rows, cases + "/pauses", reviewer, "{\"kind\":\"EXPERT_REVIEW\",\"reason\":" + S + "}", "reason",
                TextLimits.REASON, BadInput.TEXT);
        text(rows, task + "/opinions", reviewer, "{\"step\":\"REVIEW\",\"opinion\":\"REJECT\",\"reasons\":[" + S
                + "]}", "reasons[0]", TextLimits.SHORT_TEXT, BadInput.TEXT);
        text(rows, task + "/opinions", reviewer, "{\"step\":\"REVIEW\",\"opinion\":\"APPROVE\",\"comment\":" + S
                + "}", "comment", TextLimits.NOTE, BadInput.TEXT);
        list(rows, task + "/opinions", reviewer, "{\"step\":\"REVIEW\",\"opinion\":\"REJECT\",\"reasons\":" + S
                + "}", "reasons", ListLimits.REASONS, "\"r\"");
        text(rows, task + "/deputy", reviewer, "{\"deputyUserId\":" + S + "}", "deputyUserId", TextLimits.CODE,
                BadInput.SINGLE_LINE);
        return rows.stream();
    }

    @Override
    public List<String> untouchedTables() {
        return List.of("review_case", "department_task", "case_pause",
                "case_extension", "audit_trail");
    }
}
