package org.onewindow.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Domain classes stay plain Java. The rule that tells them apart: inside {@code org.onewindow.review..} an
 * adapter's simple name ends with Controller, Repository, Service, Publisher, Job or Configuration, or it lives
 * in the {@code config} package; every other class is domain and must not touch Spring, Kafka or JDBC.
 */
class ArchitectureTest {

    private static final JavaClasses REVIEW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.review");

    @Test
    void domainClassesDoNotDependOnSpringKafkaOrJdbc() {
        noClasses().that().resideInAPackage("org.onewindow.review..")
                .and().resideOutsideOfPackage("org.onewindow.review.config..")
                .and().haveSimpleNameNotEndingWith("Controller")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Publisher")
                .and().haveSimpleNameNotEndingWith("Job")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .and().haveSimpleNameNotEndingWith("Application")
                .and().haveNameNotMatching(".*(Controller|Repository|Service|Publisher|Job)\\$.*")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..",
                        "org.onewindow.platform.messaging..", "org.onewindow.platform.web..", "org.onewindow.platform.security..")
                .check(REVIEW);
    }
}
