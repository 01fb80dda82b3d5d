package org.onewindow.platform.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one time zone of the law's days (Asia/Shanghai): acceptance day, deadlines, "today" of every service. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    /** The platform's clock: system time, read in China's zone. Services get it as a bean; tests pass a fixed one. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
