package org.onewindow.systemtests.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;

/**
 * The steps of a case's life, each one HTTP call through the gateway as the user who takes it in real life, and
 * the waits for the asynchronous hops (intake -> review -> supervision/intake -> rating) with Awaitility.
 */
public final class Lifecycle {

    /** Generous: six JVMs share two cores, and the first requests of a JVM run on cold code. */
    public static final Duration HOP = Duration.ofSeconds(90);
    private static final Duration POLL = Duration.ofMillis(250);

    /** Every case number the suite created, for the invariant checks at the end. */
    private static final Set<String> CREATED = new ConcurrentSkipListSet<>();

    private final Gateway gateway;

    public Lifecycle(Gateway gateway) {
        this.gateway = gateway;
    }

    public static Set<String> createdCaseNumbers() {
        return Set.copyOf(CREATED);
    }

    /** Submits and expects 201 with a case number; returns the reply ({@code application}, {@code queryCode}). */
    public Reply submit(String user, Submissions submission) {
        Reply reply = gateway.post(user, "/api/intake/v1/applications", submission.body());
        assertThat(reply.status()).as("intake: submission %s", reply).isEqualTo(201);
        String caseNumber = reply.string("application.caseNumber");
        assertThat(caseNumber).as("intake: case number in %s", reply).isNotBlank();
        assertThat(reply.header("location")).as("Location of %s", reply).endsWith("/api/intake/v1/applications/" + caseNumber);
        CREATED.add(caseNumber);
        return reply;
    }

    public Reply application(String caseNumber) {
        return gateway.get(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber);
    }

    /** Waits until intake shows the application in one of the statuses; returns it. */
    public JsonNode awaitApplication(String caseNumber, String... statuses) {
        AtomicReference<Reply> last = new AtomicReference<>();
        await("intake: application " + caseNumber + " in " + List.of(statuses)).atMost(HOP).pollInterval(POLL)
                .untilAsserted(() -> {
                    Reply reply = application(caseNumber);
                    last.set(reply);
                    assertThat(reply.status()).as("intake: %s", reply).isEqualTo(200);
                    assertThat(reply.string("status")).as("intake: %s", reply).isIn((Object[]) statuses);
                });
        return last.get().json();
    }

    public Reply reviewCase(String caseNumber) {
        return gateway.get(Gateway.CLERK, "/api/review/v1/cases/" + caseNumber);
    }

    /** Waits until review has opened the case (it consumes intake.ApplicationAccepted); returns it. */
    public JsonNode awaitReviewCase(String caseNumber) {
        AtomicReference<Reply> last = new AtomicReference<>();
        await("review: case " + caseNumber + " opened").atMost(HOP).pollInterval(POLL).untilAsserted(() -> {
            Reply reply = reviewCase(caseNumber);
            last.set(reply);
            assertThat(reply.status()).as("review: %s", reply).isEqualTo(200);
        });
        return last.get().json();
    }

    /** Waits until review has decided the case; returns it. */
    public JsonNode awaitDecision(String caseNumber) {
        AtomicReference<Reply> last = new AtomicReference<>();
        await("review: decision on " + caseNumber).atMost(HOP).pollInterval(POLL).untilAsserted(() -> {
            Reply reply = reviewCase(caseNumber);
            last.set(reply);
            assertThat(reply.string("status")).as("review: %s", reply).isIn("APPROVED", "REJECTED");
        });
        return last.get().json();
    }

    public static JsonNode task(JsonNode reviewCase, String department) {
        for (JsonNode task : reviewCase.path("tasks")) {
            if (department.equals(Json.string(task.path("department")))) {
                return task;
            }
        }
        throw new AssertionError("review: no task of " + department + " in " + reviewCase);
    }

    public static String taskId(JsonNode reviewCase, String department) {
        return Json.string(task(reviewCase, department).path("taskId"));
    }

    public Reply opinion(String user, String taskId, String step, String opinion, List<String> reasons) {
        return gateway.post(user, "/api/review/v1/tasks/" + taskId + "/opinions",
                Json.object("step", step, "opinion", opinion, "reasons", reasons, "comment", "系统测试"));
    }

    /** 一审一核: the department's reviewer approves the REVIEW step, its checker the CHECK step. */
    public void approveTask(String taskId, String department) {
        Reply review = opinion(Gateway.reviewer(department), taskId, "REVIEW", "APPROVE", null);
        assertThat(review.status()).as("review: %s", review).isEqualTo(201);
        Reply check = opinion(Gateway.checker(department), taskId, "CHECK", "APPROVE", null);
        assertThat(check.status()).as("review: %s", check).isEqualTo(201);
    }

    /** The supervision records of a case, as a supervisor of the department reads them. */
    public Reply supervisionRecords(String department, String caseNumber) {
        return gateway.get(Gateway.supervisor(department), "/api/supervision/v1/records?caseNumber=" + caseNumber);
    }

    /** Waits until supervision shows the record pushed for an approval; returns it. */
    public JsonNode awaitSupervisionRecord(String department, String caseNumber) {
        AtomicReference<Reply> last = new AtomicReference<>();
        await("supervision: record of " + caseNumber).atMost(HOP).pollInterval(POLL).untilAsserted(() -> {
            Reply reply = supervisionRecords(department, caseNumber);
            last.set(reply);
            assertThat(reply.status()).as("supervision: %s", reply).isEqualTo(200);
            assertThat(reply.at("items").size()).as("supervision: %s", reply).isEqualTo(1);
        });
        return last.get().at("items").path(0);
    }

    public Reply deliver(String caseNumber) {
        return gateway.post(Gateway.CLERK, "/api/intake/v1/applications/" + caseNumber + "/deliveries",
                Map.of("method", "WINDOW_PICKUP", "collectedBy", "申请人本人"));
    }

    public Reply rate(String user, String caseNumber, String stage, String level) {
        return gateway.post(user, "/api/rating/v1/ratings",
                Json.object("caseNumber", caseNumber, "stage", stage, "level", level, "comment", "窗口服务很好"));
    }

    /**
     * Rates as soon as rating knows the stage was reached (it learns it from intake's events): retries only while
     * the answer is {@code rating.stage-not-reached} or the case is still unknown to rating.
     */
    public Reply rateWhenOpen(String user, String caseNumber, String stage, String level) {
        AtomicReference<Reply> last = new AtomicReference<>();
        await("rating: stage " + stage + " of " + caseNumber + " open").atMost(HOP).pollInterval(POLL).until(() -> {
            Reply reply = rate(user, caseNumber, stage, level);
            last.set(reply);
            boolean notYet = reply.status() == 404
                    || (reply.status() == 409 && "rating.stage-not-reached".equals(reply.problemRule()));
            return !notYet;
        });
        return last.get();
    }
}
