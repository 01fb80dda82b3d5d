package org.onewindow.platform.web.edges;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code onewindow.web.request-body.*}: the largest request body a service (or the gateway) reads,
 * {@code max-size} (default 1 MiB, enough for every JSON API of the suite), and larger limits for a few paths
 * ({@code overrides[n].path-prefix}, {@code overrides[n].max-size}, e.g. the catalog import). Multipart bodies are
 * limited by Spring's {@code spring.servlet.multipart.*} instead.
 */
@ConfigurationProperties("onewindow.web.request-body")
public record RequestBodyProperties(DataSize maxSize, List<Override> overrides) {

    public RequestBodyProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(1) : maxSize;
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A larger (or smaller) limit for the paths that start with {@code pathPrefix}. */
    public record Override(String pathPrefix, DataSize maxSize) {
    }

    /** The limit in bytes for a request path: the longest matching override, else {@code max-size}. */
    public long limitFor(String path) {
        Override best = null;
        for (Override override : overrides) {
            if (override.pathPrefix() != null && override.maxSize() != null && path.startsWith(override.pathPrefix())
                    && (best == null || override.pathPrefix().length() > best.pathPrefix().length())) {
                best = override;
            }
        }
        return (best == null ? maxSize : best.maxSize()).toBytes();
    }
}
