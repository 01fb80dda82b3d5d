package org.onewindow.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain classes are plain Java. Rule for which classes are domain: every class of a capability package
 * ({@code org.onewindow.intake.<capability>}) except the adapters, named {@code *Controller}, {@code *Repository},
 * {@code *Service}, {@code *Replica} (the Spring beans), and the {@code config} package.
 */
@AnalyzeClasses(packages = "org.onewindow.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses()
            .that().resideInAPackage("org.onewindow.intake.(*)..")
            .and().resideOutsideOfPackage("org.onewindow.intake.config..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Repository")
            .and().haveSimpleNameNotEndingWith("Service")
            .and().haveSimpleNameNotEndingWith("Replica")
            .and().haveNameNotMatching(".*(Controller|Repository|Service|Replica)\\$.*")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..", "java.sql..",
                    "javax.sql..", "tools.jackson..", "org.onewindow.platform.messaging..", "org.onewindow.platform.web..",
                    "org.onewindow.platform.security..");
}
