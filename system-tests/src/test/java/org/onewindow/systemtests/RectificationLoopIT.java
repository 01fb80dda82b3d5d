package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;
import tools.jackson.databind.JsonNode;

/**
 * 好差评 to the end (国办发〔2019〕51号: 差评整改, 回访, 申诉), through the gateway: an applicant left at the one-time notice
 * stage rates it badly; the rated department's supervisor verifies, rectifies, records the follow-up call and closes;
 * the applicant reads the outcome. A second bad rating is appealed by the department, the appeal rejected by a
 * MONITOR, and the complaint then found unfounded. The public statistics count both.
 */
@Order(9)
class RectificationLoopIT extends StackTest {

    static final String RECTIFICATIONS = "/api/rating/v1/rectifications/";

    @Test
    void a_bad_rating_of_a_notice_is_verified_rectified_followed_up_and_closed_and_another_appealed() {
        JsonNode first = badRatingOfANotice("VERY_DISSATISFIED");
        String department = Json.string(first.path("implementingDepartment"));
        String supervisor = Gateway.supervisor(department);
        String id = Json.string(first.path("rectificationId"));
        assertThat(id).as("a bad rating opens a rectification: %s", first).isNotBlank();

        Reply refused = step(Gateway.supervisor(department.equals("MARKET") ? "HEALTH" : "MARKET"), id,
                "verification", Map.of("founded", true, "reason", "属实"));
        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.problemRule()).isEqualTo("rectification.other-department");
        Reply early = step(supervisor, id, "closure", null);
        assertThat(early.status()).as("%s", early).isEqualTo(409);
        assertThat(early.problemRule()).isEqualTo("rectification.close-needs-followed-up");

        assertThat(stepOk(supervisor, id, "verification", Map.of("founded", true, "reason", "窗口未讲清补正要求，属实"))
                .string("status")).isEqualTo("VERIFIED");
        assertThat(stepOk(supervisor, id, "measures", Map.of("measures", "已对窗口人员培训并更新一次性告知模板"))
                .string("status")).isEqualTo("RECTIFIED");
        assertThat(stepOk(supervisor, id, "follow-up", Map.of("satisfied", true, "note", "电话回访，申请人表示满意"))
                .string("status")).isEqualTo("FOLLOWED_UP");
        Reply closed = stepOk(supervisor, id, "closure", null);
        assertThat(closed.string("status")).isEqualTo("CLOSED");
        assertThat(closed.string("outcome")).isEqualTo("RECTIFIED");

        Reply outcome = gateway.get(Gateway.APPLICANT,
                "/api/rating/v1/ratings/" + Json.string(first.path("ratingId")) + "/rectification");
        assertThat(outcome.status()).as("%s", outcome).isEqualTo(200);
        assertThat(outcome.string("outcome")).isEqualTo("RECTIFIED");
        assertThat(outcome.string("measures")).isEqualTo("已对窗口人员培训并更新一次性告知模板");

        // the appeal: the department holds the second bad rating unfounded; a monitor rejects the appeal first
        JsonNode second = badRatingOfANotice("DISSATISFIED");
        String appealed = Json.string(second.path("rectificationId"));
        assertThat(stepOk(supervisor, appealed, "appeal", Map.of("reason", "材料缺失属实，已依法一次性告知"))
                .string("status")).isEqualTo("APPEALED");
        Reply notTheirs = step(supervisor, appealed, "appeal/decision", Map.of("upheld", true, "reason", "x"));
        assertThat(notTheirs.status()).as("only a monitor decides: %s", notTheirs).isEqualTo(403);
        Reply rejected = stepOk(Gateway.MONITOR, appealed, "appeal/decision",
                Map.of("upheld", false, "reason", "申诉理由不足，请先核实"));
        assertThat(rejected.string("status")).as("back to where it came from").isEqualTo("OPEN");
        Reply again = step(supervisor, appealed, "appeal", Map.of("reason", "再次申诉"));
        assertThat(again.problemRule()).as("%s", again).isEqualTo("rectification.already-appealed");
        Reply unfounded = stepOk(supervisor, appealed, "verification",
                Map.of("founded", false, "reason", "经调取窗口录像，已当场一次性告知"));
        assertThat(unfounded.string("status")).isEqualTo("CLOSED");
        assertThat(unfounded.string("outcome")).isEqualTo("UNFOUNDED");

        Reply statistics = gateway.anonymous("GET", "/api/rating/v1/statistics?by=department&size=100", null);
        assertThat(statistics.status()).as("public: %s", statistics).isEqualTo(200);
        JsonNode row = Json.list(statistics.at("items")).stream()
                .filter(item -> department.equals(Json.string(item.path("key")))).findFirst().orElseThrow();
        assertThat(row.path("rectified").asLong()).as("%s", row).isGreaterThanOrEqualTo(1);
        assertThat(row.path("appealed").asLong()).as("%s", row).isGreaterThanOrEqualTo(1);
    }

    /** A new application left at the one-time notice stage, rated at that stage by its applicant. */
    private JsonNode badRatingOfANotice(String level) {
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.FOOD_BIZ_LICENCE)
                .missing("ID-DOC"));
        String caseNumber = submitted.string("application.caseNumber");
        assertThat(submitted.string("application.status")).as("%s", submitted).isEqualTo("NOTICE_ISSUED");
        Reply rated = lifecycle.rateWhenOpen(Gateway.APPLICANT, caseNumber, "NOTICE", level);
        assertThat(rated.status()).as("rating: %s", rated).isEqualTo(201);
        assertThat(rated.string("stage")).isEqualTo("NOTICE");
        return rated.json();
    }

    private Reply step(String user, String id, String step, Object body) {
        return gateway.post(user, RECTIFICATIONS + id + "/" + step, body);
    }

    private Reply stepOk(String user, String id, String step, Object body) {
        Reply reply = step(user, id, step, body);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }
}
