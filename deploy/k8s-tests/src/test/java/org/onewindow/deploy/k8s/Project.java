package org.onewindow.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Facts about the repository the manifests must follow: its modules, their ports, their consumer groups. */
final class Project {

    private static final Pattern FOR_GROUP = Pattern.compile("EventSubscription\\s*\\.\\s*forGroup\\(\\s*\"([^\"]+)\"");

    private Project() {
    }

    static Path root() {
        return Path.of(System.getProperty("onewindow.project-root", "../..")).toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    /** Modules of the root pom that run as a service: {@code *-service} and {@code gateway} (as DockerComposeFileTest). */
    static List<String> serviceModules() {
        try {
            var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root().resolve("pom.xml").toFile());
            NodeList modules = ((Element) pom.getElementsByTagName("modules").item(0)).getElementsByTagName("module");
            List<String> result = new ArrayList<>();
            for (int i = 0; i < modules.getLength(); i++) {
                String module = modules.item(i).getTextContent().trim();
                if (module.endsWith("-service") || module.equals("gateway")) {
                    result.add(module);
                }
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the root pom's modules", e);
        }
    }

    /** The module's own application.yml (its default port, whether it has a datasource). */
    static com.fasterxml.jackson.databind.JsonNode applicationYml(String module) {
        try {
            return Manifests.YAML.readTree(root().resolve(module).resolve("src/main/resources/application.yml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Consumer groups declared in the service modules' main code ({@code EventSubscription.forGroup("...")}). */
    static TreeSet<String> consumerGroups() {
        TreeSet<String> groups = new TreeSet<>();
        for (String module : serviceModules()) {
            Path sources = root().resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = FOR_GROUP.matcher(Files.readString(file));
                    while (matcher.find()) {
                        groups.add(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return groups;
    }
}
