package org.onewindow.platform.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Just enough Boot to get a DataSource from the properties {@link OneWindowTest} sets. */
@SpringBootApplication
class InfrastructureTestApplication {
}
