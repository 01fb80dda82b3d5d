package org.onewindow.platform.test.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The one architecture rule set of every service, by package and by the types used, never by class-name suffix.
 * A service's features are laid out as {@code <feature>.domain} (plain Java: aggregates, policies, values),
 * {@code <feature>.application} (use cases on the command path, queries) and {@code <feature>.adapters}
 * ({@code .web}, {@code .persistence}, {@code .messaging}); {@code config} wires them.
 *
 * <pre>{@code
 * @Test
 * void follows_the_platform_architecture() {
 *     ServiceArchitecture.of("org.onewindow.review").check();
 * }
 * }</pre>
 */
public final class ServiceArchitecture {

    // by name: platform-test-support cannot depend on the modules that own these types (they test with it)
    private static final String EVENT_PUBLISHER = "org.onewindow.platform.messaging.EventPublisher";
    private static final String AGGREGATE_STORE = "org.onewindow.platform.commands.AggregateStore";
    private static final Set<String> STORE_WRITES = Set.of("insert", "update");
    private static final String NUMBER_FIELD = "(?i).*(idnumber|residentid|phone|mobile|uscc).*";
    private static final String[] JDBC = {"java.sql..", "javax.sql..", "org.springframework.jdbc.."};

    private static final String TEST_NAME = "[\\p{Ll}\\p{Lo}][\\p{Ll}\\p{Lo}0-9]*(_[\\p{Ll}\\p{Lo}0-9]+)*"; // Chinese words too

    private final String basePackage;
    private final JavaClasses classes;
    private final JavaClasses testClasses;

    private ServiceArchitecture(String basePackage) {
        this.basePackage = basePackage;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        this.testClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static ServiceArchitecture of(String basePackage) {
        return new ServiceArchitecture(basePackage);
    }

    /** The rules, each with a reason; {@link #check()} reports every broken one at once. */
    public List<ArchRule> rules() {
        String all = basePackage + "..";
        // a service without (say) an application layer in some feature is not a violation
        return Stream.of(
                noClasses().that().resideInAPackage("..domain..").and().resideInAPackage(all)
                        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                                "java.sql..", "javax.sql..", "jakarta..", "tools.jackson..", "com.fasterxml.jackson..",
                                "org.onewindow.contracts..", "org.onewindow.platform.messaging..",
                                "org.onewindow.platform.web..", "org.onewindow.platform.security..",
                                "org.onewindow.platform.commands..", "..application..", "..adapters..", "..config..")
                        .because("the domain is plain Java: rules stay readable and testable without a framework"),
                noClasses().that().resideInAPackage("..application..").and().resideInAPackage(all)
                        .should().dependOnClassesThat().resideInAPackage("..adapters..")
                        .because("use cases talk to ports (stores, mappers), not to controllers or SQL"),
                noClasses().that().resideInAPackage(all)
                        .should().dependOnClassesThat().haveFullyQualifiedName(EVENT_PUBLISHER)
                        .because("events reach the outbox only through the command path, with the state that caused them"),
                noClasses().that().resideInAPackage(all)
                        .should().callMethodWhere(storeWrite())
                        .because("aggregates are saved only by the command path (version check, events, audit trail)"),
                noClasses().that().resideInAPackage(all).and().resideOutsideOfPackage("..adapters.persistence..")
                        .and().resideOutsideOfPackage(basePackage + ".config..")
                        .should().dependOnClassesThat().resideInAnyPackage(JDBC)
                        .because("SQL lives in persistence adapters; a controller that queries the database bypasses "
                                + "the access policy and the command path"),
                fields().that().areDeclaredInClassesThat().resideInAPackage(all)
                        .and().areDeclaredInClassesThat().resideInAPackage("..adapters.web..")
                        .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("View")
                        .and().haveRawType(String.class).and().haveNameMatching(NUMBER_FIELD)
                        .should().beAnnotatedWith(DescribedPredicate.describe("@SingleLine", // the kernel's, matched by name
                                (JavaAnnotation<?> a) -> a.getRawType().getSimpleName().equals("SingleLine")))
                        .because("free text is masked at entry (phone and ID numbers); a request field that holds "
                                + "the number itself must be single-line, or it would arrive masked"))
                .map(rule -> rule.allowEmptyShould(true))
                .toList();
    }

    /** The one test-naming convention: a test method is a sentence in snake_case ({@code a_refused_command_writes_nothing}). */
    public static ArchRule testNames() {
        return methods().that().areAnnotatedWith("org.junit.jupiter.api.Test")
                .or().areAnnotatedWith("org.junit.jupiter.params.ParameterizedTest")
                .or().areAnnotatedWith("org.junit.jupiter.api.RepeatedTest")
                .should().haveNameMatching(TEST_NAME)
                .because("tests read as sentences, one convention everywhere")
                .allowEmptyShould(true);
    }

    /** Fails with every violation of every rule, the test-naming convention included. */
    public void check() {
        StringBuilder report = new StringBuilder();
        append(report, testNames().evaluate(testClasses));
        for (ArchRule rule : rules()) {
            append(report, rule.evaluate(classes));
        }
        if (!report.isEmpty()) {
            throw new AssertionError(report.toString());
        }
    }

    private static void append(StringBuilder report, EvaluationResult result) {
        if (result.hasViolation()) {
            report.append(result.getFailureReport().toString()).append(System.lineSeparator());
        }
    }

    private static DescribedPredicate<JavaMethodCall> storeWrite() {
        // the bridge javac writes into every store (insert(Aggregate) calling insert(Case)) is not a save
        return DescribedPredicate.describe("an aggregate store's insert or update",
                call -> STORE_WRITES.contains(call.getName())
                        && assignableTo(AGGREGATE_STORE).test(call.getTargetOwner())
                        && !call.getOrigin().getModifiers().contains(JavaModifier.BRIDGE)
                        && !call.getOrigin().getModifiers().contains(JavaModifier.SYNTHETIC));
    }
}
