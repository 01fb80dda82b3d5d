package org.onewindow.monitor.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The dashboard's files as the CSP and the two languages need them (the browser test, system-tests
 * DashboardBrowserIT, drives the page itself): no inline script or handler, every script and style the page names
 * is on the class path (ECharts from its WebJar, no CDN), every text key of the page has a Chinese and an English
 * word.
 */
class DashboardFilesTest {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("data-i18n=\"([^\"]+)\"");

    @Test
    void the_page_runs_no_inline_script_and_loads_only_its_own_files() throws IOException {
        String page = read("dashboard/index.html");
        Matcher script = SCRIPT.matcher(page);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group(2)).as("inline script (the CSP allows 'self' only): %s", script.group()).isBlank();
            assertThat(script.group(1)).as("a script names its file").contains("src=");
        }
        assertThat(scripts).as("echarts, i18n, dashboard").isEqualTo(3);
        assertThat(page).as("no inline event handler").doesNotContainPattern("\\son[a-z]+=");
        Matcher linked = LINKED.matcher(page);
        List<String> files = linked.results().map(m -> m.group(1)).toList();
        assertThat(files).contains("lib/echarts/echarts.min.js", "favicon.svg", "dashboard.css", "i18n.js", "dashboard.js")
                .allSatisfy(file -> assertThat(file).as("relative to the page, same origin").doesNotContain("//"));
        for (String file : files) {
            String location = file.startsWith("lib/echarts/")
                    ? DashboardConfiguration.ECHARTS.substring("classpath:/".length()) + file.substring("lib/echarts/".length())
                    : "dashboard/" + file;
            assertThat(getClass().getClassLoader().getResource(location)).as("%s on the class path (%s)", file, location)
                    .isNotNull();
        }
    }

    @Test
    void every_text_of_the_page_has_both_languages() throws IOException {
        String texts = read("dashboard/i18n.js");
        int english = texts.indexOf("\n  en: {");
        assertThat(english).as("i18n.js has zh then en").isPositive();
        String zh = texts.substring(0, english);
        String en = texts.substring(english);
        Set<String> keys = new LinkedHashSet<>();
        KEY.matcher(read("dashboard/index.html")).results().forEach(m -> keys.add(m.group(1)));
        Pattern scriptKeys = Pattern.compile("(?<![\\w.])t\\('([a-zA-Z.]+)'\\)");
        scriptKeys.matcher(read("dashboard/dashboard.js")).results().forEach(m -> keys.add(m.group(1)));
        assertThat(keys).hasSizeGreaterThan(30);
        for (String key : keys) {
            assertThat(zh).as("Chinese text of %s", key).contains("'" + key + "':");
            assertThat(en).as("English text of %s", key).contains("'" + key + "':");
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DashboardFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
