package org.onewindow.localstack;

import java.nio.file.Path;

/** Where one stack keeps its state: everything lives under one data directory, so wiping is one delete. */
public record StackLayout(Path projectRoot, Path dataDir) {

    public StackLayout {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path postgresData() {
        return dataDir.resolve("postgres");
    }

    /** The object store's files (S3Proxy's filesystem backend): one directory per bucket, beside PostgreSQL's data. */
    public Path objectData() {
        return dataDir.resolve("objects");
    }

    /** Where the PostgreSQL binaries are unpacked; kept so the unpacking happens once. */
    public Path postgresRuntime() {
        return dataDir.resolve("pg-runtime");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path keysDir() {
        return dataDir.resolve("keys");
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public Path logFile(String processName) {
        return logsDir().resolve(processName + ".log");
    }

    /** Children of the last launcher, so a run after a hard kill can stop what survived it. */
    public Path pidFile() {
        return dataDir.resolve("pids");
    }

    public Path serviceJar(ServiceModule module) {
        return projectRoot.resolve(module.module()).resolve("target").resolve(module.module() + ".jar");
    }
}
