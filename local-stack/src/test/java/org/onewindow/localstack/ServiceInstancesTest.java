package org.onewindow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs per service: parsing, ports, names and the command lines of the instances and the gateway. */
class ServiceInstancesTest {

    @TempDir
    Path dir;

    @Test
    void one_instance_each_is_the_default_and_changes_no_command_line() {
        LocalStackOptions options = LocalStackOptions.defaults(dir).withPortOffset(16500);
        KeyFiles keys = new KeyFiles(options.layout().keysDir());

        assertThat(options.instances().all()).extracting(ServiceInstances.Instance::name)
                .containsExactly("catalog", "intake", "review", "supervision", "rating", "monitor", "gateway");
        List<String> review = ServiceProcess.of(ServiceModule.REVIEW, options, keys).command();
        assertThat(review).contains("--spring.datasource.url=jdbc:postgresql://127.0.0.1:31932/review")
                .noneMatch(a -> a.startsWith("--spring.kafka.client-id"));
        assertThat(ServiceProcess.of(ServiceModule.GATEWAY, options, keys).command())
                .noneMatch(a -> a.startsWith("--spring.cloud.discovery"));
    }

    @Test
    void parses_a_count_for_every_service_or_per_service() {
        assertThat(ServiceInstances.parse("2").count(ServiceModule.RATING)).isEqualTo(2);
        assertThat(ServiceInstances.parse("2").count(ServiceModule.GATEWAY)).isEqualTo(1);
        ServiceInstances some = ServiceInstances.parse("review=2, intake=3");
        assertThat(some.count(ServiceModule.REVIEW)).isEqualTo(2);
        assertThat(some.count(ServiceModule.INTAKE)).isEqualTo(3);
        assertThat(some.count(ServiceModule.CATALOG)).isEqualTo(1);
        assertThatThrownBy(() -> ServiceInstances.parse("review=0")).hasMessageContaining("between 1 and 9");
        assertThatThrownBy(() -> ServiceInstances.parse("gateway=2")).hasMessageContaining("gateway runs once");
        assertThatThrownBy(() -> ServiceInstances.parse("review:2")).hasMessageContaining("service=number");
        assertThatThrownBy(() -> ServiceInstances.parse("billing=2")).hasMessageContaining("Unknown service");
    }

    @Test
    void instance_k_listens_ten_ports_above_the_last_and_stays_within_150_of_the_base() {
        Ports ports = new Ports(16500);
        assertThat(ports.service(new ServiceInstances.Instance(ServiceModule.REVIEW, 1))).isEqualTo(8083 + 16500);
        assertThat(ports.service(new ServiceInstances.Instance(ServiceModule.REVIEW, 2))).isEqualTo(8093 + 16500);
        assertThat(ports.service(new ServiceInstances.Instance(ServiceModule.MONITOR, ServiceInstances.MAX)))
                .isEqualTo(8086 + 16500 + 80).isLessThanOrEqualTo(8086 + 16500 + 150);
        // no instance port of one service is another's
        List<Integer> all = ServiceInstances.each(ServiceInstances.MAX).all().stream().map(ports::service).toList();
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void names_keep_the_first_instance_as_the_service_and_number_the_others() {
        assertThat(ServiceInstances.Instance.byName("review")).isEqualTo(new ServiceInstances.Instance(ServiceModule.REVIEW, 1));
        assertThat(ServiceInstances.Instance.byName("review-2").name()).isEqualTo("review-2");
        assertThat(ServiceInstances.Instance.byName("review-service")).isEqualTo(new ServiceInstances.Instance(ServiceModule.REVIEW, 1));
        assertThat(ServiceInstances.Instance.byName("review-1").name()).isEqualTo("review");
        assertThat(ServiceInstances.Instance.byName("review").label()).isEqualTo("review-1");
    }

    @Test
    void each_instance_names_itself_and_the_gateway_gets_the_instance_list() {
        LocalStackOptions options = LocalStackOptions.defaults(dir).withPortOffset(16500)
                .withInstances(ServiceInstances.parse("review=2"));
        KeyFiles keys = new KeyFiles(options.layout().keysDir());

        assertThat(options.instances().all()).extracting(ServiceInstances.Instance::name)
                .containsSubsequence("review", "review-2", "supervision").endsWith("gateway");
        ServiceProcess second = ServiceProcess.of(new ServiceInstances.Instance(ServiceModule.REVIEW, 2), options, keys);
        assertThat(second.command()).contains("--server.port=24593",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:31932/review?ApplicationName=review-2",
                "--spring.kafka.client-id=review-2", "--onewindow.demo-data=false");
        assertThat(ServiceProcess.of(ServiceModule.REVIEW, options, keys).command()).contains(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:31932/review?ApplicationName=review-1",
                "--spring.kafka.client-id=review-1", "--onewindow.demo-data=true");
        assertThat(second.logFile()).isEqualTo(options.layout().logFile("review-2"));
        assertThat(ServiceProcess.of(ServiceModule.GATEWAY, options, keys).command()).contains(
                "--onewindow.routes.review=http://127.0.0.1:24583",
                "--spring.cloud.discovery.client.simple.instances.review[0].uri=http://127.0.0.1:24583",
                "--spring.cloud.discovery.client.simple.instances.review[1].uri=http://127.0.0.1:24593")
                .noneMatch(a -> a.startsWith("--spring.cloud.discovery.client.simple.instances.intake"));
    }

    @Test
    void the_command_line_takes_instances() {
        CommandLine line = CommandLine.parse(new String[]{"--instances=2", "--port-offset=100"}, dir);
        assertThat(line.options().instances()).isEqualTo(ServiceInstances.each(2));
        assertThat(CommandLine.parse(new String[]{"--instances=review=2,intake=2", "--project-root=" + dir}, dir)
                .options().instances().count(ServiceModule.INTAKE)).isEqualTo(2);
    }
}
