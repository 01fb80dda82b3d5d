package org.onewindow.platform.test.compatibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onewindow.platform.test.compatibility.OpenApiCompatibilityTest.API;
import static org.onewindow.platform.test.compatibility.OpenApiCompatibilityTest.json;
import static org.onewindow.platform.test.compatibility.OpenApiCompatibilityTest.object;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The committed baseline: created and rewritten only on purpose, failing with how to accept a break. */
class BaselineTest {

    private static final String NOTE = "/components/schemas/Case/properties/note";

    @TempDir
    Path module;

    @AfterEach
    void stopAccepting() {
        System.clearProperty(Baseline.ACCEPT_PROPERTY);
    }

    private Baseline baseline() {
        return Baseline.in(module, BaselineTest.class, "openapi.json");
    }

    private CompatibilityReport verify(JsonNode document) {
        return baseline().verify(document, CompatibilityCheck::openApi);
    }

    private String committed() throws Exception {
        return Files.readString(baseline().file(), StandardCharsets.UTF_8);
    }

    @Test
    void without_a_baseline_the_gate_fails_and_says_how_to_create_one() {
        assertThatThrownBy(() -> verify(json(API)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No compatibility baseline at")
                .hasMessageContaining("-Dtest=BaselineTest -Donewindow.compatibility.accept=true");
        assertThat(baseline().file()).doesNotExist();
    }

    @Test
    void accepting_writes_a_canonical_baseline_that_the_same_document_in_another_order_then_matches() throws Exception {
        System.setProperty(Baseline.ACCEPT_PROPERTY, "true");
        verify(json(API));
        String written = committed();
        System.clearProperty(Baseline.ACCEPT_PROPERTY);

        assertThat(written).doesNotContain("servers").doesNotContain("localhost").endsWith("}\n");
        assertThat(written.indexOf("\"components\"")).isLessThan(written.indexOf("\"openapi\""))
                .isLessThan(written.indexOf("\"paths\""));
        ObjectNode reordered = (ObjectNode) json(API);
        ObjectNode paths = object(reordered, "/paths");
        paths.set("/cases/{id}", paths.remove("/cases/{id}"));
        object(reordered, "/servers/0").put("url", "http://127.0.0.1:41234");
        assertThat(verify(reordered).changes()).isEmpty();
        assertThat(committed()).isEqualTo(written);
    }

    @Test
    void a_breaking_change_fails_with_each_break_the_accept_command_and_the_changelog_and_accepting_it_passes()
            throws Exception {
        System.setProperty(Baseline.ACCEPT_PROPERTY, "true");
        verify(json(API));
        System.clearProperty(Baseline.ACCEPT_PROPERTY);
        ObjectNode broken = (ObjectNode) json(API);
        object(broken, "/components/schemas/Case/properties").remove("note");
        object(broken, "/paths").remove("/cases");

        assertThatThrownBy(() -> verify(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Breaking changes for integrators in "
                        + "src/test/resources/compatibility/openapi.json (2)")
                .hasMessageContaining("[path-removed] #/paths/~1cases: /cases")
                .hasMessageContaining("[property-removed] #/components/schemas/Case/properties/note "
                        + "(GET /cases/{id} response 200)")
                .hasMessageContaining("docs/changelog.md")
                .hasMessageContaining("-Donewindow.compatibility.accept=true");
        assertThat(json(committed()).at(NOTE).isMissingNode()).isFalse();

        System.setProperty(Baseline.ACCEPT_PROPERTY, "true");
        assertThat(verify(broken).breaking()).hasSize(2);
        System.clearProperty(Baseline.ACCEPT_PROPERTY);
        assertThat(verify(broken).changes()).isEmpty();
        assertThat(json(committed()).at(NOTE).isMissingNode()).isTrue();
    }

    @Test
    void a_compatible_change_passes_and_leaves_the_baseline_as_it_is_until_accepted() throws Exception {
        System.setProperty(Baseline.ACCEPT_PROPERTY, "true");
        verify(json(API));
        System.clearProperty(Baseline.ACCEPT_PROPERTY);
        String before = committed();
        ObjectNode added = (ObjectNode) json(API);
        object(added, "/components/schemas/Case/properties").putObject("centre").put("type", "string");

        assertThat(verify(added).compatible()).extracting(Change::rule).containsExactly(Rule.PROPERTY_ADDED);
        assertThat(committed()).isEqualTo(before);
    }

    @Test
    void the_accept_command_names_the_module_from_the_repository_root() throws Exception {
        Files.writeString(module.resolve("mvnw"), "");
        Path service = Files.createDirectories(module.resolve("review-service"));

        assertThat(Baseline.in(service, BaselineTest.class, "openapi.json").acceptCommand())
                .isEqualTo("./mvnw -q -B -ntp -pl review-service -am verify -Dsurefire.failIfNoSpecifiedTests=false "
                        + "-Dtest=BaselineTest -Donewindow.compatibility.accept=true");
    }
}
