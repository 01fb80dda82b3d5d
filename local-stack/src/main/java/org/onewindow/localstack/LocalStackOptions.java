package org.onewindow.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start a stack. {@link #defaults(Path)} is what {@code run-local.sh} uses; system tests take a fresh
 * data directory under {@code target/}, a port offset, and keep the rest.
 *
 * @param projectRoot      the repository root (holds {@code <module>/target/<module>.jar})
 * @param dataDir          database files, broker log, keys, logs; kept between runs
 * @param wipe             delete {@code dataDir} first
 * @param portOffset       added to every port (0 = the documented ports)
 * @param demoData         passes {@code --onewindow.demo-data}
 * @param serviceJvmOptions options of each service JVM
 * @param readinessTimeout how long each service may take to report ready (also bounds the broker's start)
 * @param fast             PostgreSQL without fsync, synchronous commit and full-page writes: faster, but a crash of
 *                         PostgreSQL or of the machine can lose the last commits or corrupt the data directory. For
 *                         throwaway data only ({@code --fast}, the system tests); off by default since the data is kept
 * @param instances        JVMs per service ({@code --instances}); one each by default
 */
public record LocalStackOptions(
        Path projectRoot,
        Path dataDir,
        boolean wipe,
        int portOffset,
        boolean demoData,
        List<String> serviceJvmOptions,
        Duration readinessTimeout,
        boolean fast,
        ServiceInstances instances) {

    /**
     * Small heaps and serial GC (six JVMs share two cores), with the JVM's full tiered compilation: C1-only
     * ({@code -XX:TieredStopAtLevel=1}) started no faster on the shared machine and spent more CPU per request
     * under load (no C2 intrinsics, e.g. for RSA), for about 45 MB less RSS per JVM. Measured in
     * docs/operations.md; {@code --service-jvm-options} overrides.
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-Xss512k",
            // a JVM out of heap ends instead of living on half-dead (seen: the gateway's acceptor thread died of it
            // and the port stayed open, answering nothing); a supervisor restarts what ends
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m", "-Duser.timezone=Asia/Shanghai",
            // idle pools of one connection: every pooled connection is a PostgreSQL backend of ~20 MB RSS, and
            // five per service were a quarter of the stack's RSS (docs/monitor.md "Memory"). Under load a pool still
            // grows to its maximum; a connection above one closes after 10 s unused (Hikari's minimum), checked
            // every 10 s instead of Hikari's default 30 s
            "-Dspring.datasource.hikari.minimum-idle=1", "-Dspring.datasource.hikari.idle-timeout=10000",
            "-Dcom.zaxxer.hikari.housekeeping.periodMs=10000");

    public LocalStackOptions(Path projectRoot, Path dataDir, boolean wipe, int portOffset, boolean demoData,
                             List<String> serviceJvmOptions, Duration readinessTimeout, boolean fast) {
        this(projectRoot, dataDir, wipe, portOffset, demoData, serviceJvmOptions, readinessTimeout, fast, ServiceInstances.ONE_EACH);
    }

    public LocalStackOptions {
        java.util.Objects.requireNonNull(instances, "instances");
        projectRoot = projectRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        serviceJvmOptions = List.copyOf(serviceJvmOptions);
        new Ports(portOffset); // validates the offset early
        if (readinessTimeout.isNegative() || readinessTimeout.isZero()) {
            throw new IllegalArgumentException("readiness timeout must be positive, was " + readinessTimeout);
        }
    }

    public static LocalStackOptions defaults(Path projectRoot) {
        return new LocalStackOptions(projectRoot, projectRoot.resolve(".local"), false, 0, true,
                DEFAULT_SERVICE_JVM_OPTIONS, Duration.ofSeconds(240), false);
    }

    public LocalStackOptions withDataDir(Path value) {
        return new LocalStackOptions(projectRoot, value, wipe, portOffset, demoData, serviceJvmOptions, readinessTimeout, fast, instances);
    }

    public LocalStackOptions withWipe(boolean value) {
        return new LocalStackOptions(projectRoot, dataDir, value, portOffset, demoData, serviceJvmOptions, readinessTimeout, fast, instances);
    }

    public LocalStackOptions withPortOffset(int value) {
        return new LocalStackOptions(projectRoot, dataDir, wipe, value, demoData, serviceJvmOptions, readinessTimeout, fast, instances);
    }

    public LocalStackOptions withDemoData(boolean value) {
        return new LocalStackOptions(projectRoot, dataDir, wipe, portOffset, value, serviceJvmOptions, readinessTimeout, fast, instances);
    }

    public LocalStackOptions withServiceJvmOptions(List<String> value) {
        return new LocalStackOptions(projectRoot, dataDir, wipe, portOffset, demoData, value, readinessTimeout, fast, instances);
    }

    public LocalStackOptions withReadinessTimeout(Duration value) {
        return new LocalStackOptions(projectRoot, dataDir, wipe, portOffset, demoData, serviceJvmOptions, value, fast, instances);
    }

    public LocalStackOptions withFast(boolean value) {
        return new LocalStackOptions(projectRoot, dataDir, wipe, portOffset, demoData, serviceJvmOptions, readinessTimeout, value, instances);
    }

    public LocalStackOptions withInstances(ServiceInstances value) {
        return new LocalStackOptions(projectRoot, dataDir, wipe, portOffset, demoData, serviceJvmOptions, readinessTimeout, fast, value);
    }

    public Ports ports() {
        return new Ports(portOffset);
    }

    public StackLayout layout() {
        return new StackLayout(projectRoot, dataDir);
    }
}
