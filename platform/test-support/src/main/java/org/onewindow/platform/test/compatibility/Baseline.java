package org.onewindow.platform.test.compatibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * A document integrators build on, committed under the module's {@value #FOLDER}, and the gate around it: the
 * current document is compared with the committed one; a breaking change fails the calling test with each break
 * and how to accept it; compatible changes pass and are printed so the baseline gets refreshed. With
 * {@code -D}{@value #ACCEPT_PROPERTY}{@code =true} the file is rewritten from the current document and the test
 * passes: the deliberate way to change what integrators see (with an entry in docs/changelog.md).
 */
public final class Baseline {

    /** System property that rewrites the baselines from the current documents. */
    public static final String ACCEPT_PROPERTY = "onewindow.compatibility.accept";

    /** Folder of the baselines, relative to the module. */
    public static final String FOLDER = "src/test/resources/compatibility/";

    private final Class<?> test;
    private final Path module;
    private final Path file;

    private Baseline(Class<?> test, Path module, String fileName) {
        this.test = test;
        this.module = module;
        this.file = module.resolve(FOLDER).resolve(fileName);
    }

    /**
     * The baseline {@code fileName} of the module the test runs in (Surefire's {@code basedir}, else the working
     * directory, which Maven sets to the module).
     */
    public static Baseline of(Class<?> test, String fileName) {
        Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        return new Baseline(test, module, fileName);
    }

    /**
     * The gate of a service's OpenAPI document: {@code openApiJson} (as served at /v3/api-docs) against the
     * module's {@code compatibility/openapi.json}.
     */
    public static CompatibilityReport verifyOpenApi(Class<?> test, String openApiJson) {
        return of(test, "openapi.json").verify(CanonicalJson.parse(openApiJson), CompatibilityCheck::openApi);
    }

    /** For the gate's own tests: a baseline in another folder taken as the module. */
    static Baseline in(Path module, Class<?> test, String fileName) {
        return new Baseline(test, module, fileName);
    }

    public Path file() {
        return file;
    }

    /** The committed document (canonical already), for checks of its own (e.g. the tolerated enums exist). */
    public JsonNode read() {
        try {
            return CanonicalJson.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares {@code document} (made canonical first) with the committed baseline using {@code check}
     * (baseline, current).
     *
     * @return the report (printed already when there is anything to say)
     * @throws AssertionError on a breaking change, or when there is no baseline yet, unless accepting
     */
    public CompatibilityReport verify(JsonNode document,
            BiFunction<JsonNode, JsonNode, CompatibilityReport> check) {
        JsonNode current = CanonicalJson.of(document);
        boolean accepting = Boolean.getBoolean(ACCEPT_PROPERTY);
        if (!Files.exists(file)) {
            if (!accepting) {
                throw new AssertionError("No compatibility baseline at " + file + ". Create it from the current "
                        + "document with:\n  " + acceptCommand());
            }
            write(current);
            System.out.println("[compatibility] baseline created: " + file);
            return new CompatibilityReport(List.of());
        }
        JsonNode baseline = read();
        CompatibilityReport report = check.apply(baseline, current);
        boolean identical = baseline.equals(current);
        if (accepting) {
            if (!identical) {
                write(current);
                System.out.println("[compatibility] baseline rewritten: " + file + "\n" + list(report.changes())
                        + "  Record what integrators see in docs/changelog.md.");
            }
            return report;
        }
        if (report.hasBreakingChanges()) {
            throw new AssertionError("Breaking changes for integrators in " + shown() + " ("
                    + report.breaking().size() + "):\n" + list(report.breaking())
                    + (report.compatible().isEmpty() ? "" : "Compatible changes too:\n" + list(report.compatible()))
                    + "If the change is on purpose: add an entry to docs/changelog.md (what integrators see and what "
                    + "they must do; a breaking event change needs a new event version), then accept it, which "
                    + "rewrites the baseline:\n  " + acceptCommand() + "\nand commit the baseline with the change.");
        }
        if (!identical) {
            System.out.println("[compatibility] " + shown() + " is out of date, with no breaking "
                    + "change" + (report.changes().isEmpty() ? " (descriptions, examples or order only)" : ":\n"
                    + list(report.compatible())) + "\n  Refresh it (and add the additions to docs/changelog.md):\n  "
                    + acceptCommand());
        }
        return report;
    }

    /** The command that rewrites this baseline, from the repository's root. */
    public String acceptCommand() {
        String modulePath = repositoryRoot().relativize(module).toString();
        return "./mvnw -q -B -ntp -pl " + (modulePath.isEmpty() ? "." : modulePath) + " -am verify "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dtest=" + test.getSimpleName() + " -D" + ACCEPT_PROPERTY
                + "=true";
    }

    /** The repository's root: the nearest folder up from the module with {@code mvnw} (the module if none has). */
    public Path repositoryRoot() {
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return module;
    }

    private Path shown() {
        return repositoryRoot().relativize(file);
    }

    private void write(JsonNode current) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, CanonicalJson.write(current), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String list(List<Change> changes) {
        return changes.stream().map(c -> "  - " + c + "\n").collect(Collectors.joining());
    }
}
