package org.onewindow.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Waits until services report ready, polling every 500 ms and showing progress; a service that exits or
 * stays unready past the timeout is a {@link StartFailure}.
 */
record ReadinessWait(Readiness readiness, Console console, Duration timeout, Instant launchedAt) {

    private static final Duration POLL = Duration.ofMillis(500);

    void await(List<ServiceProcess> services) {
        Map<String, Console.State> states = new LinkedHashMap<>();
        services.forEach(s -> states.put(s.name(), Console.State.STARTING));
        while (states.containsValue(Console.State.STARTING)) {
            for (ServiceProcess service : services) {
                if (states.get(service.name()) != Console.State.STARTING) {
                    continue;
                }
                if (service.exitCode().isPresent()) {
                    states.put(service.name(), Console.State.FAILED);
                    console.progress(elapsed(), states);
                    throw new StartFailure(service.name(), "exited with code " + service.exitCode().get() + " while starting",
                            service.logFile());
                }
                if (readiness.isReady(service.baseUrl())) {
                    states.put(service.name(), Console.State.READY);
                } else if (Duration.between(service.startedAt(), Instant.now()).compareTo(timeout) > 0) {
                    states.put(service.name(), Console.State.FAILED);
                    console.progress(elapsed(), states);
                    throw new StartFailure(service.name(), "was not ready within " + timeout.toSeconds() + " s ("
                            + service.baseUrl().resolve(Readiness.PATH) + ")", service.logFile());
                }
            }
            console.progress(elapsed(), states);
            if (states.containsValue(Console.State.STARTING)) {
                KafkaBroker.sleepQuietly(POLL);
                if (Thread.currentThread().isInterrupted()) {
                    throw new StartFailure(String.join(", ", states.keySet()), "start interrupted", null);
                }
            }
        }
    }

    private Duration elapsed() {
        return Duration.between(launchedAt, Instant.now());
    }
}
