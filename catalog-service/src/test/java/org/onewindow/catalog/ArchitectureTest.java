package org.onewindow.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain classes are plain Java. Rule for which classes are domain: every class of a capability package
 * ({@code org.onewindow.catalog.<capability>}: items, organisation, calendar, imports, guides) except the adapters,
 * which are the Spring beans named {@code *Controller}, {@code *Repository}, {@code *Service}, {@code *Importer},
 * {@code *Startup} (and the classes nested in them, e.g. request records). The root package (application and
 * configuration) is wiring. The domain may use the kernel (exceptions, Actor) and the event records of
 * platform-contracts, which are plain records; it must not reach for Spring, Kafka, JDBC, Jackson, or the
 * adapters themselves.
 */
@AnalyzeClasses(packages = "org.onewindow.catalog", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ADAPTER_NAME = ".*(Controller|Repository|Service|Importer|Startup)(\\$.*)?";

    private static final DescribedPredicate<JavaClass> ADAPTERS = new DescribedPredicate<>("adapters (" + ADAPTER_NAME + ")") {
        @Override
        public boolean test(JavaClass input) {
            return input.getPackageName().startsWith("org.onewindow.catalog.") && input.getName().matches(ADAPTER_NAME);
        }
    };

    @ArchTest
    static final ArchRule domainIsFreeOfFrameworks = noClasses()
            .that().resideInAPackage("org.onewindow.catalog.(*)..")
            .and().haveNameNotMatching(ADAPTER_NAME)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml.jackson.databind..",
                    "jakarta.servlet..", "org.onewindow.platform.messaging..", "org.onewindow.platform.web..",
                    "org.onewindow.platform.security..")
            .because("the catalog's model, policies and life cycle are plain Java, testable without Spring");

    @ArchTest
    static final ArchRule domainDoesNotCallAdapters = noClasses()
            .that().resideInAPackage("org.onewindow.catalog.(*)..")
            .and().haveNameNotMatching(ADAPTER_NAME)
            .should().dependOnClassesThat(ADAPTERS)
            .because("adapters call the domain, never the other way round");
}
