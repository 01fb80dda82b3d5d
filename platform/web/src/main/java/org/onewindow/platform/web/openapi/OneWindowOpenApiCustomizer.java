package org.onewindow.platform.web.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds what every service's OpenAPI document shares: the service name as title, the bearer JWT security scheme
 * (required on every operation unless the operation says otherwise) and the {@code Problem} schema (RFC 9457,
 * with {@code title_zh} and {@code errors[]}) that every error response uses.
 */
public record OneWindowOpenApiCustomizer(String applicationName, String version) implements OpenApiCustomizer {

    public static final String BEARER_SCHEME = "bearer-jwt";
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String PROBLEM_ERROR_SCHEMA = "ProblemError";
    private static final String SPRINGDOC_DEFAULT_TITLE = "OpenAPI definition";

    @Override
    public void customise(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        if (info.getTitle() == null || SPRINGDOC_DEFAULT_TITLE.equals(info.getTitle())) {
            info.title(applicationName);
        }
        if (info.getVersion() == null || "v0".equals(info.getVersion())) {
            info.version(version);
        }
        if (info.getDescription() == null) {
            info.description("OneWindow " + applicationName + " (一窗通办). Errors are application/problem+json "
                    + "(RFC 9457); creating POSTs accept an Idempotency-Key header; updates need If-Match.");
        }
        openApi.info(info);

        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        components.addSecuritySchemes(BEARER_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("RS256 JWT with claims sub, name, roles, department, centre. Locally (development issuer "
                        + "on the gateway): POST /auth/token with a demo user (username=clerk&password=demo, form or "
                        + "JSON) and paste its access_token here; production: a token of the OIDC issuer."));
        components.addSchemas(PROBLEM_ERROR_SCHEMA, problemErrorSchema());
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        openApi.components(components);

        if (openApi.getSecurity() == null || openApi.getSecurity().isEmpty()) {
            openApi.security(List.of(new SecurityRequirement().addList(BEARER_SCHEME)));
        }
    }

    private static Schema<?> problemErrorSchema() {
        return new ObjectSchema()
                .description("One broken rule: the field (JSON path, parameter or header; null for the whole "
                        + "request), the rule's stable identifier and a readable message")
                .properties(Map.of(
                        "field", new StringSchema().nullable(true).example("applicant.residentId"),
                        "rule", new StringSchema().example("resident-id.check-character"),
                        "message", new StringSchema()));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, the body of every error response")
                .properties(Map.of(
                        "type", new StringSchema().format("uri")
                                .example("https://onewindow.org/problems/validation-failed"),
                        "title", new StringSchema().example("Request validation failed"),
                        "title_zh", new StringSchema().example("请求参数校验未通过"),
                        "status", new IntegerSchema().example(400),
                        "detail", new StringSchema(),
                        "instance", new StringSchema().format("uri-reference"),
                        "traceId", new StringSchema().description("only on 500: quote it when reporting"),
                        "errors", new ArraySchema().items(new Schema<>().$ref(PROBLEM_ERROR_SCHEMA))))
                .required(List.of("type", "title", "status", "errors"));
    }
}
