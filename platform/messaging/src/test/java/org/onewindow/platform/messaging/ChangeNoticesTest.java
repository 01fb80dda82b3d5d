package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An event written tells the service's other instances its subject at commit (the outbox's NOTIFY), and a notice
 * from another instance reaches {@link SubjectsChangedElsewhere} through the relay's session; this instance's own
 * notices do not (its command path signals its waiting reads itself).
 */
class ChangeNoticesTest extends MessagingIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    MessagingTestApplication.ChangedElsewhere changedElsewhere;

    @Test
    void a_written_event_notifies_its_subject_at_commit_and_a_rolled_back_one_does_not() throws Exception {
        String committed = newCase("NOTICE");
        String rolledBack = newCase("NOTICE-RB");
        try (Connection listener = dataSource.getConnection()) {
            listener.setAutoCommit(true);
            try (Statement statement = listener.createStatement()) {
                statement.execute("listen " + ChangeNotices.CHANNEL);
            }
            try {
                cases.noteThenFail(rolledBack);
            } catch (IllegalStateException expected) {
                // rolled back on purpose
            }
            cases.note(committed, 1, "ok");

            List<String> payloads = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                PGNotification[] notices = listener.unwrap(PGConnection.class).getNotifications(100);
                if (notices != null) {
                    for (PGNotification notice : notices) {
                        payloads.add(notice.getParameter());
                    }
                }
                return payloads.stream().anyMatch(p -> p.endsWith(" " + committed));
            });
            assertThat(payloads).noneMatch(p -> p.endsWith(" " + rolledBack));
            try (Statement statement = listener.createStatement()) {
                statement.execute("unlisten *");
            }
        }
    }

    @Test
    void a_notice_from_another_instance_reaches_the_waiting_reads_and_our_own_do_not() {
        String ours = newCase("OURS");
        String theirs = newCase("THEIRS");
        cases.note(ours, 1, "ok");
        // another instance's publisher: the same channel, its own instance id
        jdbc.sql("select pg_notify(?, ?)").params(ChangeNotices.CHANNEL, "another-instance " + theirs)
                .query((result, number) -> number).list();

        await().atMost(WAIT).until(() -> changedElsewhere.subjects.contains(theirs));
        // notices arrive in commit order: ours came first and was not passed on
        assertThat(changedElsewhere.subjects).doesNotContain(ours);
    }

    @Test
    void the_payload_names_instance_and_subject_and_a_subject_too_long_for_a_notice_is_left_out() {
        assertThat(ChangeNotices.changedElsewhere("other C-1 2")).contains("C-1 2");
        assertThat(ChangeNotices.changedElsewhere(ChangeNotices.payload("C-1"))).isEmpty();
        assertThat(ChangeNotices.payload("x".repeat(ChangeNotices.MAX_SUBJECT_LENGTH + 1))).doesNotContain(" ");
        assertThat(ChangeNotices.changedElsewhere("")).isEmpty();
        assertThat(ChangeNotices.changedElsewhere("other ")).isEmpty();
        assertThat(ChangeNotices.changedElsewhere(null)).isEmpty();
    }
}
