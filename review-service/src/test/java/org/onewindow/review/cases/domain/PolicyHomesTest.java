package org.onewindow.review.cases.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.kernel.NotPermitted;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.StateConflict;

/**
 * Each rule of a case command has one findable home: a {@code *Policies} class. The aggregate and the other domain
 * types refuse nothing themselves (a lookup by id may still answer 404), and the policies run in order, first
 * refusal winning.
 */
class PolicyHomesTest {

    private static final JavaClasses REVIEW = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow.review.cases");

    @Test
    void only_policy_classes_word_a_refusal() {
        noClasses().that().haveSimpleNameNotEndingWith("Policies").and().doNotHaveSimpleName("Refusal")
                .should().callMethod(Refusal.class, "forbidden", String.class, String.class)
                .orShould().callMethod(Refusal.class, "conflict", String.class, String.class)
                .orShould().callMethod(Refusal.class, "invalid", String.class, String.class, String.class)
                .because("every refusal of a command is a named rule in a *Policies class")
                .check(REVIEW);
    }

    @Test
    void the_aggregate_throws_no_refusal_of_its_own() {
        noClasses().that().haveSimpleName("ReviewCase")
                .should().dependOnClassesThat().belongToAnyOf(Refusal.class, RuleViolation.class, StateConflict.class,
                        NotPermitted.class, NotFound.class)
                .because("ReviewCase asks its commands' policies and changes state; it words no refusal")
                .check(REVIEW);
    }

    @Test
    void the_first_refusal_in_the_listed_order_wins() {
        Refusal first = Refusal.forbidden("review.first", "first");
        Refusal second = Refusal.conflict("review.second", "second");
        List<CommandPolicy<String>> policies = List.of(s -> Optional.empty(), s -> Optional.of(first), s -> Optional.of(second));

        assertThat(CommandPolicy.firstRefusal("subject", policies)).contains(first);
        assertThat(CommandPolicy.firstRefusal("subject", List.of(s -> Optional.empty()))).isEmpty();
        CommandPolicy.enforce("subject", List.<CommandPolicy<String>>of(s -> Optional.empty())); // complies: no exception
        assertThat(Fixtures.refusalOf(() -> CommandPolicy.enforce("subject", policies))).isEqualTo(first);
    }
}
