/**
 * Shared test infrastructure: one PostgreSQL server and one Kafka broker per test JVM
 * ({@link org.onewindow.platform.test.SharedInfrastructure}; embedded, or Testcontainers when Docker runs),
 * {@link org.onewindow.platform.test.OneWindowTest} for Spring Boot tests (a fresh database, topics and consumer
 * groups per Spring context), {@link org.onewindow.platform.test.TestTokens} for JWTs and
 * {@link org.onewindow.platform.test.KafkaTestSupport} to publish events as their producing service would, await
 * the events of one case, read headers and write or read raw records.
 */
package org.onewindow.platform.test;
