package org.onewindow.platform.test.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The rule set on a fixture service whose domain holds a JDBC connection and whose persistence adapter may. */
class ServiceArchitectureTest {

    private static final String FIXTURE = "org.onewindow.platform.test.architecture.fixture";
    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(FIXTURE);

    private static List<String> violations() {
        return ServiceArchitecture.of(FIXTURE).rules().stream()
                .map(rule -> rule.evaluate(CLASSES))
                .flatMap(result -> result.getFailureReport().getDetails().stream())
                .toList();
    }

    @Test
    void a_domain_class_with_sql_breaks_two_rules_and_the_persistence_adapter_none() {
        assertThat(violations())
                .anyMatch(line -> line.contains("fixture.orders.domain.Order") && line.contains("java.sql.Connection"))
                .noneMatch(line -> line.contains("adapters.persistence.Orders"));
        assertThat(violations().stream().filter(line -> line.contains("domain.Order"))).hasSize(2);
    }

    @Test
    void a_request_field_holding_a_phone_or_id_number_must_be_single_line() {
        assertThat(violations().stream().filter(line -> line.contains("OrderBody")))
                .singleElement().asString().contains("contactPhone");
    }

    @Test
    void test_methods_must_be_snake_case_sentences() {
        ArchRule names = ServiceArchitecture.testNames();
        JavaClasses tests = new ClassFileImporter().importClasses(ServiceArchitectureTest.class, CamelCaseNamed.class);

        assertThat(names.evaluate(tests).getFailureReport().getDetails())
                .singleElement().asString().contains("CamelCaseNamed.camelCaseName()");
    }

    static class CamelCaseNamed {

        @Test
        void camelCaseName() {
            assertThat(CamelCaseNamed.class).isNotNull();
        }
    }
}
