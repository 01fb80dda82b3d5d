package org.onewindow.rating;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.architecture.ServiceArchitecture;

/**
 * The platform's one rule set, by package: {@code <feature>.domain} is plain Java, {@code .application} talks to
 * ports, events and saves go only through the command path, SQL only in {@code .adapters.persistence}.
 */
class ArchitectureTest {

    @Test
    void domainClassesDoNotDependOnSpringKafkaOrJdbc() {
        ServiceArchitecture.of("org.onewindow.rating").check();
    }
}
