package org.onewindow.platform.web.openapi;

import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springframework.http.HttpRequest;

/**
 * The document's server is {@code /}: relative to the page that loaded it. Behind the gateway, where the services'
 * documents are fetched from {@code /services/<s>/v3/api-docs}, Swagger UI's "Try it out" then calls the gateway's
 * own origin (whatever host, scheme and port the integrator reached it by: an ingress, a tunnel, localhost), never
 * the service's internal address ({@code http://127.0.0.1:8081}) that springdoc would compute from the proxied request.
 */
public class RelativeServerUrlCustomizer implements ServerBaseUrlCustomizer {

    public static final String SERVER_URL = "/";

    @Override
    public String customize(String serverBaseUrl, HttpRequest request) {
        return SERVER_URL;
    }
}
