package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Lifecycle;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;
import tools.jackson.databind.JsonNode;

/**
 * The applicant is told of an extension (Art. 42 行政许可法: the reason must be told), through the gateway: a
 * single-department case is accepted, the department's checker (the agency head; a joint item would need
 * GOVERNMENT_HEAD) extends the statutory limit; the applicant then sees the new deadline and the reason in the
 * application and the public tracking, the message in the message box and the 告知书 (JSON and the printable page)
 * with reason, new date and legal basis. The case is then approved and mailed by EMS, and the tracking number shows
 * in the public tracking (issue 10, items 2, 4, 6).
 */
@Order(11)
class ExtensionNoticeIT extends StackTest {

    private static final Duration HOP = Lifecycle.HOP;
    private static final String REASON = "需对住所使用证明进行现场核查";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Test
    void an_extension_is_told_in_the_application_tracking_message_box_and_written_notice_and_an_ems_delivery_is_tracked() {
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.BIZ_LICENCE_REG)
                .mailedTo("浙江省杭州市西湖区文三路100号"));
        String caseNumber = submitted.string("application.caseNumber");
        String queryCode = submitted.string("queryCode");
        assertThat(submitted.string("application.status")).as("%s", submitted).isEqualTo("ACCEPTED");
        JsonNode reviewCase = lifecycle.awaitReviewCase(caseNumber);

        Reply extended = gateway.post(Gateway.checker("MARKET"), "/api/review/v1/cases/" + caseNumber + "/extensions",
                Map.of("workingDays", 10, "reason", REASON));
        assertThat(extended.status()).as("review: %s", extended).isEqualTo(201);
        String newDeadline = extended.string("deadlines.statutory");
        assertThat(newDeadline).as("review: %s", extended).isNotBlank();
        String newDay = DAY.format(LocalDate.parse(newDeadline));

        // the application (the applicant's own read) and the public tracking show the new deadline and the reason
        await("intake: the extension of " + caseNumber).atMost(HOP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Reply application = gateway.get(Gateway.APPLICANT, "/api/intake/v1/applications/" + caseNumber);
            assertThat(application.status()).as("%s", application).isEqualTo(200);
            assertThat(application.string("deadlines.latestChange.kind")).as("%s", application).isEqualTo("EXTENDED");
        });
        Reply application = gateway.get(Gateway.APPLICANT, "/api/intake/v1/applications/" + caseNumber);
        assertThat(application.string("deadlines.statutoryDeadline")).isEqualTo(newDeadline);
        assertThat(application.string("deadlines.latestChange.reason")).isEqualTo(REASON);
        assertThat(application.string("deadlines.latestChange.legalBasis")).contains("第四十二条");
        Reply tracked = gateway.anonymous("GET", "/api/intake/v1/tracking/" + caseNumber + "?queryCode=" + queryCode, null);
        assertThat(tracked.status()).as("%s", tracked).isEqualTo(200);
        assertThat(tracked.string("deadlines.statutoryDeadline")).isEqualTo(newDeadline);
        assertThat(tracked.string("deadlines.latestChange.kind")).isEqualTo("EXTENDED");
        assertThat(tracked.string("deadlines.latestChange.reason")).isEqualTo(REASON);

        // the message box and the written notice (告知书) say the same: reason, new date, legal basis
        Reply box = gateway.get(Gateway.APPLICANT, "/api/intake/v1/messages?case=" + caseNumber);
        assertThat(box.status()).as("%s", box).isEqualTo(200);
        JsonNode message = Json.list(box.at("items")).stream()
                .filter(m -> "DEADLINE_EXTENDED".equals(Json.string(m.path("kind")))).findFirst().orElseThrow();
        assertThat(Json.string(message.path("body"))).contains(REASON, newDay, "延长10个工作日");
        assertThat(Json.string(message.path("legalBasis"))).contains("第四十二条");
        Reply notices = gateway.get(Gateway.APPLICANT, "/api/intake/v1/applications/" + caseNumber + "/notices");
        assertThat(notices.status()).as("%s", notices).isEqualTo(200);
        JsonNode notice = Json.list(notices.json()).getFirst();
        assertThat(Json.string(notice.path("kind"))).isEqualTo("DEADLINE_EXTENDED");
        assertThat(Json.string(notice.path("document"))).isEqualTo("行政许可期限延长告知书");
        assertThat(Json.string(notice.path("body"))).contains(REASON, newDay);
        assertThat(Json.string(notice.path("legalBasis"))).contains("第四十二条");
        Reply page = gateway.send(Gateway.APPLICANT, "GET", "/api/intake/v1/applications/" + caseNumber + "/notices.html",
                null, Map.of("Accept", "text/html"));
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("行政许可期限延长告知书", REASON, newDay, "第四十二条");

        // approved, then mailed by EMS: the tracking number shows in the public tracking
        lifecycle.approveTask(Lifecycle.taskId(reviewCase, "MARKET"), "MARKET");
        lifecycle.awaitApplication(caseNumber, "DECIDED");
        Reply refused = gateway.post(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber + "/deliveries",
                Map.of("method", "MAIL", "trackingNumber", "EA123456789CN"));
        assertThat(refused.status()).as("a wrong S10 check digit: %s", refused).isEqualTo(422);
        assertThat(refused.problemRules()).contains("intake.tracking-number-format");
        assertThat(refused.problemFields()).contains("trackingNumber");
        Reply delivered = gateway.post(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber + "/deliveries",
                Map.of("method", "MAIL", "trackingNumber", "EA123456785CN"));
        assertThat(delivered.status()).as("%s", delivered).isEqualTo(201);
        assertThat(delivered.string("delivery.method")).isEqualTo("MAIL");
        Reply trackedDelivery = gateway.anonymous("GET",
                "/api/intake/v1/tracking/" + caseNumber + "?queryCode=" + queryCode, null);
        assertThat(trackedDelivery.string("status")).isEqualTo("DELIVERED");
        assertThat(trackedDelivery.string("delivery.method")).isEqualTo("MAIL");
        assertThat(trackedDelivery.string("delivery.reference")).isEqualTo("EA123456785CN");
        assertThat(trackedDelivery.text()).doesNotContain("浙江省杭州市西湖区文三路100号");
        Reply told = gateway.get(Gateway.APPLICANT, "/api/intake/v1/messages?case=" + caseNumber);
        assertThat(Json.list(told.at("items")).stream().map(m -> Json.string(m.path("body"))))
                .anySatisfy(body -> assertThat(body).contains("EMS", "EA123456785CN"));
    }
}
