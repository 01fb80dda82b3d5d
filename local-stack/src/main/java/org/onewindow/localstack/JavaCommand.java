package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Command lines for child JVMs: the same {@code java} as the launcher, and, for a main class from the
 * launcher's own dependencies (the Kafka broker, the storage tool), the launcher's own class path.
 */
final class JavaCommand {

    private static final String BOOT_LOADER_PACKAGE = "org.springframework.boot.loader.";
    private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final String classPath;

    JavaCommand(String classPath) {
        this.classPath = classPath;
    }

    /** The class path this JVM runs with, made absolute so a child works from any directory. */
    static JavaCommand ofThisJvm() {
        String absolute = java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        return new JavaCommand(absolute);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <jvmOptions> -cp <class path> <mainClass> <args>}, through Boot's loader when needed. */
    List<String> mainClass(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        if (isBootExecutableJar(classPath)) {
            // The launcher runs from its executable jar (dependencies nested in BOOT-INF/lib): a plain -cp
            // would not see them, Boot's PropertiesLauncher does and then calls loader.main.
            command.add("-Dloader.main=" + mainClass);
            command.add("-cp");
            command.add(classPath);
            command.add(PROPERTIES_LAUNCHER);
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(mainClass);
        }
        command.addAll(args);
        return command;
    }

    static boolean isBootExecutableJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        Path jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            return main != null && main.startsWith(BOOT_LOADER_PACKAGE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
    }
}
