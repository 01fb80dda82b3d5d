package org.onewindow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.onewindow.localstack.RunningStack;
import org.onewindow.localstack.ServiceInstances;

/**
 * What moves when an instance of a service that runs several is killed: the outbox relay's leadership (the session
 * advisory lock, whose holder names itself in {@code pg_stat_activity.application_name}) and the consumer groups'
 * members (their {@code client.id} is the instance's label). See docs/operations.md, "Several instances".
 */
final class InstanceWatch {

    /** platform/messaging OutboxRelay.LOCK_KEY ("onewindo") as pg_locks shows a bigint advisory lock. */
    private static final long LOCK_CLASSID = 0x6f6e6577L;
    private static final long LOCK_OBJID = 0x696e646fL;

    /**
     * One killed relay leader and what followed.
     *
     * @param killed        the instance's label ({@code review-1})
     * @param leaderAfter   who holds the relay lock once the killed one is back ({@code null}: nobody)
     * @param groups        consumer groups the killed instance was a member of
     * @param staleMembers  member ids of the killed instance still in a group at the end (must be none)
     * @param rejoined      groups the restarted instance is a member of again
     */
    record Takeover(String service, String killed, String leaderAfter, Set<String> groups, List<String> staleMembers,
                    Set<String> rejoined) {

        boolean moved() {
            return leaderAfter != null && !leaderAfter.equals(killed);
        }

        boolean rebalanced() {
            return !groups.isEmpty() && staleMembers.isEmpty() && rejoined.containsAll(groups);
        }

        @Override
        public String toString() {
            return "%-11s relay leader %s -> %s; groups %s: %s".formatted(service, killed, leaderAfter, groups,
                    rebalanced() ? "rebalanced, the restarted instance rejoined" : "stale " + staleMembers + ", rejoined " + rejoined);
        }
    }

    private final RunningStack stack;

    InstanceWatch(RunningStack stack) {
        this.stack = stack;
    }

    /** The label of the instance holding the service's outbox relay lock, or null (pg_locks is cluster-wide: this database only). */
    String relayLeader(String service) {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", "postgres");
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(service), credentials);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
                     where l.locktype = 'advisory' and l.granted and l.objsubid = 1
                       and l.database = (select oid from pg_database where datname = current_database())
                       and l.classid = %d and l.objid = %d""".formatted(LOCK_CLASSID, LOCK_OBJID))) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    String awaitRelayLeader(String service, Duration timeout) {
        return await(() -> relayLeader(service), timeout);
    }

    /** Member ids by consumer group, of the members whose client id is the instance's. */
    Map<String, Set<String>> membersOf(String label) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        // default.api.timeout.ms may not be below request.timeout.ms: the client refuses to start
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            Collection<ConsumerGroupListing> listings = admin.listConsumerGroups().all().get();
            List<String> ids = listings.stream().map(ConsumerGroupListing::groupId).toList();
            for (ConsumerGroupDescription group : admin.describeConsumerGroups(ids).all().get().values()) {
                for (MemberDescription member : group.members()) {
                    if (member.clientId().equals(label) || member.clientId().startsWith(label + "-")) {
                        members.computeIfAbsent(group.groupId(), g -> new TreeSet<>()).add(member.consumerId());
                    }
                }
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            Chaos.log("could not describe the consumer groups: %s", e);
        }
        return members;
    }

    /**
     * After {@code killed} came back: waits until another instance holds the relay lock, none of the killed
     * instance's old members is left in a group (the broker dropped them: a rebalance) and the restarted instance is a
     * member of each of its groups again.
     */
    Takeover observe(String service, String killed, Map<String, Set<String>> membersBefore, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String leader = relayLeader(service);
            Map<String, Set<String>> now = membersOf(killed);
            List<String> stale = new ArrayList<>();
            membersBefore.forEach((group, ids) -> ids.stream()
                    .filter(id -> now.getOrDefault(group, Set.of()).contains(id)).forEach(stale::add));
            Takeover takeover = new Takeover(service, killed, leader, membersBefore.keySet(), stale, now.keySet());
            // a service whose killed instance consumed nothing (no group) is done once the lock moved
            boolean settled = takeover.moved() && (takeover.groups().isEmpty() || takeover.rebalanced());
            if (settled || System.nanoTime() > deadline) {
                return takeover;
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }

    /** The instance name ({@code review}, {@code review-2}) of a label ({@code review-1}, {@code review-2}). */
    static String instanceName(String label) {
        return ServiceInstances.Instance.byName(label).name();
    }

    private static <T> T await(Supplier<T> value, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T found = value.get();
        while (found == null && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
            found = value.get();
        }
        return found;
    }
}
