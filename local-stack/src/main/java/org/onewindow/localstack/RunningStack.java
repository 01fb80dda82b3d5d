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
    private volatile Postgres postgres;
    private volatile KafkaBroker kafka;
    private final Map<ServiceInstances.Instance, ServiceProcess> services;
    private final PidFile pids;
    private final ReadinessWait readinessWait;
    private final Duration startupTime;

    RunningStack(LocalStack launcher, LocalStackOptions options, Postgres postgres, KafkaBroker kafka, Map<ServiceInstances.Instance, ServiceProcess> services,
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

    /** Direct URL of one service (not through the gateway), e.g. {@code serviceUrl("intake")}, or of one instance ({@code "intake-2"}). */
    public URI serviceUrl(String service) {
        return URI.create("http://127.0.0.1:" + options.ports().service(ServiceInstances.Instance.byName(service)));
    }

    /** The names of a service's instances: {@code [review]} with one, {@code [review, review-2]} with two. */
    public List<String> instances(String service) {
        ServiceModule module = ServiceModule.byName(service);
        return services.keySet().stream().filter(i -> i.module() == module).map(ServiceInstances.Instance::name).toList();
    }

    /** How many JVMs of each service this stack runs. */
    public ServiceInstances serviceInstances() {
        return options.instances();
    }

    /** JDBC URL of a service's database (user and password {@code postgres}), for consistency checks. */
    public String jdbcUrl(String database) {
        return options.ports().jdbcUrl(database);
    }

    /** The embedded S3 store's URL (path-style; credentials in docs/operations.md "Object store"). */
    public URI objectStoreEndpoint() {
        return options.ports().objectStoreEndpoint();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Log of a service, of {@code kafka} or of {@code postgres}. */
    public Path logFile(String processName) {
        return switch (processName) {
            case "kafka", "postgres" -> options.layout().logFile(processName);
            default -> options.layout().logFile(ServiceInstances.Instance.byName(processName).name());
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

    /**
     * Crashes one process with SIGKILL (no shutdown hook runs): {@code kafka}, {@code postgres} (the postmaster and
     * every backend, as a lost host would) or a service. Returns once it is gone; {@link #restart} brings it back.
     * For the chaos run (docs/operations.md).
     */
    public void kill(String processName) {
        ProcessHandle handle = switch (processName) {
            case "kafka" -> kafka.handle();
            case "postgres" -> postgres.postmaster()
                    .orElseThrow(() -> new IllegalStateException("PostgreSQL's postmaster is not known"));
            default -> process(processName).handle().orElseThrow(() -> new IllegalStateException(processName + " was never started"));
        };
        List<ProcessHandle> descendants = handle.descendants().toList();
        handle.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        ProcessTree.awaitExit(handle, Duration.ofSeconds(20));
        descendants.forEach(d -> ProcessTree.awaitExit(d, Duration.ofSeconds(20)));
    }

    /** Starts a killed process again on the same data and ports; returns when it is ready (services: readiness UP). */
    public void restart(String processName) {
        switch (processName) {
            case "kafka" -> {
                KafkaBroker broker = KafkaBroker.launch(options.layout(), options.ports(), JavaCommand.ofThisJvm());
                kafka = broker;
                launcher.replaced(broker);
                pids.record("kafka", broker.handle());
                broker.awaitReady(Duration.ofSeconds(120));
            }
            case "postgres" -> {
                // The crashed server's handle still holds its lock on the data directory in this JVM: release it
                // (its pg_ctl stop fails harmlessly on a dead server) or the new one cannot take it.
                try {
                    postgres.close();
                } catch (RuntimeException alreadyDead) {
                    // nothing was running
                }
                Postgres database = Postgres.start(options.layout(), options.ports().postgres(), options.fast(),
                        LocalStack.POSTGRES_STARTUP_WAIT); // durable unless the stack was started --fast
                postgres = database;
                launcher.replaced(database);
                database.postmaster().ifPresent(h -> pids.record("postgres", h));
            }
            default -> startService(processName);
        }
    }

    ServiceProcess process(String service) {
        ServiceProcess process = services.get(ServiceInstances.Instance.byName(service));
        if (process == null) {
            throw new IllegalArgumentException("this stack runs no " + service + "; it runs " + services.keySet().stream()
                    .map(ServiceInstances.Instance::name).toList());
        }
        return process;
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
