package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What makes a service JVM start on a fraction of the CPU (docs/benchmarks.md "Service start-up"): its Boot jar
 * extracted ({@code java -Djarmode=tools -jar … extract}: classes from plain jars, not from jars nested in a jar) and,
 * on JDK 25 and newer, an ahead-of-time cache (JEP 483, 514) of the classes it loaded and linked, which the first start
 * records and writes when it stops. Kept beside the jar ({@code <module>/target/start-cache/}), so every stack started
 * from one build shares it: the system tests' stack trains, the later stacks and restarts use it. A jar rebuilt with
 * other content, or another JDK, empties it. A JVM that cannot use the cache (other options, a damaged file) warns
 * and starts without it.
 *
 * @param jar the service's jar as the build left it
 */
record StartupCache(Path jar) {

    /** The AOT cache's flags exist from JDK 25 on; JDK 21 refuses to start with them. */
    static final boolean AOT_SUPPORTED = Runtime.version().feature() >= 25;

    /** A stopping JVM that trained writes its cache before it exits: seconds when quiet, a minute when seven do at once. */
    static final Duration TRAINING_GRACE = Duration.ofSeconds(180);

    Path dir() {
        return jar.resolveSibling("start-cache");
    }

    Path aotCache() {
        return dir().resolve("app.aot");
    }

    private Path extracted() {
        return dir().resolve("app").resolve(jar.getFileName());
    }

    private Path stamp() {
        return dir().resolve("stamp");
    }

    /**
     * Extracts the jar when it or the JDK changed since the last extraction (and drops the AOT cache trained on the old
     * one); under a file lock, since two stacks of one checkout may start at once. Returns false when the jar could not
     * be extracted (its {@code extract.log} says why): the service then starts from its jar, as without a cache.
     */
    boolean prepare() {
        try (FileChannel lock = FileChannel.open(jar.resolveSibling("start-cache.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); var held = lock.lock()) {
            dropAbandonedTraining();
            String expected = "jar " + contentKey() + "\njdk " + System.getProperty("java.home") + " " + Runtime.version()
                    + "\n";
            if (Files.isRegularFile(stamp()) && Files.readString(stamp()).equals(expected)) {
                return true;
            }
            LocalStack.deleteTree(dir());
            Files.createDirectories(dir());
            if (JavaCommand.isBootExecutableJar(jar.toString()) && !extract()) {
                return false;
            }
            Files.writeString(stamp(), expected);
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The jar's entries (name, size, CRC-32) digested: a jar rebuilt from the same classes keeps its key (the build's
     * jars are reproducible, and {@code ./run-local.sh} rebuilds them at every start), one with any class changed gets
     * another. Read from the zip's directory, not the 60-80 MB of bytes.
     */
    private String contentKey() throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().forEach(entry -> digest.update(
                    (entry.getName() + " " + entry.getSize() + " " + entry.getCrc() + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private boolean extract() throws IOException {
        Path log = dir().resolve("extract.log");
        Process process = new ProcessBuilder(JavaCommand.javaExecutable(), "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", extracted().getParent().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!ProcessTree.awaitExit(process.toHandle(), Duration.ofSeconds(120))) {
                process.destroyForcibly();
            }
            return !process.isAlive() && process.exitValue() == 0 && Files.isRegularFile(extracted());
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * How one start is given its code.
     *
     * @param arguments the JVM arguments from {@code -XX:AOT…} to the jar
     * @param training  where this start writes the AOT cache it trains, or null when it does not train
     */
    record Launch(List<String> arguments, Path training) {
    }

    /**
     * {@code -jar} with the extracted jar when there is one, preceded by {@code -XX:AOTCache} once a cache is trained,
     * or by {@code -XX:AOTCacheOutput=training} when a start that may train finds none (warnings of classes it cannot
     * keep quieted: two hundred lines of them in each service's log).
     *
     * @param training where this start would train, or null when it must not (not the first instance)
     */
    Launch launch(Path training) {
        // The stamp is written last: an extraction cut short leaves none, and the jar is used instead.
        boolean prepared = Files.isRegularFile(stamp());
        String code = prepared && Files.isRegularFile(extracted()) ? extracted().toString() : jar.toString();
        if (AOT_SUPPORTED && prepared && Files.isRegularFile(aotCache())) {
            return new Launch(List.of("-XX:AOTCache=" + aotCache(), "-jar", code), null);
        }
        if (AOT_SUPPORTED && prepared && training != null) {
            return new Launch(List.of("-XX:AOTCacheOutput=" + training, "-Xlog:aot*=error", "-jar", code), training);
        }
        return new Launch(List.of("-jar", code), null);
    }

    /** Where a start of this launcher trains; the launcher's pid in the name keeps two launchers apart. */
    Path trainingOutput(String processName) {
        return dir().resolve("training-" + ProcessHandle.current().pid() + "-" + processName + ".aot");
    }

    /** After a training JVM ended: its cache becomes the one used if it stopped in time, else it is dropped. */
    void trainingEnded(Path training, boolean completed) {
        try {
            if (completed && Files.isRegularFile(training) && Files.size(training) > 0) {
                Files.move(training, aotCache(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(training);
            Files.deleteIfExists(training.resolveSibling(training.getFileName() + ".config"));
        } catch (IOException e) {
            // stopping goes on: the next first start trains again
        }
    }

    /** Training files left by launchers that are gone (killed while their services stopped). */
    private void dropAbandonedTraining() {
        if (!Files.isDirectory(dir())) {
            return;
        }
        try (Stream<Path> files = Files.list(dir())) {
            for (Path file : files.toList()) {
                String[] name = file.getFileName().toString().split("-", 3);
                if (name.length == 3 && name[0].equals("training") && name[1].chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(name[1])).isEmpty()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir(), e);
        }
    }
}
