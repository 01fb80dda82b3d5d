package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.onewindow.platform.web.idempotency.IdempotencyFilter;
import org.onewindow.platform.web.idempotency.IdempotencyKeyCleanup;
import org.onewindow.platform.web.idempotency.IdempotencyKeys;
import org.onewindow.platform.web.idempotency.IdempotencyProperties;
import org.onewindow.platform.web.idempotency.JdbcIdempotencyKeys;
import org.onewindow.platform.web.testapp.TestController;
import org.onewindow.platform.web.testapp.UnstorableAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class IdempotencyTest {

    private static final String PROBLEMS = "https://onewindow.org/problems/";
    private static final String SHA256_OF_EMPTY_BODY =
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestController controller;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeyCleanup cleanup;

    private static MockHttpServletRequestBuilder create(String key, String name, String token) {
        return create("/things", key, name, token);
    }

    /** A thing named {@code name} POSTed to {@code target} (/things, with or without a query) under that key. */
    private static MockHttpServletRequestBuilder create(String target, String key, String name, String token) {
        return post(target).header("Authorization", token).header(IdempotencyFilter.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"applicant\":{\"name\":\"Li Wei\"}}");
    }

    @Test
    void a_long_query_string_still_identifies_the_request() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "long-" + key;
        String longQuery = "note=" + "q".repeat(3000);
        int before = controller.creations();

        mvc.perform(create("/things?" + longQuery, key, name, Requests.CLERK)).andExpect(status().isCreated());
        mvc.perform(create("/things?" + longQuery, key, name, Requests.CLERK))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
        mvc.perform(create("/things?" + longQuery + "x", key, name, Requests.CLERK))
                .andExpect(status().isUnprocessableContent());
        assertThat(controller.creations() - before).as("the controller ran once").isEqualTo(1);
    }

    @Test
    void same_key_and_same_request_replays_the_stored_response() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "thing-" + key;
        int before = controller.creations();

        MvcResult first = mvc.perform(create(key, name, Requests.CLERK))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER))
                .andReturn();
        MvcResult replay = mvc.perform(create(key, name, Requests.CLERK))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"))
                .andReturn();

        assertThat(replay.getResponse().getContentAsString())
                .isEqualTo(first.getResponse().getContentAsString())
                .contains(name);
        assertThat(replay.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
        assertThat(replay.getResponse().getHeader("ETag")).isEqualTo("\"v1\"");
        assertThat(replay.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(controller.creations() - before).as("the controller ran once").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM thing WHERE name = ?").params(name).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void same_key_with_a_different_body_is_rejected() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, "a-" + key, Requests.CLERK)).andExpect(status().isCreated());

        mvc.perform(create(key, "b-" + key, Requests.CLERK))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-reused"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.errors[0].rule").value("idempotency-key-reused"));
    }

    @Test
    void keys_are_scoped_to_the_caller() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, "mine-" + key, Requests.CLERK)).andExpect(status().isCreated());
        mvc.perform(create(key, "theirs-" + key, Requests.OTHER_CLERK))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
    }

    @Test
    void a_key_still_in_progress_is_a_conflict() throws Exception {
        String key = UUID.randomUUID().toString();
        // as if another request with this key were running right now
        jdbc.sql("""
                INSERT INTO platform_idempotency_key (principal, idempotency_key, request_target, request_hash)
                VALUES ('clerk-1', ?, 'POST /things', ?)""").params(key, SHA256_OF_EMPTY_BODY).update();

        mvc.perform(post("/things").header("Authorization", Requests.CLERK).header(IdempotencyFilter.HEADER, key)
                        .contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-in-progress"))
                .andExpect(header().string("Retry-After", "1"));
    }

    @Test
    void a_failed_original_does_not_keep_the_key() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = controller.creations();
        mvc.perform(create(key, "explode", Requests.CLERK)).andExpect(status().isInternalServerError());
        mvc.perform(create(key, "explode", Requests.CLERK))
                .andExpect(status().isInternalServerError())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
        assertThat(controller.creations() - before).as("the retry ran again").isEqualTo(2);
    }

    @Test
    void a_change_commits_only_together_with_its_stored_answer() throws Exception {
        String key = UnstorableAnswers.PREFIX + UUID.randomUUID();
        String name = "thing-" + key;

        mvc.perform(create(key, name, Requests.CLERK))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "service-unavailable"))
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("Retry-After", "1"));

        assertThat(jdbc.sql("SELECT count(*) FROM thing WHERE name = ?").params(name).query(Long.class).single())
                .as("the controller's insert was rolled back with the answer it could not store").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform_idempotency_key WHERE idempotency_key = ?").params(key)
                .query(Long.class).single()).as("the key is free for the retry").isZero();
    }

    @Test
    void a_key_the_busy_database_cannot_claim_is_a_retryable_503_and_the_original_never_runs() throws Exception {
        String key = UnstorableAnswers.UNCLAIMABLE + UUID.randomUUID();
        int before = controller.creations();

        mvc.perform(create(key, "thing-" + key, Requests.CLERK))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "service-unavailable"))
                .andExpect(header().string("Retry-After", "1"));

        assertThat(controller.creations()).as("the original did not run").isEqualTo(before);
    }

    @Test
    void a_refusal_is_kept_for_replay_while_its_rolled_back_transaction_changed_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = controller.creations();

        mvc.perform(create(key, "refuse-after-insert", Requests.CLERK)).andExpect(status().isConflict());
        mvc.perform(create(key, "refuse-after-insert", Requests.CLERK))
                .andExpect(status().isConflict())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));

        assertThat(controller.creations() - before).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM thing WHERE name = 'refuse-after-insert'").query(Long.class).single())
                .isZero();
    }

    @Test
    void malformed_key_is_a_400_problem() throws Exception {
        mvc.perform(create("x".repeat(129), "long", Requests.CLERK))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "idempotency-key-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        mvc.perform(create("has space", "space", Requests.CLERK)).andExpect(status().isBadRequest());
    }

    @Test
    void expired_keys_are_cleaned_up_and_can_be_reused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(create(key, "old-" + key, Requests.CLERK)).andExpect(status().isCreated());
        jdbc.sql("UPDATE platform_idempotency_key SET created_at = ? WHERE idempotency_key = ?")
                .params(Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)), key).update();

        assertThat(cleanup.deleteExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM platform_idempotency_key WHERE idempotency_key = ?")
                .params(key).query(Long.class).single()).isZero();
        mvc.perform(create(key, "new-" + key, Requests.CLERK))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
    }

    @Test
    void cleanup_deletes_a_backlog_in_bounded_batches_and_keeps_live_keys() {
        String principal = "cleanup-" + UUID.randomUUID();
        Instant now = Instant.now();
        for (int i = 0; i < 25; i++) {
            insertKey(principal, "old-" + i, now.minus(30, ChronoUnit.DAYS).plusSeconds(i));
        }
        for (int i = 0; i < 3; i++) {
            insertKey(principal, "live-" + i, now.minus(1, ChronoUnit.HOURS));
        }
        List<Integer> batches = new ArrayList<>();
        IdempotencyKeys counting = new JdbcIdempotencyKeys(jdbc) {
            @Override
            public int deleteCreatedBefore(Instant cutoff, int limit) {
                int deleted = super.deleteCreatedBefore(cutoff, limit);
                batches.add(deleted);
                return deleted;
            }
        };
        IdempotencyProperties tenPerBatch = new IdempotencyProperties(null, Duration.ofHours(24), null, null, 10, null);
        IdempotencyKeyCleanup small = new IdempotencyKeyCleanup(counting, tenPerBatch, Clock.fixed(now, ZoneOffset.UTC));

        int deleted = small.deleteExpired();

        assertThat(deleted).as("every expired key of this test (and any other expired one)").isGreaterThanOrEqualTo(25);
        assertThat(batches).as("no statement deletes more than the batch size").allMatch(n -> n <= 10);
        assertThat(batches.size()).as("a backlog of 25 takes at least three batches of 10: %s", batches).isGreaterThanOrEqualTo(3);
        assertThat(batches.getLast()).as("the pass ends on a short batch: %s", batches).isLessThan(10);
        assertThat(jdbc.sql("SELECT idempotency_key FROM platform_idempotency_key WHERE principal = ? ORDER BY 1")
                .params(principal).query(String.class).list()).containsExactly("live-0", "live-1", "live-2");
    }

    @Test
    void one_batch_never_deletes_more_than_its_limit_and_takes_the_oldest_first() {
        String principal = "batch-" + UUID.randomUUID();
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            insertKey(principal, "k-" + i, now.minus(40, ChronoUnit.DAYS).plusSeconds(i));
        }
        JdbcIdempotencyKeys keys = new JdbcIdempotencyKeys(jdbc);
        // Older than anything else in the table: only this test's rows qualify.
        Instant cutoff = now.minus(40, ChronoUnit.DAYS).plusSeconds(10);

        assertThat(keys.deleteCreatedBefore(cutoff, 2)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT idempotency_key FROM platform_idempotency_key WHERE principal = ? ORDER BY 1")
                .params(principal).query(String.class).list()).containsExactly("k-2", "k-3", "k-4");
        assertThat(keys.deleteCreatedBefore(cutoff, 100)).isEqualTo(3);
        assertThat(keys.deleteCreatedBefore(cutoff, 100)).isZero();
    }

    @Test
    void cleanup_settings_are_checked_at_start() {
        assertThatThrownBy(() -> new IdempotencyProperties(null, null, null, null, 0, null))
                .hasMessageContaining("cleanup-batch-size");
        assertThatThrownBy(() -> new IdempotencyProperties(null, Duration.ZERO, null, null, null, null))
                .hasMessageContaining("ttl");
        assertThat(IdempotencyProperties.defaults().cleanupBatchSize()).isEqualTo(1000);
    }

    private void insertKey(String principal, String key, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO platform_idempotency_key (principal, idempotency_key, request_target, request_hash, created_at)
                VALUES (?, ?, 'POST /things', ?, ?)""")
                .params(principal, key, SHA256_OF_EMPTY_BODY, Timestamp.from(createdAt)).update();
    }

    @Test
    void requests_without_a_key_are_untouched() throws Exception {
        String name = "plain-" + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\",\"applicant\":{\"name\":\"Li Wei\"}}";
        mvc.perform(post("/things").header("Authorization", Requests.CLERK).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
        mvc.perform(post("/things").header("Authorization", Requests.CLERK).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "duplicate"));
    }
}
