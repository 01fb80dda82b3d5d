package org.onewindow.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onewindow.contracts.catalog.CalendarPublished;
import org.onewindow.platform.calendar.CalendarReplica;
import org.onewindow.platform.messaging.MalformedEventException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 7: the catalog accepted calendars that every consumer then dead-lettered. One function now decides
 * (platform-clock's {@code CalendarRules}); this table shows the producer's verdict (the catalog's
 * {@code PUT /calendars/{year}}: 200 or 422 listing every violation) and the consumer's (platform-calendar's
 * {@link CalendarReplica#verify}, which sends a malformed calendar to the DLT) agree on every calendar.
 */
class CalendarAgreementTest extends CatalogIntegrationTest {

    /** (name, year, holidays, adjusted workdays, the rules the catalog must name; empty when valid). */
    static Stream<Arguments> calendars() {
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 61; i++) {
            tooMany.add(LocalDate.of(2047, 1, 1).plusDays(i).toString());
        }
        return Stream.of(
                Arguments.of("seen: an adjusted workday on a Wednesday", 2041, List.of(), List.of("2041-01-02"),
                        List.of("calendar.workday-not-weekend")),
                Arguments.of("seen: a day both holiday and workday", 2042, List.of("2042-01-04"), List.of("2042-01-04"),
                        List.of("calendar.holiday-and-workday")),
                Arguments.of("a holiday in another year", 2043, List.of("2044-01-01"), List.of(),
                        List.of("calendar.date-outside-year")),
                Arguments.of("a workday twice", 2044, List.of(), List.of("2044-01-02", "2044-01-02"),
                        List.of("calendar.duplicate-date")),
                Arguments.of("everything wrong at once", 2045, List.of("2045-01-07", "2046-01-01"),
                        List.of("2045-01-07", "2045-01-03"), List.of("calendar.date-outside-year",
                                "calendar.holiday-and-workday", "calendar.workday-not-weekend")),
                Arguments.of("a year out of range", 1800, List.of(), List.of(), List.of("calendar.year-range")),
                Arguments.of("valid: 春节 and a Saturday workday", 2046, List.of("2046-02-05", "2046-02-06"),
                        List.of("2046-01-27"), List.of()),
                Arguments.of("valid: nothing special", 2048, List.of(), List.of(), List.of()),
                Arguments.of("valid: at the holiday limit", 2047, tooMany.subList(0, 60), List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void the_catalog_refuses_exactly_the_calendars_its_consumers_would_dead_letter(String name, int year,
            List<String> holidays, List<String> workdays, List<String> rules) throws Exception {
        MvcResult answer = mvc.perform(put("/api/catalog/v1/calendars/" + year).header("Authorization", ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"holidays\":" + json(holidays) + ",\"adjustedWorkdays\":" + json(workdays)
                        + ",\"reason\":\"" + name + "\"}")).andReturn();
        boolean producerRefuses = answer.getResponse().getStatus() == 422;

        boolean consumerRefuses;
        try {
            CalendarReplica.verify(new CalendarPublished(year, 1, dates(holidays), dates(workdays),
                    OffsetDateTime.now()));
            consumerRefuses = false;
        } catch (MalformedEventException malformed) {
            consumerRefuses = true;
        }

        assertThat(producerRefuses).as("the catalog refuses (HTTP %s)", answer.getResponse().getStatus())
                .isEqualTo(consumerRefuses).isEqualTo(!rules.isEmpty());
        if (producerRefuses) {
            List<String> named = new ArrayList<>();
            parse(answer.getResponse().getContentAsString()).path("errors")
                    .forEach(error -> named.add(error.path("rule").asString()));
            assertThat(named).as("every violation is listed").containsOnlyOnceElementsOf(rules).containsOnly(rules.toArray(String[]::new));
        } else {
            assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        }
    }

    private static String json(List<String> dates) {
        return dates.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static List<LocalDate> dates(List<String> dates) {
        return dates.stream().map(LocalDate::parse).toList();
    }
}
