package org.onewindow.supervision;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain logic stays plain Java. The rule that decides what is domain: every class of the service except the
 * adapters and wiring, which are recognised by name ({@code ...Controller}, {@code ...Repository},
 * {@code ...Service}, {@code ...Scan}, {@code ...Replica}, {@code ...Application}) or by living in
 * {@code org.onewindow.supervision.config}. A new adapter must follow the naming, or this test fails.
 */
@AnalyzeClasses(packages = "org.onewindow.supervision", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_does_not_depend_on_spring_kafka_or_jdbc = noClasses()
            .that().resideInAPackage("org.onewindow.supervision..")
            .and().resideOutsideOfPackage("org.onewindow.supervision.config..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .and().haveSimpleNameNotEndingWith("Repository")
            .and().haveSimpleNameNotEndingWith("Service")
            .and().haveSimpleNameNotEndingWith("Scan")
            .and().haveSimpleNameNotEndingWith("Replica")
            .and().haveSimpleNameNotEndingWith("Application")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "java.sql..", "javax.sql..",
                    "org.onewindow.platform.messaging..", "org.onewindow.platform.web..",
                    "org.onewindow.platform.security..", "tools.jackson.databind..");

    @ArchTest
    static final ArchRule controllers_do_not_touch_the_database_directly = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .and().resideInAPackage("org.onewindow.supervision.records..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..");
}
