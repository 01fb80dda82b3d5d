package org.onewindow.platform.web.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A tiny service for platform-web's tests: platform-security is on the classpath, so every request carries a
 * {@code TestTokens} bearer token, as in a real service.
 */
@SpringBootApplication
public class WebTestApplication {
}
