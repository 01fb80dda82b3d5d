package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One service (or the gateway) as its own JVM, its output appended to its own log file. */
final class ServiceProcess {

    private final ServiceModule module;
    private final ServiceInstances.Instance instance;
    private final List<String> command;
    private final Path jar;
    private final Path logFile;
    private final URI baseUrl;
    private final StartupCache startupCache;
    private Process process;
    private Instant startedAt;
    /** Where the running JVM writes the AOT cache it trains, or null when it does not train. */
    private Path training;

    ServiceProcess(ServiceModule module, List<String> command, Path jar, Path logFile, URI baseUrl) {
        this(new ServiceInstances.Instance(module, 1), command, jar, logFile, baseUrl);
    }

    ServiceProcess(ServiceInstances.Instance instance, List<String> command, Path jar, Path logFile, URI baseUrl) {
        this.instance = instance;
        this.module = instance.module();
        this.command = List.copyOf(command);
        this.jar = jar;
        this.logFile = logFile;
        this.baseUrl = baseUrl;
        this.startupCache = new StartupCache(jar);
    }

    /** The command line the architecture fixes: standard Spring properties, everything on 127.0.0.1. */
    static ServiceProcess of(ServiceModule module, LocalStackOptions options, KeyFiles keys) {
        return of(new ServiceInstances.Instance(module, 1), options, keys);
    }

    /**
     * One instance. With several instances of a service, each also names itself to PostgreSQL ({@code ApplicationName},
     * so {@code pg_stat_activity} shows which holds the outbox relay's lock) and to Kafka ({@code client.id}, so the
     * consumer group shows which owns a partition); the gateway gets the instance list (docs/operations.md).
     */
    static ServiceProcess of(ServiceInstances.Instance instance, LocalStackOptions options, KeyFiles keys) {
        ServiceModule module = instance.module();
        boolean several = options.instances().several(module);
        StackLayout layout = options.layout();
        Ports ports = options.ports();
        Path jar = layout.serviceJar(module);
        List<String> command = new ArrayList<>();
        command.add(JavaCommand.javaExecutable());
        command.addAll(options.serviceJvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + ports.service(instance));
        command.add("--server.address=127.0.0.1");
        if (module.ownsDatabase()) {
            command.add("--spring.datasource.url=" + ports.jdbcUrl(module.serviceName())
                    + (several ? "?ApplicationName=" + instance.label() : ""));
            command.add("--spring.datasource.username=" + Postgres.USER);
            command.add("--spring.datasource.password=" + Postgres.PASSWORD);
            command.add("--spring.kafka.bootstrap-servers=" + ports.kafkaBootstrapServers());
            command.addAll(ObjectStoreServer.serviceArguments(ports.objectStoreEndpoint()));
            if (several) {
                command.add("--spring.kafka.client-id=" + instance.label());
            }
        }
        command.add("--onewindow.security.jwt.public-key-location=file:" + keys.publicKey());
        // Demo data from instance 1 only: two instances seeding one empty database at once collide (the second's
        // insert of the same department is a StateConflict and it exits), and the data is shared anyway.
        command.add("--onewindow.demo-data=" + (options.demoData() && instance.number() == 1));
        // Boot enables the readiness group only on Kubernetes by default; the launcher waits on it.
        command.add("--management.endpoint.health.probes.enabled=true");
        if (module == ServiceModule.REVIEW) { // the electronic licence's QR code points at this stack's gateway
            command.add("--onewindow.review.licences.verification-base-url=http://127.0.0.1:"
                    + ports.service(ServiceModule.GATEWAY));
        }
        if (module == ServiceModule.GATEWAY) {
            for (ServiceModule backend : ServiceModule.backendServices()) {
                command.add("--onewindow.routes." + backend.serviceName() + "=http://127.0.0.1:" + ports.service(backend));
                for (int k = 1; options.instances().several(backend) && k <= options.instances().count(backend); k++) {
                    command.add("--spring.cloud.discovery.client.simple.instances." + backend.serviceName() + "[" + (k - 1)
                            + "].uri=http://127.0.0.1:" + ports.service(new ServiceInstances.Instance(backend, k)));
                }
            }
            command.add("--onewindow.dev-issuer.enabled=true");
            command.add("--onewindow.dev-issuer.private-key-location=file:" + keys.privateKey());
        }
        URI baseUrl = URI.create("http://127.0.0.1:" + ports.service(instance));
        return new ServiceProcess(instance, command, jar, layout.logFile(instance.name()), baseUrl);
    }

    ServiceModule module() {
        return module;
    }

    ServiceInstances.Instance instance() {
        return instance;
    }

    /** {@code review} for the first instance, {@code review-2} for the second. */
    String name() {
        return instance.name();
    }

    /** The command line with the service's own jar; {@link #start} runs it with the start-up cache's jar and flags. */
    List<String> command() {
        return command;
    }

    Path logFile() {
        return logFile;
    }

    URI baseUrl() {
        return baseUrl;
    }

    Path jar() {
        return jar;
    }

    StartupCache startupCache() {
        return startupCache;
    }

    /**
     * The command of the next start: {@link #command()} with the jar as {@link StartupCache#launch} gives it. The first
     * instance trains the AOT cache when there is none yet; the others start without it meanwhile.
     */
    private List<String> launchCommand() {
        int jarAt = command.indexOf("-jar");
        if (jarAt < 0) { // a command of a test
            return command;
        }
        if (training != null) { // a JVM that trained and ended without stop() (crashed, killed): its file may be partial
            startupCache.trainingEnded(training, false);
        }
        StartupCache.Launch launch = startupCache.launch(instance.number() == 1 ? startupCache.trainingOutput(name()) : null);
        training = launch.training();
        List<String> actual = new ArrayList<>(command.subList(0, jarAt));
        actual.addAll(launch.arguments());
        actual.addAll(command.subList(jarAt + 2, command.size()));
        return actual;
    }

    synchronized void start() {
        if (isRunning()) {
            return;
        }
        if (!Files.isRegularFile(jar)) {
            throw new StartFailure(name(), "is not built: " + jar + " is missing. Build it with: ./mvnw -q -DskipTests install"
                    + " (or ./run-local.sh without --no-build)", logFile);
        }
        try {
            List<String> actual = launchCommand();
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "==== " + Instant.now() + " starting " + name() + ": " + String.join(" ", actual) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(ProcessTree.ownSession(actual))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            startedAt = Instant.now();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name(), e);
        }
    }

    synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The exit code if the process was started and has ended. */
    synchronized Optional<Integer> exitCode() {
        return process == null || process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    synchronized Optional<ProcessHandle> handle() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    synchronized Instant startedAt() {
        return startedAt;
    }

    /**
     * SIGTERM lets Spring close consumers and pools; after 20 s the whole process tree is killed (a JVM that trains
     * the AOT cache gets {@link StartupCache#TRAINING_GRACE} to write it).
     */
    void stop() {
        Optional<ProcessHandle> handle = handle();
        Path trained;
        synchronized (this) {
            trained = training;
            training = null;
        }
        // Only a JVM that was running when asked to stop wrote its cache whole: one killed before may have left half.
        boolean wasRunning = handle.map(ProcessHandle::isAlive).orElse(false);
        Duration grace = trained == null ? Duration.ofSeconds(20) : StartupCache.TRAINING_GRACE;
        boolean graceful = handle.map(h -> ProcessTree.stop(h, grace)).orElse(false);
        if (trained != null) {
            startupCache.trainingEnded(trained, wasRunning && graceful);
        }
    }
}
