package org.onewindow.monitor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.architecture.ServiceArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The platform's one rule set, plus monitor's own: it sees the suite only through the public contracts, exactly as
 * an outside dashboard team would, so it may not use any other service's classes.
 */
class ArchitectureTest {

    private static final JavaClasses MONITOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.monitor");

    @Test
    void follows_the_platform_architecture() {
        ServiceArchitecture.of("org.onewindow.monitor").check();
    }

    @Test
    void reads_the_suite_only_through_the_public_contracts() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.onewindow.catalog..",
                        "org.onewindow.intake..", "org.onewindow.review..", "org.onewindow.supervision..",
                        "org.onewindow.rating..", "org.onewindow.gateway..", "org.onewindow.invariants..")
                .because("monitor-service consumes only what the AsyncAPI document and the JSON Schemas promise")
                .check(MONITOR);
    }
}
