package org.onewindow.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code kubectl kustomize <dir>}: the renderer operators use ({@code kubectl apply -k} runs the same
 * kustomize), so the test sees exactly what would be applied. Found at {@code -Dkubectl=...} (or
 * {@code $KUBECTL}) when set, else on the PATH or in /usr/bin, /usr/local/bin.
 */
final class Kubectl {

    private final Path executable;

    private Kubectl(Path executable) {
        this.executable = executable;
    }

    /** The kubectl to use, or empty when none is installed. */
    static Optional<Kubectl> find() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty("kubectl", System.getenv("KUBECTL"));
        if (configured != null && !configured.isBlank()) {
            // Named explicitly: that one or none (-Dkubectl=/nonexistent shows the skip).
            Path named = Path.of(configured);
            return Files.isExecutable(named) ? Optional.of(new Kubectl(named)) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "kubectl"));
                }
            }
        }
        candidates.add(Path.of("/usr/bin/kubectl"));
        candidates.add(Path.of("/usr/local/bin/kubectl"));
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Kubectl::new);
    }

    Path executable() {
        return executable;
    }

    /**
     * The kustomize built into this kubectl, e.g. {@code v5.5.0}. The overlays use fields of kustomize 5
     * ({@code labels}, {@code patches} with targets, {@code replicas}); Debian's old kubernetes-client 1.20 has
     * kustomize 2 and cannot render them.
     */
    String kustomizeVersion() {
        try {
            Process process = new ProcessBuilder(executable.toString(), "version", "--client")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(60, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Kustomize Version: (v[0-9][^\\s]*)").matcher(out);
            return m.find() ? m.group(1) : "unknown (" + out.strip() + ")";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rendered multi-document YAML of a kustomization directory; fails with kubectl's own message. */
    String kustomize(Path directory) {
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(executable.toString(), "kustomize", directory.toString())
                    .redirectError(err.toFile())
                    .start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + directory + " did not finish within 120 s");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed (exit " + process.exitValue()
                        + "):\n" + stderr);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
