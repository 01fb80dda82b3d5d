package org.onewindow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

/**
 * One complete case through the gateway, as the people who handle it: the clerk submits (一窗受理), each
 * department's reviewer and checker give their opinions (一审一核), the decision's supervision record appears
 * (审管分离), the clerk delivers (出件), the applicant rates (好差评). Measures (b) submission -> acceptance and
 * (a) the response of the last opinion (the decision) -> the supervision record visible over the API.
 */
final class CaseLifecycle {

    /** The item as the catalog publishes it: what to hand in and which departments decide. */
    record Item(String code, List<String> materials, List<String> departments, boolean twoPersonReview) {

        static Item fetch(Client client, String code) {
            Client.Reply reply = client.get("monitor", "/api/catalog/v1/items/" + code);
            if (reply.status() != 200) {
                throw new IllegalStateException("catalog: item " + code + ": " + reply.status() + " " + reply.text());
            }
            JsonNode definition = reply.json().path("current").path("definition");
            List<String> materials = new ArrayList<>();
            definition.path("materials").forEach(m -> materials.add(m.path("code").asString()));
            List<String> departments = new ArrayList<>();
            definition.path("route").path("departments").forEach(d -> departments.add(d.asString()));
            return new Item(code, materials, departments, definition.path("route").path("twoPersonReview").asBoolean());
        }
    }

    /** Timings of a completed case, in nanoseconds. */
    record Timings(long acceptance, long decisionToRecord) {
    }

    static final class Failed extends RuntimeException {
        Failed(String message) {
            super(message, null, false, false);
        }
    }

    private static final AtomicInteger ID_SEQUENCE = new AtomicInteger();

    /** What a step acknowledged (a 2xx answer): the chaos run checks that each reached every service downstream. */
    enum Step { SUBMITTED, DECIDED, CLAIMED, DELIVERED, RATED_ACCEPTANCE, RATED_COMPLETION }

    /** Told of every acknowledged step. */
    interface Journal {
        void acknowledged(String caseNumber, Step step);

        Journal NONE = (caseNumber, step) -> { };
    }

    /**
     * How the lifecycle behaves beyond the benchmark's plain path.
     *
     * @param retry          as an integrator would under faults: every POST carries an {@code Idempotency-Key} and is
     *                       sent again with the same key while the answer is transient (no answer, 5xx, 429, key in
     *                       progress), until the hop's timeout
     * @param claim          the supervising department's supervisor claims the record (认领)
     * @param rateAcceptance the applicant also rates the acceptance stage
     */
    record Behaviour(boolean retry, boolean claim, boolean rateAcceptance, Journal journal) {
        static final Behaviour BENCH = new Behaviour(false, false, false, Journal.NONE);
    }

    private final Client client;
    private final Item item;
    private final BenchOptions options;
    private final Behaviour behaviour;

    CaseLifecycle(Client client, Item item, BenchOptions options) {
        this(client, item, options, Behaviour.BENCH);
    }

    CaseLifecycle(Client client, Item item, BenchOptions options, Behaviour behaviour) {
        this.client = client;
        this.item = item;
        this.options = options;
        this.behaviour = behaviour;
    }

    Timings run() {
        long submitStart = System.nanoTime();
        Client.Reply submitted = post("clerk", "/api/intake/v1/applications", submission(), "intake: submit");
        long acceptance = System.nanoTime() - submitStart;
        expect(submitted, 201, "intake: submit");
        JsonNode application = submitted.json().path("application");
        String caseNumber = application.path("caseNumber").asString();
        if (!"ACCEPTED".equals(application.path("status").asString())) {
            throw new Failed("intake: " + caseNumber + " not accepted: " + submitted.text());
        }
        behaviour.journal().acknowledged(caseNumber, Step.SUBMITTED);
        if (behaviour.rateAcceptance()) {
            rate(caseNumber, "ACCEPTANCE");
            behaviour.journal().acknowledged(caseNumber, Step.RATED_ACCEPTANCE);
        }

        JsonNode reviewCase = poll("review: case " + caseNumber, options.poll(),
                () -> read("monitor", "/api/review/v1/cases/" + caseNumber, null), r -> r.status() == 200).json();
        long decidedAt = 0;
        for (String department : item.departments()) {
            String taskId = taskId(reviewCase, department);
            String lower = department.toLowerCase(Locale.ROOT);
            expect(opinion("reviewer." + lower, taskId, "REVIEW"), 201, "review: REVIEW " + caseNumber);
            if (item.twoPersonReview()) {
                expect(opinion("checker." + lower, taskId, "CHECK"), 201, "review: CHECK " + caseNumber);
            }
            // the last opinion's response carries the decision: review decides in the same transaction
            decidedAt = System.nanoTime();
        }
        behaviour.journal().acknowledged(caseNumber, Step.DECIDED);
        Client.Reply[] record = new Client.Reply[1];
        long recordVisible = pollTime("supervision: record of " + caseNumber,
                options.polling() ? options.recordPoll() : options.poll(),
                () -> read("monitor", "/api/supervision/v1/records?caseNumber=" + caseNumber, null),
                r -> {
                    boolean one = r.status() == 200 && r.json().path("totalItems").asLong() == 1
                            && r.json().path("items").path(0).hasNonNull("supervisingDepartment");
                    record[0] = one ? r : null;
                    return one;
                });
        long decisionToRecord = recordVisible - decidedAt;
        if (behaviour.claim()) {
            claim(caseNumber, record[0].json().path("items").path(0));
            behaviour.journal().acknowledged(caseNumber, Step.CLAIMED);
        }

        poll("intake: decided " + caseNumber, options.poll(),
                watching("clerk", "/api/intake/v1/applications/" + caseNumber, submitted.etag()),
                r -> r.status() == 200 && "DECIDED".equals(r.string("status")));
        expect(post("clerk", "/api/intake/v1/applications/" + caseNumber + "/deliveries",
                Map.of("method", "WINDOW_PICKUP", "collectedBy", "申请人本人"), "intake: deliver " + caseNumber), 201, "intake: deliver " + caseNumber);
        behaviour.journal().acknowledged(caseNumber, Step.DELIVERED);
        rate(caseNumber, "COMPLETION");
        behaviour.journal().acknowledged(caseNumber, Step.RATED_COMPLETION);
        return new Timings(acceptance, decisionToRecord);
    }

    /**
     * Rates once rating knows the stage was reached (it learns it from intake's events). A "not yet" answer is
     * final for its idempotency key (it is stored and would be replayed), so each new attempt takes a new key.
     */
    private void rate(String caseNumber, String stage) {
        Map<String, Object> body = Map.of("caseNumber", caseNumber, "stage", stage, "level", "SATISFIED");
        String what = "rating: " + stage.toLowerCase(Locale.ROOT) + " of " + caseNumber;
        if (!options.polling()) {
            awaitStageOpen(caseNumber, stage, what);
        }
        Client.Reply rated = poll(what, options.poll(),
                () -> post("applicant", "/api/rating/v1/ratings", body, what),
                r -> !(r.status() == 404 || r.status() == 429 || transientFailure(r)
                        || (r.status() == 409 && "rating.stage-not-reached".equals(r.problemRule()))));
        expect(rated, 201, "rating: rate " + stage + " " + caseNumber);
    }

    /**
     * Waits, with waiting reads of the rated case, until rating opened the stage (it learns it from intake's events),
     * so that the rating's POST is sent once; the POST below still tries again should it be refused.
     */
    private void awaitStageOpen(String caseNumber, String stage, String what) {
        poll(what + " (stage open)", options.poll(),
                watching("applicant", "/api/rating/v1/cases/" + caseNumber, null),
                r -> {
                    if (r.status() != 200) {
                        return false;
                    }
                    for (JsonNode opened : r.json().path("stages")) {
                        if (stage.equals(opened.path("stage").asString())) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /**
     * Reads of one resource that remember its last ETag, so that each waiting read answers only when the resource
     * changed since the previous answer ({@code knownTag}: the ETag the client already has, or null).
     */
    private Supplier<Client.Reply> watching(String user, String path, String knownTag) {
        String[] tag = {knownTag};
        return () -> {
            Client.Reply reply = read(user, path, tag[0]);
            if (reply.etag() != null) {
                tag[0] = reply.etag();
            }
            return reply;
        };
    }

    /**
     * A GET the client waits on: a waiting read ({@code Prefer: wait}, with {@code If-None-Match} when the client
     * knows an ETag), or with {@code --polling} a plain GET sent again every poll interval.
     */
    private Client.Reply read(String user, String path, String ifNoneMatch) {
        return options.polling() ? client.get(user, path)
                : client.getWaiting(user, path, options.waitFor(), ifNoneMatch);
    }

    /** 认领 by the supervising department's supervisor; a claim already made by the same retry counts as done. */
    private void claim(String caseNumber, JsonNode record) {
        String user = "supervisor." + record.path("supervisingDepartment").asString().toLowerCase(Locale.ROOT);
        Client.Reply claimed = post(user, "/api/supervision/v1/records/" + record.path("id").asString() + "/claim",
                Map.of(), "supervision: claim " + caseNumber);
        if (claimed.status() == 409 && "supervision.record-already-claimed".equals(claimed.problemRule())
                && claimed.text().contains(user)) {
            return;
        }
        expect(claimed, 200, "supervision: claim " + caseNumber);
    }

    private Client.Reply opinion(String user, String taskId, String step) {
        return post(user, "/api/review/v1/tasks/" + taskId + "/opinions",
                Map.of("step", step, "opinion", "APPROVE", "comment", "bench"), "review: " + step + " " + taskId);
    }

    /**
     * A POST as the benchmark sends it (429 waits), or, with {@link Behaviour#retry}, with an idempotency key sent
     * again while the answer is transient.
     */
    private Client.Reply post(String user, String path, Object body, String what) {
        if (!behaviour.retry()) {
            Client.Reply reply;
            do {
                reply = client.post(user, path, body);
            } while (reply.status() == 429 && backOff());
            return reply;
        }
        String key = UUID.randomUUID().toString();
        return poll(what, options.poll(), () -> client.post(user, path, body, key),
                r -> r.status() != 429 && !transientFailure(r));
    }

    /** No answer, a server error, or the original request with this key still running: send it again. */
    private static boolean transientFailure(Client.Reply reply) {
        return reply.status() == Client.UNREACHABLE || reply.status() >= 500
                || (reply.status() == 409 && "idempotency-key-in-progress".equals(reply.problemRule()));
    }

    private static boolean backOff() {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        return true;
    }

    private static String taskId(JsonNode reviewCase, String department) {
        for (JsonNode task : reviewCase.path("tasks")) {
            if (department.equals(task.path("department").asString())) {
                return task.path("taskId").asString();
            }
        }
        throw new Failed("review: no task of " + department + " in " + reviewCase);
    }

    private Map<String, Object> submission() {
        int n = ID_SEQUENCE.incrementAndGet();
        List<Map<String, Object>> materials = item.materials().stream()
                .map(code -> Map.<String, Object>of("code", code, "provided", true, "defective", false)).toList();
        return Map.of(
                "itemCode", item.code(),
                "applicant", Map.of("kind", "PERSON", "name", "压测申请人" + n, "idNumber", residentId(n), "phone", "13800138000"),
                "materials", materials,
                "delivery", Map.of("method", "WINDOW_PICKUP"),
                "applicantUserId", "applicant");
    }

    /** A valid resident ID (GB 11643 check character) that differs per case. */
    static String residentId(int n) {
        String first17 = "110105" + "1980" + "%02d".formatted(1 + n % 12) + "%02d".formatted(1 + n % 28) + "%03d".formatted(n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private Client.Reply poll(String what, Duration interval, Supplier<Client.Reply> call,
                              Predicate<Client.Reply> done) {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (true) {
            Client.Reply reply = call.get();
            if (done.test(reply)) {
                return reply;
            }
            if (System.nanoTime() > deadline) {
                throw new Failed(what + ": timed out; last " + reply.status() + " " + abbreviate(reply.text()));
            }
            LockSupport.parkNanos(interval.toNanos());
        }
    }

    /** Like {@link #poll} but returns the moment the answer arrived. */
    private long pollTime(String what, Duration interval, Supplier<Client.Reply> call,
                          Predicate<Client.Reply> done) {
        long[] at = new long[1];
        poll(what, interval, () -> {
            Client.Reply reply = call.get();
            at[0] = System.nanoTime();
            return reply;
        }, done);
        return at[0];
    }

    private static void expect(Client.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new Failed(what + ": expected " + status + ", got " + reply.status() + " " + abbreviate(reply.text()));
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
