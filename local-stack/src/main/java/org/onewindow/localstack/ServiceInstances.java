package org.onewindow.localstack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many JVMs of each service a stack runs ({@code --instances=2} or {@code --instances=review=2,intake=2}); one
 * each by default. Every instance of a service shares its database and consumer group; the gateway balances over them
 * (docs/operations.md, "Several instances"). The gateway itself always runs once: it is the stack's one entry.
 */
public record ServiceInstances(Map<ServiceModule, Integer> counts) {

    /** Ports of instance k are base + offset + (k-1) * {@link Ports#INSTANCE_STEP}; this keeps them inside +150. */
    public static final int MAX = 9;

    public static final ServiceInstances ONE_EACH = new ServiceInstances(Map.of());

    public ServiceInstances {
        EnumMap<ServiceModule, Integer> copy = new EnumMap<>(ServiceModule.class);
        counts.forEach((module, count) -> {
            if (module == ServiceModule.GATEWAY && count != 1) {
                throw new IllegalArgumentException("the gateway runs once (it is the one entry); instances are for the services");
            }
            if (count < 1 || count > MAX) {
                throw new IllegalArgumentException("instances of " + module.serviceName() + " must be between 1 and " + MAX
                        + ", was " + count);
            }
            if (count > 1) {
                copy.put(module, count);
            }
        });
        counts = Collections.unmodifiableMap(copy);
    }

    /** The same count for every service (not the gateway). */
    public static ServiceInstances each(int count) {
        Map<ServiceModule, Integer> counts = new EnumMap<>(ServiceModule.class);
        ServiceModule.backendServices().forEach(m -> counts.put(m, count));
        return new ServiceInstances(counts);
    }

    /** {@code 2} (every service) or {@code review=2,intake=3} (the others once). */
    public static ServiceInstances parse(String text) {
        if (text.matches("\\d+")) {
            return each(Integer.parseInt(text));
        }
        Map<ServiceModule, Integer> counts = new EnumMap<>(ServiceModule.class);
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=");
            if (pair.length != 2 || !pair[1].trim().matches("\\d+")) {
                throw new IllegalArgumentException("--instances takes a number or service=number,...; '" + part + "' is neither");
            }
            counts.put(ServiceModule.byName(pair[0].trim()), Integer.parseInt(pair[1].trim()));
        }
        return new ServiceInstances(counts);
    }

    public int count(ServiceModule module) {
        return counts.getOrDefault(module, 1);
    }

    public boolean several(ServiceModule module) {
        return count(module) > 1;
    }

    /** Every process to start, in start order: each module's instances 1..n, the gateway last as before. */
    public List<Instance> all() {
        List<Instance> all = new ArrayList<>();
        for (ServiceModule module : ServiceModule.values()) {
            for (int k = 1; k <= count(module); k++) {
                all.add(new Instance(module, k));
            }
        }
        return all;
    }

    /**
     * One JVM of a service. Instance 1 keeps the service's name ({@code review}: log, pid file, URLs as with one
     * instance); instance k is {@code review-k}.
     */
    public record Instance(ServiceModule module, int number) {

        public Instance {
            if (number < 1 || number > MAX) {
                throw new IllegalArgumentException("instance number must be between 1 and " + MAX + ", was " + number);
            }
        }

        public String name() {
            return number == 1 ? module.serviceName() : module.serviceName() + "-" + number;
        }

        /**
         * {@code review-1}, {@code review-2}: how an instance of a service that runs several names itself to
         * PostgreSQL ({@code application_name}) and Kafka ({@code client.id}), numbered from 1 so no prefix is ambiguous.
         */
        public String label() {
            return module.serviceName() + "-" + number;
        }

        /** {@code review}, {@code review-2}, {@code review-service}: the instance it names (instance 1 without a number). */
        public static Instance byName(String name) {
            int dash = name.lastIndexOf('-');
            if (dash > 0 && name.substring(dash + 1).matches("\\d+")) {
                return new Instance(ServiceModule.byName(name.substring(0, dash)), Integer.parseInt(name.substring(dash + 1)));
            }
            return new Instance(ServiceModule.byName(name), 1);
        }
    }
}
