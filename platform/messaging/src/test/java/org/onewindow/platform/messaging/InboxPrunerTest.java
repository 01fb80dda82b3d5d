package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class InboxPrunerTest extends MessagingIntegrationTest {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void deletes_rows_older_than_the_retention_in_batches_and_keeps_recent_ones() throws Exception {
        String group = "prune-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        insert(group, 12, now.minus(Duration.ofDays(31)));
        insert(group, 3, now.minus(Duration.ofDays(29)));
        InboxPruner pruner = pruner(5);

        // while another instance prunes (holds the lock), this one skips its round
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    jdbc.sql("select pg_advisory_xact_lock(?)").param(InboxPruner.LOCK_KEY).query().singleRow();
                    locked.countDown();
                    await(release);
                }));
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(pruner.prune()).isEqualTo(new InboxPruner.Result(0, 0));
        assertThat(rows(group)).isEqualTo(15);
        release.countDown();
        otherInstance.get(30, TimeUnit.SECONDS);

        InboxPruner.Result result = pruner.prune();

        // 12 old rows (and nothing else in this database is 30 days old): 5 + 5 + 2
        assertThat(result).isEqualTo(new InboxPruner.Result(12, 3));
        assertThat(rows(group)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from inbox where consumer_group = ? and processed_at < ?")
                .params(group, Timestamp.from(now.minus(Duration.ofDays(30)))).query(Integer.class).single()).isZero();
        assertThat(pruner.prune()).isEqualTo(new InboxPruner.Result(0, 1));
    }

    private InboxPruner pruner(int batchSize) {
        MessagingProperties.Inbox settings = new MessagingProperties.Inbox();
        settings.setRetention(Duration.ofDays(30));
        settings.setPruneBatchSize(batchSize);
        return new InboxPruner(jdbc, new TransactionTemplate(transactionManager), settings, Clock.systemUTC());
    }

    private void insert(String group, int count, Instant processedAt) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into inbox (consumer_group, event_id, processed_at) values (?, ?, ?)")
                    .params(group, UUID.randomUUID().toString(), Timestamp.from(processedAt)).update();
        }
    }

    private int rows(String group) {
        return jdbc.sql("select count(*) from inbox where consumer_group = ?").param(group).query(Integer.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
