package org.onewindow.platform.test.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;
import org.onewindow.platform.test.KafkaTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Issue 9's access checks of one service, in the context its other integration tests already start (each service
 * extends it with a class carrying only its context annotations, like the OpenAPI gate):
 * <ul>
 *   <li>every handler mapping is an operation of the policy table ({@code operations.csv} of platform-security);</li>
 *   <li>every handler mapping has a row in the hand-written {@link AuthorizationMatrix} (a new endpoint without
 *   one fails);</li>
 *   <li>each matrix row of this service answers the status the matrix expects: the matrix is written
 *   independently of the policy table, so the two can disagree;</li>
 *   <li>the service opens no path beside the table ({@code onewindow.security.public-paths} unset).</li>
 * </ul>
 */
public abstract class AccessPolicyContract {

    private static final String OPERATIONS = "org/onewindow/platform/security/operations.csv";
    private static final String CAPABILITY_TAGS = "org/onewindow/platform/web/openapi/capability-tags.csv";
    /** Platform paths outside the table: API documents, Swagger UI, the error page, the dev issuer. */
    private static final List<String> PLATFORM_PREFIXES = List.of("/v3/api-docs", "/swagger-ui", "/error", "/auth/");
    /** How long a fixture waits for the service to handle what it published. */
    private static final Duration FIXTURE_WAIT = Duration.ofSeconds(30);

    @Autowired
    protected MockMvc mvc;

    @Autowired
    ApplicationContext context;

    /**
     * The real resources the matrix rows of this service name as {@code {name}} (scope rows: own vs other centre,
     * department with vs without a task...), created by the service's test; none by default.
     */
    protected Map<String, String> fixtures() throws Exception {
        return Map.of();
    }

    /**
     * Publishes {@code event} on its stream's topic as its producing service would, for {@link #fixtures()}: the
     * topic as platform-messaging's {@code TopicNames} resolves it ({@code onewindow.topics.<stream>}, else the
     * stream's default; that class is out of this module's reach).
     */
    protected final void publish(DomainEvent event) {
        Stream stream = EventTypes.stream(event.getClass());
        KafkaTestSupport.publish(context.getEnvironment().getProperty("onewindow.topics." + stream.id(),
                stream.defaultTopic()), event);
    }

    /** The service's own database, for {@link #fixtures()} (looked up, so a service without one still runs). */
    protected final JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /** Waits (30 s at most) until {@code countQuery} answers {@code expected}: the service handled what was published. */
    protected final void awaitCount(long expected, String countQuery, Object... params) {
        await().atMost(FIXTURE_WAIT).until(() -> jdbc().sql(countQuery).params(params).query(Long.class).single()
                == expected);
    }

    /** The one text {@code query} selects, e.g. the id of a row a fixture made. */
    protected final String queryOne(String query, Object... params) {
        return jdbc().sql(query).params(params).query(String.class).single();
    }

    /**
     * A fresh {@link MatrixCases} case of {@code centre}, accepted by {@code clerk} under that item version, published as
     * intake's acceptance would announce it; returns its case number once {@code seenQuery} (one parameter: the case
     * number) counts one row of it.
     */
    protected final String acceptedCase(String centre, String clerk, int itemVersion, String seenQuery) {
        String caseNumber = MatrixCases.caseNumber(centre);
        publish(MatrixCases.accepted(caseNumber, itemVersion, centre, clerk));
        awaitCount(1, seenQuery, caseNumber);
        return caseNumber;
    }

    /** {@code spring.application.name} without {@code -service}: the service column of both tables. */
    protected String service() {
        String name = context.getEnvironment().getProperty("spring.application.name", "");
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }

    @Test
    void every_endpoint_is_an_operation_of_the_policy_table() throws IOException {
        List<String[]> operations = operationRows();
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            boolean listed = operations.stream().anyMatch(row ->
                    (row[0].equals(service()) || row[0].equals("*"))
                            && (row[1].equals("*") || row[1].equals(endpoint.method()) || endpoint.method().equals("*"))
                            && normalise(row[2]).equals(normalise(endpoint.pattern())));
            if (!listed) {
                missing.add(endpoint.method() + " " + endpoint.pattern());
            }
        }
        assertThat(missing).as("handler mappings of %s without a row in %s", service(), OPERATIONS).isEmpty();
    }

    @Test
    void its_public_operations_come_from_the_policy_table_alone() {
        // onewindow.security.public-paths would open paths beside the table (and let gateway and service drift)
        assertThat(context.getEnvironment().getProperty("onewindow.security.public-paths[0]"))
                .as("onewindow.security.public-paths of " + service()).isNull();
        assertThat(context.getEnvironment().getProperty("onewindow.security.public-paths"))
                .as("onewindow.security.public-paths of " + service()).isNull();
    }

    /** Swagger UI groups operations by capability: a controller without a row would show as {@code x-controller}. */
    @Test
    void every_controller_has_a_capability_tag() throws IOException {
        Set<String> tagged = new TreeSet<>();
        try (InputStream in = AccessPolicyContract.class.getClassLoader().getResourceAsStream(CAPABILITY_TAGS)) {
            assertThat(in).as(CAPABILITY_TAGS + " on the class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("controller|")) {
                    tagged.add(line.substring(0, line.indexOf('|')).strip());
                }
            }
        }
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Set<String> untagged = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            boolean platformPath = info.getPatternValues().stream()
                    .allMatch(pattern -> PLATFORM_PREFIXES.stream().anyMatch(pattern::startsWith));
            String controller = method.getBeanType().getSimpleName();
            if (!platformPath && method.getBeanType().getName().startsWith("org.onewindow.") && !tagged.contains(controller)) {
                untagged.add(controller);
            }
        });
        assertThat(untagged).as("controllers of %s without a row in %s", service(), CAPABILITY_TAGS).isEmpty();
    }

    @Test
    void every_endpoint_has_a_row_in_the_authorization_matrix() {
        List<AuthorizationMatrix.Row> rows = AuthorizationMatrix.rowsOf(service());
        List<String> missing = new ArrayList<>();
        PathPatternParser parser = new PathPatternParser();
        for (Endpoint endpoint : endpoints()) {
            PathPattern pattern = parser.parse(endpoint.pattern());
            boolean covered = rows.stream().anyMatch(row ->
                    (endpoint.method().equals("*") || row.method().equals(endpoint.method()))
                            && pattern.matches(PathContainer.parsePath(row.pathOnly())));
            if (!covered) {
                missing.add(endpoint.method() + " " + endpoint.pattern());
            }
        }
        assertThat(missing).as("endpoints of %s without a row in %s", service(), AuthorizationMatrix.RESOURCE)
                .isEmpty();
    }

    @Test
    void every_row_of_the_authorization_matrix_answers_its_status() throws Exception {
        List<AuthorizationMatrix.Row> rows = AuthorizationMatrix.rowsOf(service());
        assertThat(rows).as("matrix rows of " + service()).isNotEmpty();
        Map<String, String> fixtures = rows.stream().anyMatch(AuthorizationMatrix.Row::needsFixtures) ? fixtures()
                : Map.of();
        List<String> wrong = new ArrayList<>();
        for (AuthorizationMatrix.Row row : rows) {
            MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(row.method()), row.pathWith(fixtures));
            row.bearer().ifPresent(bearer -> call.header(HttpHeaders.AUTHORIZATION, bearer));
            if (Set.of("POST", "PUT", "PATCH").contains(row.method())) {
                call.contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Idempotency-Key", "matrix-" + Math.abs(row.toString().hashCode()));
            }
            int status = mvc.perform(call).andReturn().getResponse().getStatus();
            if (status != row.status()) {
                wrong.add(row + " answered " + status);
            }
        }
        assertThat(wrong).as("matrix rows of %s answered otherwise", service()).isEmpty();
    }

    private record Endpoint(String method, String pattern) {
    }

    private List<Endpoint> endpoints() {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        Set<String> seen = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("*");
            }
            for (String pattern : info.getPatternValues()) {
                if (PLATFORM_PREFIXES.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                for (String method : methods) {
                    if (seen.add(method + " " + pattern)) {
                        endpoints.add(new Endpoint(method, pattern));
                    }
                }
            }
        }
        assertThat(endpoints).as("handler mappings of " + service()).isNotEmpty();
        return endpoints;
    }

    /** {@code /a/{code}/b} and {@code /a/{x}/b} are the same pattern. */
    private static String normalise(String pattern) {
        return pattern.replaceAll("\\{[^}/]*}", "{}").toLowerCase(Locale.ROOT);
    }

    private static List<String[]> operationRows() throws IOException {
        try (InputStream in = AccessPolicyContract.class.getClassLoader().getResourceAsStream(OPERATIONS)) {
            assertThat(in).as(OPERATIONS + " on the class path").isNotNull();
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("service,")) {
                    continue;
                }
                rows.add(trimmed.split(",", -1));
            }
            return rows;
        }
    }
}
