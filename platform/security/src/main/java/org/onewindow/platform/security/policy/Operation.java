package org.onewindow.platform.security.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * An operation a service exposes: HTTP method and path pattern (Spring's PathPattern syntax) mapped to
 * {@code resource.action}.
 *
 * @param service  {@code catalog}, {@code intake}, ... ; {@link #EVERY_SERVICE} for rows that hold in every service
 *                 (the ops endpoints)
 * @param method   upper-case HTTP method, or {@code *} for any
 * @param path     path pattern, e.g. {@code /api/intake/v1/applications/{caseNumber}}
 * @param resource what is acted on
 * @param action   what is done
 */
public record Operation(String service, String method, String path, String resource, String action) {

    public static final String EVERY_SERVICE = "*";
    public static final String ANY_METHOD = "*";

    public Operation {
        Objects.requireNonNull(service, "service");
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(action, "action");
    }

    public String permission() {
        return resource + "." + action;
    }

    /** Whether this row applies in the named service. */
    public boolean belongsTo(String serviceName) {
        return EVERY_SERVICE.equals(service) || service.equals(serviceName);
    }

    public boolean allowsMethod(String httpMethod) {
        return ANY_METHOD.equals(method) || method.equalsIgnoreCase(httpMethod);
    }
}
