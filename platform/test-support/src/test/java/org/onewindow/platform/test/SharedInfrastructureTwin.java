package org.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two subclasses run in one JVM, each in its own Spring context: same PostgreSQL server and broker, but each its
 * own database.
 */
abstract class SharedInfrastructureTwin {

    /** Which twin this is; written to and read back from its own database. */
    abstract String twin();

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void shares_server_and_broker_but_not_the_database() {
        String database = jdbc.sql("select current_database()").query(String.class).single();
        jdbc.sql("create table marker (twin text)").update();
        jdbc.sql("insert into marker values (?)").param(twin()).update();
        int port = URI.create(url.substring("jdbc:".length())).getPort();

        assertThat(jdbc.sql("select twin from marker").query(String.class).list()).containsExactly(twin());
        assertThat(bootstrapServers).isEqualTo(SharedInfrastructure.kafkaBootstrapServers());
        assertThat(SharedInfrastructure.infrastructureKind()).isIn("embedded", "containers");
        for (ContextsSeen.Seen other : ContextsSeen.ALL) {
            assertThat(database).isNotEqualTo(other.database());
            assertThat(port).isEqualTo(other.serverPort());
            assertThat(bootstrapServers).isEqualTo(other.bootstrapServers());
        }
        ContextsSeen.ALL.add(new ContextsSeen.Seen(database, port, bootstrapServers));
    }
}
