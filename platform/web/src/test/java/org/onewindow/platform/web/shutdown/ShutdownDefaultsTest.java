package org.onewindow.platform.web.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import com.zaxxer.hikari.HikariDataSource;

/** The shutdown defaults reach a real application (same context as IdempotencyTest) and yield to configuration. */
@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class ShutdownDefaultsTest {

    @Autowired
    Environment environment;

    @Autowired
    DataSource dataSource;

    @Test
    void a_service_stops_gracefully_with_bounded_waits() {
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("10s");
        assertThat(dataSource).isInstanceOfSatisfying(HikariDataSource.class,
                pool -> assertThat(pool.getConnectionTimeout()).as("ms to wait for a connection").isEqualTo(5000));
    }

    @Test
    void any_configured_value_wins() {
        StandardEnvironment configured = new StandardEnvironment();
        configured.getPropertySources().addFirst(new MapPropertySource("application.yml", Map.of(
                "spring.lifecycle.timeout-per-shutdown-phase", "25s")));

        new ShutdownEnvironmentPostProcessor().postProcessEnvironment(configured, null);

        assertThat(configured.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("25s");
        assertThat(configured.getProperty("spring.datasource.hikari.connection-timeout")).isEqualTo("5000");
        assertThat(configured.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .as("the defaults are the last source").isEqualTo(ShutdownEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
    }

    @Test
    void is_registered_for_every_application() throws Exception {
        List<String> registered = new ArrayList<>();
        for (URL factories : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            String names = PropertiesLoaderUtils.loadProperties(new UrlResource(factories))
                    .getProperty(EnvironmentPostProcessor.class.getName(), "");
            registered.addAll(List.of(names.split("\\s*,\\s*")));
        }
        assertThat(registered).contains(ShutdownEnvironmentPostProcessor.class.getName());
    }
}
