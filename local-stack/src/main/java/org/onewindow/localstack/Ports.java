package org.onewindow.localstack;

/**
 * The ports of one stack. An offset moves every port at once, so a test run (e.g. offset 11000) does not
 * collide with a developer's running stack; routes and datasource URLs follow automatically.
 *
 * <p>Every port stays below {@link #EPHEMERAL_FLOOR}: above it the kernel hands ports to outgoing connections
 * (Linux 32768-60999), so any client on the machine could hold a listening port of ours at start (a CI run
 * failed on exactly that with PostgreSQL on 36432).
 */
public record Ports(int offset) {

    /** The lowest port Linux gives out for outgoing connections by default (IANA's range starts higher, 49152). */
    public static final int EPHEMERAL_FLOOR = 32768;
    private static final int HIGHEST_BASE_PORT = 15432; // PostgreSQL
    public static final int MAX_OFFSET = EPHEMERAL_FLOOR - 1 - HIGHEST_BASE_PORT;

    public Ports {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("port offset must be between 0 and " + MAX_OFFSET + " (PostgreSQL on "
                    + HIGHEST_BASE_PORT + "+offset must stay below " + EPHEMERAL_FLOOR
                    + ", where the ports of outgoing connections begin), was " + offset);
        }
    }

    /** Extra instances of a service are 10 ports apart: review-2 on 8093+offset, review-3 on 8103+offset. */
    public static final int INSTANCE_STEP = 10;

    public int service(ServiceModule module) {
        return module.basePort() + offset;
    }

    /** Port of one instance: instance 1 on the service's own port, instance k {@code (k-1) * INSTANCE_STEP} above it. */
    public int service(ServiceInstances.Instance instance) {
        return service(instance.module()) + (instance.number() - 1) * INSTANCE_STEP;
    }

    public int kafka() {
        return 9092 + offset;
    }

    public int kafkaController() {
        return 9093 + offset;
    }

    /** The embedded S3 store (S3Proxy in the launcher); 9000 as MinIO's default, free of every other base port. */
    public int objectStore() {
        return 9000 + offset;
    }

    public java.net.URI objectStoreEndpoint() {
        return java.net.URI.create("http://127.0.0.1:" + objectStore());
    }

    public int postgres() {
        return HIGHEST_BASE_PORT + offset;
    }

    /** JDBC URL of one service's database on the stack's PostgreSQL. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres() + "/" + database;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafka();
    }
}
