package org.onewindow.monitor.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.onewindow.platform.test.MutableClock;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one test context of this module (so its test classes share one start): the embedded database and broker,
 * MockMvc, the scan off (tests run it themselves) and a {@link MutableClock}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@OneWindowTest(properties = "onewindow.monitor.scan.enabled=false")
@AutoConfigureMockMvc
@Import(MonitorTest.Clocks.class)
public @interface MonitorTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(ChinaTime.ZONE);
        }
    }
}
