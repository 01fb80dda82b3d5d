package org.onewindow.review;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.architecture.ServiceArchitecture;

/** The platform's one rule set, by package and by the types used (domain / application / adapters / config). */
class ArchitectureTest {

    @Test
    void follows_the_platform_architecture() {
        ServiceArchitecture.of("org.onewindow.review").check();
    }
}
