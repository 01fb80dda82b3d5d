package org.onewindow.platform.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Tags each operation with its controller's capability ({@link CapabilityTags}) instead of springdoc's
 * {@code item-controller}, and lists the tags the document uses, with their descriptions, in the table's order
 * (Swagger UI shows the groups in that order).
 */
public class CapabilityTagOperationCustomizer implements OperationCustomizer, GlobalOpenApiCustomizer {

    private final CapabilityTags tags;

    public CapabilityTagOperationCustomizer(CapabilityTags tags) {
        this.tags = tags;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        tags.of(handlerMethod.getBeanType()).ifPresent(tag -> operation.setTags(new ArrayList<>(List.of(tag.getName()))));
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Set<String> used = new LinkedHashSet<>();
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getTags() != null) {
                used.addAll(operation.getTags());
            }
        }));
        List<Tag> listed = new ArrayList<>();
        for (Tag tag : tags.all()) {
            if (used.remove(tag.getName())) {
                listed.add(tag);
            }
        }
        used.forEach(other -> listed.add(new Tag().name(other))); // controllers without a row, after the known ones
        openApi.setTags(listed.isEmpty() ? null : listed);
    }
}
