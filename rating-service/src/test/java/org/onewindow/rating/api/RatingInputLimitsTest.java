package org.onewindow.rating.api;

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
class RatingInputLimitsTest implements InputLimitsContract {

    private static final String S = BadInput.SLOT;

    static Stream<Post> badBodies() {
        List<Post> rows = new ArrayList<>();
        String applicant = TestTokens.bearer("applicant-1", Set.of("APPLICANT"), null, null);
        String ratings = "/api/rating/v1/ratings";
        // seen: a NUL in a rating comment gave 500
        text(rows, ratings, applicant, "{\"caseNumber\":\"C-1\",\"stage\":\"ACCEPTANCE\",\"level\":\"SATISFIED\","
                + "\"comment\":" + S + "}", "comment", TextLimits.SHORT_TEXT, BadInput.TEXT);
        text(rows, ratings, applicant, "{\"caseNumber\":" + S + ",\"stage\":\"ACCEPTANCE\",\"level\":\"SATISFIED\"}",
                "caseNumber", TextLimits.CODE, BadInput.SINGLE_LINE);
        return rows.stream();
    }

    @Override
    public List<String> untouchedTables() {
        return List.of("rated_case", "case_stage", "rating",
                "rectification", "audit_trail");
    }
}
