package org.onewindow.supervision.records;

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
import org.onewindow.supervision.support.SupervisionIntegrationTest;

/**
 * Issue 7: every class of bad input (control characters, half surrogate pairs, bytes that are not UTF-8, text and
 * lists over their limits) on each of this service's request bodies is a 422 naming the field and the rule, and
 * nothing is written (the rows of its tables are counted before and after).
 */
class SupervisionInputLimitsTest extends SupervisionIntegrationTest implements InputLimitsContract {

    private static final String S = BadInput.SLOT;

    static Stream<Post> badBodies() {
        List<Post> rows = new ArrayList<>();
        String supervisor = TestTokens.bearer("supervisor-1", Set.of("SUPERVISOR"), "MARKET", "C01");
        String record = "/api/supervision/v1/records/9a3e8c71-52d0-4f6e-8b14-c6d7e2f90a04";
        // seen: a NUL in an action reason or in inspection notes gave 500
        text(rows, record + "/actions", supervisor, "{\"action\":\"RECTIFY\",\"reason\":" + S + "}", "reason",
                TextLimits.NOTE, BadInput.TEXT);
        text(rows, record + "/inspections", supervisor, "{\"result\":\"COMPLIANT\",\"notes\":" + S + "}", "notes",
                TextLimits.LONG_TEXT, BadInput.TEXT);
        String draw = "{\"department\":DEPT,\"holdersCount\":1,\"inspectorsCount\":2,\"inspectorPool\":POOL}";
        text(rows, "/api/supervision/v1/draws", supervisor, draw.replace("DEPT", S).replace("POOL", "[\"i1\",\"i2\"]"),
                "department", TextLimits.CODE, BadInput.SINGLE_LINE);
        text(rows, "/api/supervision/v1/draws", supervisor,
                draw.replace("DEPT", "\"MARKET\"").replace("POOL", "[\"i1\"," + S + "]"), "inspectorPool[1]",
                TextLimits.CODE, BadInput.SINGLE_LINE);
        list(rows, "/api/supervision/v1/draws", supervisor, draw.replace("DEPT", "\"MARKET\"").replace("POOL", S),
                "inspectorPool", ListLimits.PARTICIPANTS, "\"i\"");
        return rows.stream();
    }

    @Override
    public List<String> untouchedTables() {
        return List.of("supervision_records", "licence_actions", "inspections",
                "draws", "audit_trail");
    }
}
