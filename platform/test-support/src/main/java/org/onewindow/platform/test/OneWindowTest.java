package org.onewindow.platform.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * {@code @SpringBootTest} wired to the JVM's {@link SharedInfrastructure}. Each Spring context gets a fresh
 * database, the shared broker, per-context topic names and consumer groups (so a cached context never steals
 * or replays another context's events), and the {@link TestTokens} public key. See
 * {@link SharedInfrastructureContextCustomizer} for the exact properties.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@ContextCustomizerFactories(SharedInfrastructureContextCustomizerFactory.class)
public @interface OneWindowTest {

    @AliasFor(annotation = SpringBootTest.class, attribute = "classes")
    Class<?>[] classes() default {};

    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};

    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

    /**
     * When true (the default) every stream's topic is renamed per context ({@code onewindow.topics.<stream-id>}
     * = {@code <default-topic>.c<n>}); read the real name from the environment or from messaging's TopicNames.
     * Set to false to use the default topic names on the shared broker.
     */
    boolean isolateTopics() default true;
}
