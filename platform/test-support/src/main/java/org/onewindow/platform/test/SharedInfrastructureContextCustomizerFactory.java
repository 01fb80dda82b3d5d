package org.onewindow.platform.test;

import java.util.List;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Activated by {@link OneWindowTest} through {@code @ContextCustomizerFactories}; no spring.factories entry. */
public class SharedInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY).get(OneWindowTest.class);
        boolean isolateTopics = !annotation.isPresent() || annotation.getBoolean("isolateTopics");
        return new SharedInfrastructureContextCustomizer(isolateTopics);
    }
}
