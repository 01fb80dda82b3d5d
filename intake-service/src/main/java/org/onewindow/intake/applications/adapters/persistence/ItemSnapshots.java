package org.onewindow.intake.applications.adapters.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.onewindow.intake.catalog.domain.ItemVersion;

/**
 * The item versions that applications keep, parsed once per stored text. Every application of one item version
 * stores the same snapshot (PostgreSQL prints equal {@code jsonb} alike), and {@link ItemVersion} is immutable, so
 * one parsed instance serves every read of them. Parsing the 1.2 KB snapshot was most of the JSON work of reading an
 * application, which intake does for every command, event and GET of a case (docs/benchmarks.md).
 * Bounded: past {@link #MAX_ENTRIES} texts it starts again empty, which a catalog of that many live versions
 * would need to reach.
 */
final class ItemSnapshots {

    static final int MAX_ENTRIES = 512;

    private final Map<String, ItemVersion> parsed = new ConcurrentHashMap<>();
    private final Function<String, ItemVersion> parser;

    ItemSnapshots(Function<String, ItemVersion> parser) {
        this.parser = parser;
    }

    ItemVersion read(String json) {
        if (json == null) {
            return null;
        }
        ItemVersion known = parsed.get(json);
        if (known != null) {
            return known;
        }
        ItemVersion version = parser.apply(json);
        if (parsed.size() >= MAX_ENTRIES) {
            parsed.clear();
        }
        parsed.put(json, version);
        return version;
    }
}
