package org.onewindow.platform.test.compatibility;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The compatibility gate's rules ({@link Rule}) applied to the documents integrators build on: a service's OpenAPI
 * document, the event JSON Schemas and the AsyncAPI document. Plain Java over Jackson trees; {@link Baseline} does
 * the files, the accept switch and the failure message.
 */
public final class CompatibilityCheck {

    private CompatibilityCheck() {
    }

    /** Changes from one OpenAPI 3 document to another, as an HTTP client sees them. */
    public static CompatibilityReport openApi(JsonNode baseline, JsonNode current) {
        return new OpenApiComparison(baseline, current).compare();
    }

    /**
     * Changes to the event schemas ({@code {"<ce_type>": <schema>, ...}}), as a consumer sees them.
     *
     * @param toleratedEnums {@code <ce_type>#<JSON Pointer>} of each enum that every consumer reads with a fallback
     *                       for unknown values: a value added there is compatible
     */
    public static CompatibilityReport eventSchemas(JsonNode baseline, JsonNode current, Set<String> toleratedEnums) {
        Changes changes = new Changes();
        EventComparison.schemas(baseline, current, toleratedEnums, changes);
        return changes.report();
    }

    /** Changes to the AsyncAPI document's streams (channels), as a consumer sees them. */
    public static CompatibilityReport asyncApi(JsonNode baseline, JsonNode current) {
        Changes changes = new Changes();
        EventComparison.asyncApi(baseline, current, changes);
        return changes.report();
    }
}
