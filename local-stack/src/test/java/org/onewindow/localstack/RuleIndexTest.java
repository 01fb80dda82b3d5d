package org.onewindow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md's "Where to find a rule" names every problem type the services can answer and every rule
 * code in a service's sources, so an integrator who gets one finds its home. Read from the sources, not from a list.
 */
class RuleIndexTest {

    private static final Path ROOT = Path.of(System.getProperty("onewindow.project-root", "..")).toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("catalog", "intake", "review", "supervision", "rating", "monitor");
    /** {@code ProblemKind} constants: {@code NAME("slug", HttpStatus....}. */
    private static final Pattern PROBLEM_KIND = Pattern.compile("^\\s+[A-Z_]+\\(\"([a-z-]+)\", HttpStatus", Pattern.MULTILINE);
    /** Rule codes: {@code "<area>.<words-with-hyphens>"}; names with no hyphen are field paths. */
    private static final Pattern RULE_CODE = Pattern.compile("\"([a-z]+\\.[a-z0-9]+-[a-z0-9-]*[a-z0-9])\"");

    private static String index() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
        int start = doc.indexOf("## Where to find a rule");
        assertThat(start).as("docs/architecture.md has the section").isNotNegative();
        int end = doc.indexOf("\n## ", start + 3);
        return end < 0 ? doc.substring(start) : doc.substring(start, end);
    }

    private static TreeSet<String> matches(Pattern pattern, Path file) {
        TreeSet<String> found = new TreeSet<>();
        try {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                found.add(m.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    @Test
    void every_problem_type_has_a_row() throws IOException {
        TreeSet<String> types = matches(PROBLEM_KIND,
                ROOT.resolve("platform/web/src/main/java/org/onewindow/platform/web/problems/ProblemKind.java"));
        String index = index();

        assertThat(types).hasSizeGreaterThan(20);
        assertThat(types).allSatisfy(type -> assertThat(index).contains("`" + type + "`"));
    }

    @Test
    void every_rule_code_in_a_service_is_in_the_index() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        for (String service : SERVICES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(service + "-service/src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> codes.addAll(matches(RULE_CODE, f)));
            }
        }
        codes.removeIf(code -> code.startsWith("onewindow."));
        String index = index();

        assertThat(codes).hasSizeGreaterThan(100);
        assertThat(codes).allSatisfy(code -> assertThat(index).contains("`" + code + "`"));
    }
}
