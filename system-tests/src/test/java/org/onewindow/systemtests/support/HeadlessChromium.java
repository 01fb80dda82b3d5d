package org.onewindow.systemtests.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser ITs' headless Chromium: Debian's {@code chromium} and {@code chromium-driver}
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; other paths: {@code -Dsystemtests.chromium=...
 * -Dsystemtests.chromedriver=...}, which the pom passes on as {@code onewindow.systemtests.*}), which {@code .ci/run}
 * installs. Without them the calling class is
 * reported as skipped, with the reason, instead of failing.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /**
     * Starts the browser for {@code test} (the class's name, for the skip message), or skips the class.
     *
     * @param packages what to install, named in the skip message
     * @param pageLoad how long a page may take to load
     * @param options  what the test adds to the headless defaults: window size, phone emulation, log levels
     */
    public static WebDriver start(String test, String packages, Duration pageLoad, Consumer<ChromeOptions> options) {
        Path chromium = Path.of(System.getProperty("onewindow.systemtests.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("onewindow.systemtests.chromedriver", "/usr/bin/chromedriver"));
        boolean present = Files.isExecutable(chromium) && Files.isExecutable(chromedriver);
        if (!present) {
            System.out.printf("[system-tests] %s SKIPPED: no headless browser (%s and %s must exist; apt-get install %s,"
                    + " as .ci/run does)%n", test, chromium, chromedriver, packages);
        }
        assumeTrue(present, () -> test + " skipped: " + chromium + " or " + chromedriver + " is missing (apt-get install "
                + packages + "; .ci/run installs them)");
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(chromium.toFile());
        chrome.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        options.accept(chrome);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, chrome);
        browser.manage().timeouts().pageLoadTimeout(pageLoad);
        return browser;
    }

    /** Quits the browser if {@link #start} started one (the class may have been skipped). */
    public static void quit(WebDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }
}
