package org.onewindow.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The vendored schemas of deploy/k8s/schemas (README there says where they come from): the Kubernetes JSON
 * schemas of the built-in kinds (strict: {@code additionalProperties: false} throughout) and the
 * {@code openAPIV3Schema} of every served version of the Strimzi and CloudNativePG CRDs, made strict by
 * {@link StrictStructuralSchema}. A document whose apiVersion and kind have no schema is an error, not a pass.
 */
final class SchemaCatalog {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Draft 4 is what both sources speak: the Kubernetes schemas are generated for it, and OpenAPI 3.0 schema
    // objects (the CRDs) are a draft 4/5 dialect.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().build();

    private final Map<String, JsonSchema> byApiVersionAndKind;
    private final Set<String> sources;

    private SchemaCatalog(Map<String, JsonSchema> byApiVersionAndKind, Set<String> sources) {
        this.byApiVersionAndKind = byApiVersionAndKind;
        this.sources = sources;
    }

    static SchemaCatalog load(Path schemasDirectory) {
        Map<String, JsonSchema> schemas = new HashMap<>();
        Set<String> sources = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(schemasDirectory)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode objectMeta = null;
        List<JsonNode> crds = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (name.endsWith(".json")) {
                    ObjectNode schema = (ObjectNode) JSON.readTree(file.toFile());
                    schema.remove("$schema"); // "http://json-schema.org/schema#" is no meta-schema the factory knows
                    for (JsonNode gvk : schema.path("x-kubernetes-group-version-kind")) {
                        String group = gvk.path("group").asText();
                        String apiVersion = group.isEmpty() ? gvk.path("version").asText()
                                : group + "/" + gvk.path("version").asText();
                        schemas.put(key(apiVersion, gvk.path("kind").asText()), FACTORY.getSchema(schema, CONFIG));
                        sources.add(schemasDirectory.relativize(file).toString());
                    }
                    if (name.equals("configmap-v1.json")) {
                        objectMeta = schema.path("properties").path("metadata");
                    }
                } else if (name.endsWith(".yaml")) {
                    JsonNode crd = Manifests.YAML.readTree(file.toFile());
                    if ("CustomResourceDefinition".equals(crd.path("kind").asText())) {
                        crds.add(crd);
                        sources.add(schemasDirectory.relativize(file).toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        if (objectMeta == null || objectMeta.isMissingNode()) {
            throw new IllegalStateException("configmap-v1.json (the source of ObjectMeta) is missing in " + schemasDirectory);
        }
        for (JsonNode crd : crds) {
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (!version.path("served").asBoolean(false)) {
                    continue;
                }
                JsonNode openApi = version.path("schema").path("openAPIV3Schema");
                ObjectNode strict = StrictStructuralSchema.of(openApi, objectMeta);
                schemas.put(key(group + "/" + version.path("name").asText(), kind), FACTORY.getSchema(strict, CONFIG));
            }
        }
        return new SchemaCatalog(Map.copyOf(schemas), sources);
    }

    /** "apiVersion kind" pairs known, e.g. {@code apps/v1 Deployment}. */
    Set<String> kinds() {
        return new TreeSet<>(byApiVersionAndKind.keySet());
    }

    Set<String> sources() {
        return sources;
    }

    /** One message per violation, each naming the document and the JSON path; empty when valid. */
    List<String> validate(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        JsonSchema schema = byApiVersionAndKind.get(key(apiVersion, kind));
        String id = apiVersion + " " + Manifests.id(document);
        if (schema == null) {
            return List.of(id + ": no vendored schema for " + key(apiVersion, kind)
                    + " (add it to deploy/k8s/schemas, see its README)");
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            errors.add(id + ": " + message.getMessage());
        }
        errors.sort(Comparator.naturalOrder());
        return errors;
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }
}
