package org.onewindow.monitor.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operators' dashboard (大屏): static files of this service under {@value #PATH}, reached through the gateway's
 * existing {@code /api/monitor/**} route, public (the page itself holds no data; every figure it shows is fetched
 * with the signed-in user's token). ECharts comes from its WebJar under {@code lib/echarts/}: the CSP allows scripts
 * from the page's own origin only, so nothing is loaded from a CDN. {@value #PATH} and {@value #PATH}{@code /} lead to
 * {@code index.html}, so the relative links of the page resolve.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardConfiguration implements WebMvcConfigurer {

    public static final String PATH = "/api/monitor/v1/dashboard";
    /** Same as {@code echarts.version} of monitor-service's pom. */
    public static final String ECHARTS_VERSION = "5.3.1";
    static final String FILES = "classpath:/dashboard/";
    static final String ECHARTS = "classpath:/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // no-cache: the browser revalidates (ETag/Last-Modified), so a new release is picked up at the next load
        registry.addResourceHandler(PATH + "/lib/echarts/**").addResourceLocations(ECHARTS)
                .setCacheControl(CacheControl.noCache());
        registry.addResourceHandler(PATH + "/**").addResourceLocations(FILES)
                .setCacheControl(CacheControl.noCache());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // a relative Location (Tomcat's default): through the gateway the browser stays on the gateway's origin
        registry.addRedirectViewController(PATH, PATH + "/index.html").setStatusCode(HttpStatus.FOUND);
        registry.addRedirectViewController(PATH + "/", PATH + "/index.html").setStatusCode(HttpStatus.FOUND);
    }
}
