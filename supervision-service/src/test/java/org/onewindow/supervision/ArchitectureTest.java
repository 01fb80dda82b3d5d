package org.onewindow.supervision;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.architecture.ServiceArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** The platform's one rule set, by package and by the types used (domain / application / adapters / config). */
class ArchitectureTest {

    private static final String BASE = "org.onewindow.supervision";

    /**
     * {@code ServiceArchitecture.of(BASE).check()}, less one false positive: the compiler's bridge method
     * {@code insert(Aggregate)} of a store implementing {@code AggregateStore<K, Record>} calls {@code insert(Record)}
     * on itself, which the "only the command path saves" rule counts as a call. Back to {@code check()} once the
     * platform's rule skips bridge methods (reported for platform/test-support).
     */
    @Test
    void follows_the_platform_architecture() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        Set<String> bridges = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.BRIDGE))
                .map(m -> "Method <" + m.getFullName() + "> calls")
                .collect(Collectors.toSet());
        StringBuilder report = new StringBuilder();
        for (ArchRule rule : ServiceArchitecture.of(BASE).rules()) {
            EvaluationResult result = rule.evaluate(classes)
                    .filterDescriptionsMatching(line -> bridges.stream().noneMatch(line::startsWith));
            if (result.hasViolation()) {
                report.append(result.getFailureReport()).append(System.lineSeparator());
            }
        }
        if (!report.isEmpty()) {
            throw new AssertionError(report.toString());
        }
    }
}
