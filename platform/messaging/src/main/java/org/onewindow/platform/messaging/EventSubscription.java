package org.onewindow.platform.messaging;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;

/**
 * What one consumer group handles. Declare it as a bean; the platform runs a listener container for it on the
 * topics of the registered events' streams:
 *
 * <pre>{@code
 * @Bean EventSubscription supervisionSubscription(Records records) {
 *     return EventSubscription.forGroup("supervision")
 *         .on(DecisionMade.class, (event, meta) -> records.onDecision(event, meta))
 *         .build();
 * }
 * }</pre>
 *
 * Records of a {@code ce_type} not registered here are skipped and committed (forward compatibility).
 */
public final class EventSubscription {

    /** One registered event class and its handler. */
    public record Route<T>(Class<T> eventClass, EventHandler<T> handler) {
    }

    private final String group;
    private final Map<String, Route<?>> routes;

    private EventSubscription(String group, Map<String, Route<?>> routes) {
        this.group = group;
        this.routes = Map.copyOf(routes);
    }

    /** Starts a subscription for the consumer group (usually the service name, e.g. {@code supervision}). */
    public static Builder forGroup(String group) {
        if (group == null || !group.matches("[a-zA-Z0-9._-]+")) {
            throw new IllegalArgumentException("Consumer group must be letters, digits, '.', '_' or '-': " + group);
        }
        return new Builder(group);
    }

    public String group() {
        return group;
    }

    /** The handler of a {@code ce_type}, or null when this subscription does not handle it. */
    public Route<?> route(String ceType) {
        return routes.get(ceType);
    }

    public Collection<Route<?>> routes() {
        return routes.values();
    }

    public Set<Stream> streams() {
        Set<Stream> streams = new TreeSet<>();
        routes.values().forEach(route -> streams.add(EventTypes.stream(route.eventClass())));
        return streams;
    }

    public static final class Builder {
        private final String group;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Builder(String group) {
            this.group = group;
        }

        /** Registers the handler of an {@code @EventType} record; one handler per event type. */
        public <T> Builder on(Class<T> eventClass, EventHandler<T> handler) {
            Objects.requireNonNull(handler, "handler");
            String ceType = EventTypes.ceType(eventClass);
            if (routes.putIfAbsent(ceType, new Route<>(eventClass, handler)) != null) {
                throw new IllegalArgumentException(ceType + " is already handled in group " + group);
            }
            return this;
        }

        public EventSubscription build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("Subscription " + group + " handles no event type");
            }
            return new EventSubscription(group, routes);
        }
    }
}
