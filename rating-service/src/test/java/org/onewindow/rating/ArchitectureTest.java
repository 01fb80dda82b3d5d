package org.onewindow.rating;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Domain classes stay plain Java. The rule that tells them apart: inside {@code org.onewindow.rating..} an
 * adapter's simple name ends with Controller, Repository, Service or Configuration (nested types included), or it
 * lives in the {@code config} package; every other class is domain and must not touch Spring, Kafka, JDBC or the
 * Spring-based platform modules.
 */
class ArchitectureTest {

    private static final JavaClasses RATING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.rating");

    @Test
    void domainClassesDoNotDependOnSpringKafkaOrJdbc() {
        noClasses().that().resideInAPackage("org.onewindow.rating..")
                .and().resideOutsideOfPackage("org.onewindow.rating.config..")
                .and().haveNameNotMatching(".*(Controller|Repository|Service|Configuration|Application)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..",
                        "org.onewindow.platform.messaging..", "org.onewindow.platform.web..",
                        "org.onewindow.platform.security..")
                .check(RATING);
    }
}
