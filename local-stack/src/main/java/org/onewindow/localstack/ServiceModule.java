package org.onewindow.localstack;

import java.util.Arrays;
import java.util.List;

/** The seven application processes of the suite, with their fixed ports (docs/architecture.md). */
public enum ServiceModule {
    CATALOG("catalog", "catalog-service", 8081, true),
    INTAKE("intake", "intake-service", 8082, true),
    REVIEW("review", "review-service", 8083, true),
    SUPERVISION("supervision", "supervision-service", 8084, true),
    RATING("rating", "rating-service", 8085, true),
    MONITOR("monitor", "monitor-service", 8086, true),
    GATEWAY("gateway", "gateway", 8080, false);

    private final String serviceName;
    private final String module;
    private final int basePort;
    private final boolean ownsDatabase;

    ServiceModule(String serviceName, String module, int basePort, boolean ownsDatabase) {
        this.serviceName = serviceName;
        this.module = module;
        this.basePort = basePort;
        this.ownsDatabase = ownsDatabase;
    }

    /** Short name used in URLs, routes and database names, e.g. {@code catalog}. */
    public String serviceName() {
        return serviceName;
    }

    /** Maven module directory, which is also the jar's name: {@code <module>/target/<module>.jar}. */
    public String module() {
        return module;
    }

    public int basePort() {
        return basePort;
    }

    /** The gateway keeps no state; each of the six services owns one database named after it. */
    public boolean ownsDatabase() {
        return ownsDatabase;
    }

    public static List<ServiceModule> backendServices() {
        return Arrays.stream(values()).filter(ServiceModule::ownsDatabase).toList();
    }

    public static ServiceModule byName(String serviceName) {
        return Arrays.stream(values())
                .filter(m -> m.serviceName.equals(serviceName) || m.module.equals(serviceName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + serviceName
                        + "'; known: " + Arrays.stream(values()).map(ServiceModule::serviceName).toList()));
    }
}
