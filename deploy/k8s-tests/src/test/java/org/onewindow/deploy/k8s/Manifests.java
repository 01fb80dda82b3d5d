package org.onewindow.deploy.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The documents of one rendered overlay, with lookups by kind and name. */
record Manifests(List<ObjectNode> documents) {

    static final YAMLMapper YAML = new YAMLMapper();

    static Manifests parse(String multiDocumentYaml) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(multiDocumentYaml)) {
            while (it.hasNextValue()) {
                JsonNode node = it.nextValue();
                if (node instanceof ObjectNode object && !object.isEmpty()) {
                    documents.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(List.copyOf(documents));
    }

    List<ObjectNode> ofKind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** A generated ConfigMap or Secret by the name it was generated under (kustomize appends a hash). */
    Optional<ObjectNode> generated(String kind, String baseName) {
        return ofKind(kind).stream()
                .filter(d -> name(d).equals(baseName) || name(d).matches(java.util.regex.Pattern.quote(baseName) + "-[a-z0-9]{10}"))
                .findFirst();
    }

    static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }

    static String id(JsonNode document) {
        return document.path("kind").asText() + "/" + name(document);
    }
}
