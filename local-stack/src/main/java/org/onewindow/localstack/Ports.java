package org.onewindow.localstack;

/**
 * The ports of one stack. An offset moves every port at once, so a test run (e.g. offset 10000) does not
 * collide with a developer's running stack; routes and datasource URLs follow automatically.
 */
public record Ports(int offset) {

    public Ports {
        if (offset < 0 || offset > 40000) {
            throw new IllegalArgumentException("port offset must be between 0 and 40000, was " + offset);
        }
    }

    public int service(ServiceModule module) {
        return module.basePort() + offset;
    }

    public int kafka() {
        return 9092 + offset;
    }

    public int kafkaController() {
        return 9093 + offset;
    }

    public int postgres() {
        return 15432 + offset;
    }

    /** JDBC URL of one service's database on the stack's PostgreSQL. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres() + "/" + database;
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafka();
    }
}
