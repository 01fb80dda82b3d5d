package org.onewindow.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A started stack. System tests start one for all tests and close it at the end; they may stop and start
 * single services to prove that the others keep working.
 */
public final class RunningStack implements AutoCloseable {

    private final LocalStack launcher;
    private final LocalStackOptions options;
    private final Postgres postgres;
    private final KafkaBroker kafka;
    private final Map<ServiceModule, ServiceProcess> services;
    private final PidFile pids;
    private final ReadinessWait readinessWait;
    private final Duration startupTime;

    RunningStack(LocalStack launcher, LocalStackOptions options, Postgres postgres, KafkaBroker kafka, Map<ServiceModule, ServiceProcess> services,
                 PidFile pids, ReadinessWait readinessWait, Duration startupTime) {
        this.launcher = launcher;
        this.options = options;
        this.postgres = postgres;
        this.kafka = kafka;
        this.services = new LinkedHashMap<>(services);
        this.pids = pids;
        this.readinessWait = readinessWait;
        this.startupTime = startupTime;
    }

    public URI gatewayUrl() {
        return serviceUrl(ServiceModule.GATEWAY.serviceName());
    }

    /** Direct URL of one service (not through the gateway), e.g. {@code serviceUrl("intake")}. */
    public URI serviceUrl(String service) {
        return URI.create("http://127.0.0.1:" + options.ports().service(ServiceModule.byName(service)));
    }

    /** JDBC URL of a service's database (user and password {@code postgres}), for consistency checks. */
    public String jdbcUrl(String database) {
        return options.ports().jdbcUrl(database);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Log of a service, of {@code kafka} or of {@code postgres}. */
    public Path logFile(String processName) {
        return switch (processName) {
            case "kafka", "postgres" -> options.layout().logFile(processName);
            default -> options.layout().logFile(ServiceModule.byName(processName).serviceName());
        };
    }

    /** Time from {@link LocalStack#start} to every service ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops one service (SIGTERM, killed after 20 s); the others keep running. */
    public void stopService(String service) {
        process(service).stop();
    }

    /** Starts a stopped service again and returns when it reports ready. */
    public void startService(String service) {
        ServiceProcess process = process(service);
        process.start();
        process.handle().ifPresent(h -> pids.record(process.name(), h));
        readinessWait.await(List.of(process));
    }

    public boolean isRunning(String service) {
        return process(service).isRunning();
    }

    /** Process handles of everything this stack started, by name (PostgreSQL's postmaster included). */
    public Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> handles = new LinkedHashMap<>();
        postgres.postmaster().ifPresent(h -> handles.put("postgres", h));
        handles.put("kafka", kafka.handle());
        services.values().forEach(s -> s.handle().filter(ProcessHandle::isAlive).ifPresent(h -> handles.put(s.name(), h)));
        return handles;
    }

    ServiceProcess process(String service) {
        return services.get(ServiceModule.byName(service));
    }

    List<ServiceProcess> serviceProcesses() {
        return List.copyOf(services.values());
    }

    /** Services first (they flush outboxes and close consumers), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        launcher.stop();
    }

    static void stopAll(List<ServiceProcess> services, KafkaBroker kafka, Postgres postgres) {
        // In parallel: the common pool has a single thread on a two-core machine.
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            services.forEach(s -> executor.submit(s::stop));
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
