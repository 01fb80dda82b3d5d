package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.localstack.RunningStack;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.HeadlessChromium;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operators' dashboard (monitor-service's page through the gateway) in headless Chromium: the monitor signs in
 * against the development issuer; the counters show the cases driven through the stack and move WITHOUT a reload
 * when another case is accepted (the live feed); an 电子监察 alert appears without a reload; the language toggle
 * switches the headings to English and back (and is remembered); nothing scrolls sideways at 1920×1080 or
 * 1366×768; the browser console holds no error (a CSP violation, a failed request or a script error would be one).
 * Leaves a 1920×1080 screenshot in {@code target/dashboard-1920x1080.png} (docs/images/dashboard.png is one).
 *
 * <p>The alert: every rule but one needs a day to pass or an event the services' own checks never let out, so the
 * test plays rating-service's part on the public stream, as an outside producer would: a {@code RectificationOpened}
 * of one of its cases whose due date is a week past, which monitor's next scan
 * ({@code onewindow.monitor.scan.interval}, 30 s) raises as {@code RECTIFICATION_OVERDUE}. Only monitor reads that
 * event type.
 *
 * <p>Same browser set-up as {@link EdgeBrowserIT} ({@link HeadlessChromium}); without Chromium the class is reported as skipped, with the reason.
 */
@Order(11)
class DashboardBrowserIT extends StackTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Below the page's 30 s REST fallback: a change seen this fast came through the feed. */
    private static final Duration FEED_WAIT = Duration.ofSeconds(20);
    /** Monitor's scan runs every 30 s and skips a round while its read model catches up. */
    private static final Duration ALERT_WAIT = Duration.ofSeconds(150);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String PAGE = "/api/monitor/v1/dashboard/";

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start("DashboardBrowserIT", "chromium chromium-driver fonts-noto-cjk", WAIT,
                options -> {
                    options.addArguments("--window-size=1920,1080", "--lang=zh-CN");
                    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
                });
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void the_monitor_watches_cases_and_alerts_arrive_live_in_either_language(RunningStack stack) throws IOException {
        List<String> cases = new ArrayList<>();
        for (String item : List.of(Submissions.FOOD_BIZ_LICENCE, Submissions.BIZ_LICENCE_REG)) {
            cases.add(lifecycle.submit(Gateway.CLERK, Submissions.of(item)).string("application.caseNumber"));
        }
        cases.forEach(c -> lifecycle.awaitApplication(c, "ACCEPTED", "IN_REVIEW"));
        // 好差评 for the satisfaction chart: the applicant rates both acceptances
        for (String level : List.of("VERY_SATISFIED", "SATISFIED")) {
            String rated = cases.get(level.equals("SATISFIED") ? 1 : 0);
            assertThat(lifecycle.rateWhenOpen(Gateway.APPLICANT, rated, "ACCEPTANCE", level).status()).isEqualTo(201);
        }

        viewport(1920, 1080);
        browser.get(gateway.base().resolve(PAGE).toString());
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        assertThat(browser.getCurrentUrl()).as("the gateway's origin, the page's own address").endsWith(PAGE + "index.html");
        assertThat(text("title")).isEqualTo("政务服务电子监察");
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(Gateway.MONITOR);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("c-inProgress")));
        assertThat(browser.findElement(By.id("sign-in-form")).isDisplayed()).as("the sign-in form is gone").isFalse();
        js("window.dashboardNotReloaded = true;");
        wait.until(d -> number("c-inProgress") >= cases.size());
        wait.until(d -> number("c-acceptedToday") >= cases.size());
        wait.until(d -> departmentRows() > 0);
        wait.until(d -> feedLive());
        wait.until(d -> chartPoints("chart-satisfaction") > 0);
        assertThat(chartPoints("chart-throughput")).as("24 hours on the throughput chart").isEqualTo(24);

        // another case accepted: the counters move without a reload, within the feed's time, not the poll's
        long inProgress = number("c-inProgress");
        long acceptedToday = number("c-acceptedToday");
        String another = lifecycle.submit(Gateway.CLERK, Submissions.of(Submissions.ELDERLY_ALLOWANCE))
                .string("application.caseNumber");
        long submitted = System.nanoTime();
        new WebDriverWait(browser, FEED_WAIT).until(d -> number("c-acceptedToday") > acceptedToday
                && number("c-inProgress") > inProgress);
        System.out.printf("[system-tests] dashboard: case %s accepted, counters moved after %d ms (in progress %d -> %d)%n",
                another, Duration.ofNanos(System.nanoTime() - submitted).toMillis(), inProgress, number("c-inProgress"));
        assertThat(notReloaded()).as("the page was not reloaded").isTrue();

        // an alert: monitor's scan raises it, the page shows it without a reload, newest first
        String overdueCase = cases.getFirst();
        publishOverdueRectification(stack, overdueCase);
        long openAlerts = number("c-openAlerts");
        new WebDriverWait(browser, ALERT_WAIT).until(d -> !browser.findElements(By.cssSelector(
                "#alerts li[data-rule='RECTIFICATION_OVERDUE']")).isEmpty());
        String alert = browser.findElement(By.cssSelector("#alerts li[data-rule='RECTIFICATION_OVERDUE']")).getText();
        assertThat(alert).contains("差评整改逾期").contains(overdueCase);
        wait.until(d -> number("c-openAlerts") > openAlerts);
        assertThat(browser.findElements(By.cssSelector("#alerts li[data-rule='RECTIFICATION_OVERDUE'] button.acknowledgement")))
                .as("the monitor may acknowledge").hasSize(1);
        assertThat(notReloaded()).as("the page was not reloaded").isTrue();

        assertNoHorizontalOverflow(1920, 1080);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "dashboard-1920x1080.png");
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[system-tests] dashboard screenshot: " + target.toAbsolutePath());
        viewport(1366, 768);
        assertNoHorizontalOverflow(1366, 768);
        viewport(1920, 1080);

        // the language: English headings, remembered over a reload (the token stays in sessionStorage), and back
        browser.findElement(By.id("lang-toggle")).click();
        assertThat(text("title")).isEqualTo("e-Supervision Dashboard");
        assertThat(text("h-alerts")).isEqualTo("Supervision alerts");
        assertThat(text("h-departments")).isEqualTo("Cases by department");
        assertThat(alertTitle()).as("the rule's English title").isEqualTo("bad rating whose rectification is overdue");
        assertThat((String) js("return document.documentElement.lang;")).isEqualTo("en");
        browser.navigate().refresh();
        wait.until(d -> !((Boolean) js("return document.getElementById('board').hidden;")));
        assertThat(text("title")).as("the choice is remembered").isEqualTo("e-Supervision Dashboard");
        browser.findElement(By.id("lang-toggle")).click();
        assertThat(text("title")).isEqualTo("政务服务电子监察");
        assertThat(text("h-alerts")).isEqualTo("电子监察告警");
        assertThat((String) js("return document.documentElement.lang;")).isEqualTo("zh-CN");
        assertThat((String) js("return localStorage.getItem('onewindow.dashboard.lang');")).isEqualTo("zh");

        // the token never travels in a URL: not the page's, not any request's
        String token = (String) js("return sessionStorage.getItem('onewindow.dashboard.token');");
        assertThat(token).isNotBlank();
        assertThat(browser.getCurrentUrl()).doesNotContain(token);
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name);");
        assertThat(requested).noneMatch(url -> url.contains(token))
                .allMatch(url -> url.startsWith(gateway.base().resolve("/").toString()), "same origin only");

        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            System.out.println("[system-tests] dashboard console: " + entry.getLevel() + " " + entry.getMessage());
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    /** rating-service's part: a rectification of {@code caseNumber} that was due a week ago (docs above). */
    private static void publishOverdueRectification(RunningStack stack, String caseNumber) {
        OffsetDateTime now = OffsetDateTime.now(CHINA);
        LocalDate dueOn = now.toLocalDate().minusDays(7);
        String payload = Json.write(Json.object("ratingId", UUID.randomUUID().toString(), "caseNumber", caseNumber,
                "implementingDepartment", "MARKET", "dueOn", dueOn.toString(),
                "openedAt", now.minusDays(22).toString()));
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("rating.ratings", caseNumber, payload);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_type", "org.onewindow.rating.RectificationOpened.v1");
            header(record, "ce_source", "/onewindow/system-tests");
            header(record, "ce_subject", caseNumber);
            header(record, "ce_time", now.toString());
            header(record, "content-type", "application/json");
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to rating.ratings", e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A window whose viewport (not its outer frame) is {@code width}×{@code height}. */
    private static void viewport(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        long frameWidth = ((Number) js("return window.outerWidth - window.innerWidth;")).longValue();
        long frameHeight = ((Number) js("return window.outerHeight - window.innerHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(width + (int) frameWidth, height + (int) frameHeight));
    }

    private static void assertNoHorizontalOverflow(int width, int height) {
        new WebDriverWait(browser, WAIT).until(d -> ((Number) js("return window.innerWidth;")).intValue() == width);
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) js("""
                const doc = document.scrollingElement;
                return {innerWidth: window.innerWidth, innerHeight: window.innerHeight, clientWidth: doc.clientWidth,
                        scrollWidth: doc.scrollWidth,
                        widest: Math.max(...[...document.querySelectorAll('#board *, header *')]
                                .map(e => e.getBoundingClientRect().right))};""");
        System.out.printf("[system-tests] dashboard at %dx%d: %s%n", width, height, page);
        int clientWidth = ((Number) page.get("clientWidth")).intValue();
        assertThat(((Number) page.get("scrollWidth")).intValue()).as("no horizontal scroll at %dx%d: %s", width, height, page)
                .isLessThanOrEqualTo(clientWidth);
        assertThat(((Number) page.get("widest")).doubleValue()).as("nothing past the right edge at %dx%d: %s", width,
                height, page).isLessThanOrEqualTo(clientWidth + 0.5);
    }

    private static String alertTitle() {
        return browser.findElement(By.cssSelector("#alerts li[data-rule='RECTIFICATION_OVERDUE'] .alert-title")).getText();
    }

    private static long number(String id) {
        String value = text(id);
        return value.matches("\\d+") ? Long.parseLong(value) : -1;
    }

    /** Data points of the first series of an ECharts chart, as the page drew it. */
    private static long chartPoints(String id) {
        Object points = js("""
                const chart = echarts.getInstanceByDom(document.getElementById(arguments[0]));
                const series = chart && chart.getOption().series;
                return series && series.length ? series[0].data.length : 0;""", id);
        return ((Number) points).longValue();
    }

    private static long departmentRows() {
        return browser.findElements(By.cssSelector("#departments tbody tr")).size();
    }

    private static boolean feedLive() {
        return Boolean.TRUE.equals(js("return document.getElementById('feed-status').classList.contains('feed-live');"));
    }

    private static boolean notReloaded() {
        return Boolean.TRUE.equals(js("return window.dashboardNotReloaded === true;"));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }
}
