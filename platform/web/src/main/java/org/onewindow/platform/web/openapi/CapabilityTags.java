package org.onewindow.platform.web.openapi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.models.tags.Tag;

/**
 * The capability tags of the OpenAPI documents ({@code capability-tags.csv} next to this class): controller simple
 * name to a tag named in Chinese and English ("办件受理 Applications") with a description. One table for the five
 * services and the gateway, so that the Swagger UI behind the gateway groups every document the same way.
 */
public final class CapabilityTags {

    static final String RESOURCE = "capability-tags.csv";

    private final Map<String, Tag> byController;

    private CapabilityTags(Map<String, Tag> byController) {
        this.byController = byController;
    }

    public static CapabilityTags load() {
        Map<String, Tag> tags = new LinkedHashMap<>();
        try (InputStream in = CapabilityTags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ": expected controller|tag|description, was: " + line);
                }
                if (tags.put(cells[0].strip(), new Tag().name(cells[1].strip()).description(cells[2].strip())) != null) {
                    throw new IllegalStateException(RESOURCE + ": controller listed twice: " + cells[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CapabilityTags(tags);
    }

    /** The tag of a controller class, by its simple name. */
    public Optional<Tag> of(Class<?> controller) {
        return Optional.ofNullable(byController.get(controller.getSimpleName()));
    }

    /** Every tag, in the table's order. */
    public List<Tag> all() {
        return new ArrayList<>(byController.values());
    }
}
