package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.HeadlessChromium;
import org.onewindow.systemtests.support.StackTest;
import org.onewindow.systemtests.support.Submissions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an integrator and a citizen first see, in a real browser (headless Chromium, emulating a 375×812 phone):
 * the public 办事指南 fits the phone's width (the viewport meta is honoured and nothing scrolls sideways), and the
 * Swagger UI behind the gateway groups operations by capability with Chinese and English names, offers the gateway's
 * own origin as the server, and "Authorize" with a token from the development issuer makes "Try it out" succeed.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} ({@link HeadlessChromium}); without them the class
 * is reported as skipped, with the reason, instead of failing.
 */
@Order(10)
class EdgeBrowserIT extends StackTest {

    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 812;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start("EdgeBrowserIT", "chromium chromium-driver", WAIT, options -> {
            options.addArguments("--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT);
            // a phone: the layout viewport is 980 px unless the page's viewport meta says device-width
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 3.0, "mobile", true)));
        });
    }

    @AfterAll
    static void stopBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void the_public_guide_reads_on_a_phone_without_sideways_scrolling() {
        browser.get(gateway.base().resolve("/api/catalog/v1/guides/" + Submissions.FOOD_BIZ_LICENCE + ".html").toString());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.materials")));
        assertThat(browser.getTitle()).contains("办事指南");

        Map<?, ?> page = (Map<?, ?>) js("""
                const body = getComputedStyle(document.body);
                return {innerWidth: window.innerWidth, scrollWidth: document.scrollingElement.scrollWidth,
                        fontSize: parseFloat(body.fontSize),
                        foreign: performance.getEntriesByType('resource').map(e => e.name)
                                .filter(n => new URL(n).origin !== location.origin),
                        widest: Math.max(...[...document.body.querySelectorAll('*')].map(e => e.getBoundingClientRect().right))};""");
        System.out.println("[system-tests] guide on a 375 px phone: " + page);
        assertThat(((Number) page.get("innerWidth")).intValue()).as("the layout viewport is the phone's width (viewport meta)")
                .isEqualTo(PHONE_WIDTH);
        assertThat(((Number) page.get("scrollWidth")).intValue()).as("no horizontal overflow: %s", page)
                .isLessThanOrEqualTo(((Number) page.get("innerWidth")).intValue());
        assertThat(((Number) page.get("widest")).doubleValue()).as("no element reaches past the right edge: %s", page)
                .isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(((Number) page.get("fontSize")).doubleValue()).as("readable body text").isGreaterThanOrEqualTo(16);
        assertThat((List<?>) page.get("foreign")).as("nothing loaded from another origin: %s", page).isEmpty();
    }

    @Test
    void swagger_ui_groups_by_capability_serves_the_gateway_and_authorize_makes_try_it_out_work() {
        browser.get(gateway.base().resolve("/swagger-ui.html").toString());
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));

        List<String> catalogTags = tagNames();
        assertThat(catalogTags).as("catalog's groups").contains("事项管理 Service items", "办事指南 Service guides")
                .noneMatch(t -> t.endsWith("-controller"));

        String origin = (String) js("return location.origin;");
        String server = (String) js("return document.querySelector('.servers select').value;");
        String serverOrigin = (String) js("return new URL(arguments[0], location.href).origin;", server);
        assertThat(serverOrigin).as("the server offered (%s) is the gateway's own origin", server).isEqualTo(origin);
        assertThat(server).doesNotContain("127.0.0.1:" + (8081 + offset()));

        authorize(gateway.token(Gateway.CLERK));
        WebElement items = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".opblock-get .opblock-summary-path[data-path='/api/catalog/v1/items']")));
        scrollAndClick(items);
        WebElement block = items.findElement(By.xpath("./ancestor::div[contains(@class,'opblock ')]"));
        scrollAndClick(wait.until(d -> block.findElement(By.cssSelector("button.try-out__btn"))));
        scrollAndClick(wait.until(d -> block.findElement(By.cssSelector("button.execute"))));
        WebElement status = wait.until(d -> {
            List<WebElement> live = block.findElements(By.cssSelector(".live-responses-table tbody .response-col_status"));
            return live.isEmpty() || live.getFirst().getText().isBlank() ? null : live.getFirst();
        });
        String requestUrl = block.findElement(By.cssSelector(".request-url pre")).getText();
        assertThat(requestUrl).as("Try it out calls the gateway").startsWith(origin + "/api/catalog/v1/items");
        assertThat(status.getText()).as("Try it out with the Authorize token, request %s", requestUrl).startsWith("200");

        // another document of the top bar's list, by Swagger UI's own link form
        browser.get(gateway.base().resolve("/swagger-ui/index.html?urls.primaryName=intake").toString());
        try {
            wait.until(d -> tagNames().contains("办件受理 Applications"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("intake's groups did not appear; shown: " + tagNames(), e);
        }
        assertThat(tagNames()).as("intake's groups").contains("办件受理 Applications", "办件查询 Public tracking")
                .noneMatch(t -> t.endsWith("-controller"));
    }

    private void authorize(String token) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        scrollAndClick(browser.findElement(By.cssSelector("button.btn.authorize")));
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux input[type='text']")));
        input.sendKeys(token);
        scrollAndClick(browser.findElement(By.cssSelector(".modal-ux .auth-btn-wrapper button.authorize")));
        scrollAndClick(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-ux button.btn-done"))));
    }

    private static List<String> tagNames() {
        return browser.findElements(By.cssSelector(".opblock-tag")).stream()
                .map(e -> e.getAttribute("data-tag") != null ? e.getAttribute("data-tag") : e.getText().strip())
                .filter(t -> !t.isBlank()).toList();
    }

    private static void scrollAndClick(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static int offset() {
        return Integer.getInteger("onewindow.systemtests.port-offset", 12000);
    }
}
