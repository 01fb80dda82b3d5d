package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onewindow.localstack.RunningStack;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The ops artefacts of deploy/observability name only metrics the running suite exports: every metric and every
 * label matcher in the Prometheus alert rules and in the Grafana dashboard is looked up in the live
 * {@code /actuator/prometheus} of the gateway and the six services, after a lifecycle has run so that the HTTP,
 * outbox and consumer meters exist.
 */
class ObservabilityRulesIT extends StackTest {

    private static final Path OBSERVABILITY = Path.of("..", "deploy", "observability");
    private static final List<String> PROCESSES = List.of("gateway", "catalog", "intake", "review", "supervision", "rating",
            "monitor");
    /** Series Prometheus makes itself, and the scrape's own target labels. */
    private static final Set<String> PROMETHEUS_OWN_SERIES = Set.of("up");
    private static final Set<String> TARGET_LABELS = Set.of("job", "instance");

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)}");
    private static final Pattern MATCHER_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SAMPLE_LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    private final RunningStack stack;

    ObservabilityRulesIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void every_metric_and_label_the_alert_rules_and_the_dashboard_name_is_exported_by_the_running_suite() throws IOException {
        // the HTTP, outbox and consumer meters exist once traffic has passed: one case through review
        Reply submitted = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.ELDERLY_ALLOWANCE));
        lifecycle.awaitReviewCase(submitted.string("application.caseNumber"));
        Map<String, List<String>> alerts = alertExpressions();
        Map<String, List<String>> panels = dashboardExpressions();
        assertThat(alerts).as("alert rules").hasSizeGreaterThanOrEqualTo(8);
        assertThat(panels).as("dashboard panels").hasSizeGreaterThanOrEqualTo(10);

        Map<String, List<String>> expressions = new HashMap<>(alerts);
        expressions.putAll(panels);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Map<String, Set<String>> exported = exportedLabelsByMetric();
            List<String> missing = new ArrayList<>();
            expressions.forEach((where, exprs) -> exprs.forEach(expr -> missing.addAll(problems(where, expr, exported))));
            assertThat(missing).as("names in deploy/observability that no /actuator/prometheus exports").isEmpty();
        });
    }

    @Test
    void the_extraction_finds_metrics_and_matchers_and_skips_functions_and_groupings() {
        String expr = "histogram_quantile(0.99, sum by (application, le) (rate(http_server_requests_seconds_bucket"
                + "{uri!~\"/actuator.*\", application=~\"$application\"}[5m]))) > 1 and on (application) up == 1";
        assertThat(metricNames(expr)).containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "up");
        assertThat(matcherLabels(expr)).containsEntry("http_server_requests_seconds_bucket", Set.of("uri", "application"));
        Map<String, Set<String>> exported = Map.of("http_server_requests_seconds_bucket", Set.of("uri", "le"));
        assertThat(problems("rule X", expr, exported)).containsExactly(
                "rule X: label 'application' of http_server_requests_seconds_bucket is not exported");
        assertThat(problems("rule Y", "rate(no_such_metric_total[5m])", exported))
                .containsExactly("rule Y: metric no_such_metric_total is not exported");
    }

    private static List<String> problems(String where, String expr, Map<String, Set<String>> exported) {
        List<String> problems = new ArrayList<>();
        for (String metric : metricNames(expr)) {
            if (!PROMETHEUS_OWN_SERIES.contains(metric) && !exported.containsKey(metric)) {
                problems.add(where + ": metric " + metric + " is not exported");
            }
        }
        matcherLabels(expr).forEach((metric, labels) -> {
            Set<String> known = exported.get(metric);
            if (known == null || PROMETHEUS_OWN_SERIES.contains(metric)) {
                return;
            }
            labels.stream().filter(label -> !TARGET_LABELS.contains(label) && !known.contains(label)).sorted()
                    .forEach(label -> problems.add(where + ": label '" + label + "' of " + metric + " is not exported"));
        });
        return problems;
    }

    /** Metric names of a PromQL expression: identifiers that are not functions, keywords, labels or durations. */
    static Set<String> metricNames(String expr) {
        String bare = STRING.matcher(expr).replaceAll("\"\"").replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group();
            boolean function = bare.substring(identifier.end()).stripLeading().startsWith("(");
            boolean partOfNumber = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!function && !partOfNumber && !KEYWORDS.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The label names each metric selector of the expression matches on. */
    static Map<String, Set<String>> matcherLabels(String expr) {
        String quotedEmptied = STRING.matcher(expr).replaceAll("\"\"");
        Map<String, Set<String>> labels = new HashMap<>();
        Matcher selector = SELECTOR.matcher(quotedEmptied);
        while (selector.find()) {
            Matcher label = MATCHER_LABEL.matcher(selector.group(2));
            while (label.find()) {
                labels.computeIfAbsent(selector.group(1), k -> new HashSet<>()).add(label.group(1));
            }
        }
        return labels;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> alertExpressions() throws IOException {
        Map<String, List<String>> expressions = new HashMap<>();
        try (InputStream in = Files.newInputStream(OBSERVABILITY.resolve("prometheus/onewindow-alerts.yml"))) {
            Map<String, Object> file = new Yaml().load(in);
            for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
                for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                    assertThat(rule).as("rule %s", rule.get("alert")).containsKeys("alert", "expr", "labels", "annotations");
                    expressions.put("alert " + rule.get("alert"), List.of(rule.get("expr").toString()));
                }
            }
        }
        return expressions;
    }

    private static Map<String, List<String>> dashboardExpressions() throws IOException {
        JsonNode dashboard = Json.parse(Files.readString(OBSERVABILITY.resolve("grafana/onewindow-services.json")));
        Map<String, List<String>> expressions = new HashMap<>();
        for (JsonNode panel : dashboard.path("panels")) {
            List<String> exprs = new ArrayList<>();
            panel.path("targets").forEach(target -> exprs.add(target.path("expr").asString()));
            assertThat(exprs).as("panel %s", panel.path("title").asString()).isNotEmpty().doesNotContain("");
            expressions.put("panel " + panel.path("title").asString(), exprs);
        }
        return expressions;
    }

    /** metric name -> label names, over every sample line of every process's scrape. */
    private Map<String, Set<String>> exportedLabelsByMetric() throws IOException, InterruptedException {
        Map<String, Set<String>> exported = new HashMap<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String process : PROCESSES) {
                URI scrape = stack.serviceUrl(process).resolve("/actuator/prometheus");
                HttpResponse<String> reply = http.send(HttpRequest.newBuilder(scrape).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(reply.statusCode()).as("%s %s", process, scrape).isEqualTo(200);
                reply.body().lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                    int brace = line.indexOf('{');
                    int space = line.indexOf(' ');
                    String name = line.substring(0, brace >= 0 && brace < space ? brace : space);
                    Set<String> labels = exported.computeIfAbsent(name, k -> new HashSet<>());
                    if (brace >= 0 && brace < space) {
                        Matcher label = SAMPLE_LABEL.matcher(
                                line.substring(brace, line.lastIndexOf('}') + 1));
                        while (label.find()) {
                            labels.add(label.group(1));
                        }
                    }
                });
            }
        }
        return exported;
    }
}
