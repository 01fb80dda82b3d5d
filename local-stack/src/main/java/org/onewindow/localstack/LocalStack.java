package org.onewindow.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one-command local stack: PostgreSQL (in this JVM's care), one KRaft broker, the topics, then the five
 * services and the gateway, each its own JVM on 127.0.0.1, with demo data.
 *
 * <p>From code (system tests): {@code try (RunningStack stack = LocalStack.start(options)) { ... }}. From the
 * shell: {@code ./run-local.sh [--wipe]}, which runs {@link #main}.
 */
public final class LocalStack {

    private static final int LOG_TAIL_LINES = 40;
    static final Duration POSTGRES_STARTUP_WAIT = Duration.ofSeconds(120);

    private final LocalStackOptions options;
    private final Console console;
    /** From the JVM's own start, so the figure includes starting the launcher. */
    private final Instant launchedAt = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    private final PidFile pids;
    private final List<ServiceProcess> services = new ArrayList<>();
    private Postgres postgres;
    private KafkaBroker kafka;
    private ObjectStoreServer objectStore;
    private boolean stopping;

    LocalStack(LocalStackOptions options, Console console) {
        this.options = options;
        this.console = console;
        this.pids = new PidFile(options.layout().pidFile());
    }

    /** Starts everything and returns once every service is ready; on failure stops what it started and throws. */
    public static RunningStack start(LocalStackOptions options) {
        return new LocalStack(options, Console.silent()).start();
    }

    /**
     * As {@link #start(LocalStackOptions)}, printing each step and every change of the services' readiness with the
     * seconds since this JVM started (no in-place progress line): a test log then shows where a start hung or failed.
     */
    public static RunningStack start(LocalStackOptions options, PrintStream progress) {
        return new LocalStack(options, new Console(progress, false)).start();
    }

    RunningStack start() {
        StackLayout layout = options.layout();
        Ports ports = options.ports();
        try {
            prepare(layout);
            List<ServiceProcess> planned = new ArrayList<>();
            KeyFiles keys = new KeyFiles(layout.keysDir()).ensureExist();
            requireJars(layout);
            requireFreePorts(ports, options.instances());

            step("Kafka broker starting on " + ports.kafkaBootstrapServers() + " (KRaft, own JVM)");
            KafkaBroker broker;
            synchronized (this) {
                refuseWhenStopping("kafka");
                broker = KafkaBroker.launch(layout, ports, JavaCommand.ofThisJvm());
                kafka = broker;
                pids.record("kafka", broker.handle());
            }

            step("PostgreSQL starting on 127.0.0.1:" + ports.postgres() + " (data in " + layout.postgresData() + "), "
                    + (options.fast() ? "FAST: fsync, synchronous_commit and full_page_writes OFF; a crash of PostgreSQL"
                            + " or of the machine can lose the last commits or damage the data (throwaway data only)"
                            : "durable: fsync, synchronous_commit and full_page_writes on (--fast turns them off)"));
            stopOrphanedPostmaster(layout);
            Postgres database;
            synchronized (this) {
                // Holding the lock: a Ctrl-C meanwhile waits, then finds the server to stop.
                refuseWhenStopping("postgres");
                database = Postgres.start(layout, ports.postgres(), options.fast(), POSTGRES_STARTUP_WAIT);
                postgres = database;
                database.postmaster().ifPresent(h -> pids.record("postgres", h));
            }
            database.createDatabases(ServiceModule.backendServices().stream().map(ServiceModule::serviceName).toList());
            synchronized (this) {
                refuseWhenStopping("object store");
                objectStore = ObjectStoreServer.start(layout, ports.objectStore());
            }
            step("object store (S3Proxy, in this JVM) on " + objectStore.endpoint() + ", bucket "
                    + ObjectStoreServer.BUCKET + " (data in " + layout.objectData() + ")");

            // The broker JVM starts while PostgreSQL unpacks and initialises: on a loaded machine that takes minutes.
            broker.awaitReady(options.readinessTimeout());
            try (var admin = broker.admin()) {
                List<String> created = Topics.createMissing(admin);
                step("Kafka ready; topics " + (created.isEmpty() ? "already exist" : "created: " + String.join(", ", created)));
            }

            for (ServiceInstances.Instance instance : options.instances().all()) {
                planned.add(ServiceProcess.of(instance, options, keys));
            }
            prepareStartupCaches(planned);
            step("starting " + planned.size() + " service JVMs (logs in " + layout.logsDir() + ")");
            for (ServiceProcess service : planned) {
                synchronized (this) {
                    refuseWhenStopping(service.name());
                    services.add(service);
                    service.start();
                    service.handle().ifPresent(h -> pids.record(service.name(), h));
                }
            }
            ReadinessWait wait = new ReadinessWait(new Readiness(), console, options.readinessTimeout(), launchedAt);
            wait.await(planned);
            Map<ServiceInstances.Instance, ServiceProcess> byInstance = new LinkedHashMap<>();
            planned.forEach(s -> byInstance.put(s.instance(), s));
            return new RunningStack(this, options, database, broker, byInstance, pids, wait,
                    Duration.between(launchedAt, Instant.now()));
        } catch (RuntimeException | Error e) {
            // Errors too (an OutOfMemoryError while unpacking PostgreSQL, zonky's ExceptionInInitializerError): the
            // broker runs in its own session and would otherwise outlive this JVM, holding its ports.
            stop();
            throw e;
        }
    }

    /** Each service's jar extracted and its AOT cache found, one JVM per jar at once (docs/operations.md). */
    private void prepareStartupCaches(List<ServiceProcess> planned) {
        List<StartupCache> caches = planned.stream().map(ServiceProcess::startupCache).distinct().toList();
        List<java.util.concurrent.Future<Boolean>> prepared = new ArrayList<>(); // prepare() does not throw
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            caches.forEach(cache -> prepared.add(executor.submit(cache::prepare)));
        }
        List<String> unextracted = new ArrayList<>();
        for (int i = 0; i < caches.size(); i++) {
            if (!prepared.get(i).resultNow()) {
                unextracted.add(caches.get(i).jar().getFileName() + " (" + caches.get(i).dir().resolve("extract.log") + ")");
            }
        }
        long trained = caches.stream().filter(c -> Files.isRegularFile(c.aotCache())).count();
        step("start-up caches beside the jars: " + (StartupCache.AOT_SUPPORTED
                ? trained + " of " + caches.size() + " AOT caches trained" + (trained < caches.size()
                        ? " (the others train on this start and write theirs as they stop)" : "")
                : "no AOT cache on JDK " + Runtime.version().feature() + " (25 or newer has them)")
                + (unextracted.isEmpty() ? "" : "; not extracted, started from the jar: " + String.join(", ", unextracted)));
    }

    /** Stops everything started so far, in order; safe to call twice and from a shutdown hook. */
    void stop() {
        List<ServiceProcess> toStop;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = List.copyOf(services);
        }
        RunningStack.stopAll(toStop, kafka, postgres);
        if (objectStore != null) {
            objectStore.close();
        }
        pids.clear();
    }

    /** A broker restarted after a crash ({@link RunningStack#restart}): the one to stop at the end. */
    synchronized void replaced(KafkaBroker broker) {
        kafka = broker;
    }

    /** A PostgreSQL restarted after a crash ({@link RunningStack#restart}): the one to stop at the end. */
    synchronized void replaced(Postgres database) {
        postgres = database;
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    private void refuseWhenStopping(String name) {
        if (stopping) {
            throw new StartFailure(name, "not started: the stack is stopping", null);
        }
    }

    private void prepare(StackLayout layout) {
        List<String> leftovers = PidFile.stopLeftovers(layout.pidFile());
        if (!leftovers.isEmpty()) {
            step("stopped processes left running by an earlier launcher: " + String.join(", ", leftovers));
        }
        if (options.wipe()) {
            wipe(layout);
            step("wiped " + layout.dataDir());
        }
    }

    static void wipe(StackLayout layout) {
        Path dir = layout.dataDir();
        if (layout.projectRoot().startsWith(dir) || dir.getNameCount() < 2) {
            throw new IllegalArgumentException("Refusing to wipe " + dir + ": it contains the project or is too close to /");
        }
        deleteTree(dir);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    private void stopOrphanedPostmaster(StackLayout layout) {
        Postgres.orphanedPostmasterOf(layout.postgresData()).ifPresent(orphan -> {
            step("stopping a PostgreSQL left running on " + layout.postgresData() + " (pid " + orphan.pid() + ")");
            ProcessTree.stop(orphan, Duration.ofSeconds(20));
        });
    }

    private static void requireJars(StackLayout layout) {
        List<String> missing = new ArrayList<>();
        for (ServiceModule module : ServiceModule.values()) {
            if (!Files.isRegularFile(layout.serviceJar(module))) {
                missing.add(layout.projectRoot().relativize(layout.serviceJar(module)).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new StartFailure(String.join(", ", missing), "not built. Build with: ./mvnw -q -DskipTests install"
                    + " (./run-local.sh does it unless --no-build)", null);
        }
    }

    private static void requireFreePorts(Ports ports, ServiceInstances instances) {
        List<Integer> wanted = new ArrayList<>(List.of(ports.postgres(), ports.kafka(), ports.kafkaController(),
                ports.objectStore()));
        for (ServiceInstances.Instance instance : instances.all()) {
            wanted.add(ports.service(instance));
        }
        List<Integer> busy = wanted.stream().filter(port -> !isFree(port)).toList();
        if (!busy.isEmpty()) {
            throw new StartFailure("ports " + busy, "already in use on 127.0.0.1: is another stack running? "
                    + "Stop it, or use --port-offset", null);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void step(String message) {
        console.step(Duration.between(launchedAt, Instant.now()), message);
    }

    // ---- command line ----------------------------------------------------------------------------------

    public static void main(String[] args) {
        // Before any logger exists; a plain logback.xml in this jar would hijack the system tests' logging.
        System.setProperty("logback.configurationFile", "localstack-logback.xml");
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args, Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (commandLine.help()) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        Console console = Console.system();
        LocalStack launcher = new LocalStack(commandLine.options(), console);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            console.message("Stopping: services, then Kafka, then PostgreSQL …");
            launcher.stop();
            console.message("Stopped; nothing left running.");
        }, "local-stack-shutdown"));
        RunningStack stack;
        try {
            stack = launcher.start();
        } catch (StartFailure failure) {
            console.failure(failure, LOG_TAIL_LINES);
            System.exit(1);
            return;
        }
        console.ready(stack, stack.startupTime());
        // Unpacking PostgreSQL and starting things grew the heap; while idling the launcher needs little.
        System.gc();
        if (commandLine.measureAfter() != null) {
            KafkaBroker.sleepQuietly(commandLine.measureAfter());
            console.message(Measurement.report(stack, commandLine.measureAfter()));
            System.exit(0);
        }
        watch(launcher, stack, console);
    }

    /** Reports a process that dies after the start (with its log tail) and keeps the others running. */
    private static void watch(LocalStack launcher, RunningStack stack, Console console) {
        Map<String, Boolean> reported = new LinkedHashMap<>();
        while (!Thread.currentThread().isInterrupted() && !launcher.isStopping()) {
            for (ServiceProcess service : stack.serviceProcesses()) {
                if (!launcher.isStopping() && service.exitCode().isPresent() && reported.putIfAbsent(service.name(), true) == null) {
                    console.failure(new StartFailure(service.name(), "exited with code " + service.exitCode().get()
                            + "; the rest keeps running", service.logFile()), LOG_TAIL_LINES);
                }
            }
            KafkaBroker.sleepQuietly(Duration.ofSeconds(1));
        }
    }
}
