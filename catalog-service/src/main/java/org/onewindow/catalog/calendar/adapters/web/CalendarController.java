package org.onewindow.catalog.calendar.adapters.web;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.TextLimits;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.onewindow.catalog.calendar.application.CalendarReads.CalendarVersion;
import org.onewindow.catalog.calendar.application.Calendars;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.web.etags.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 工作日历: each PUT publishes a new version of the year; the history stays readable. The year's ETag is its latest
 * version; PUT checks {@code If-Match} when given.
 */
@RestController
@RequestMapping("/api/catalog/v1/calendars")
public record CalendarController(Calendars calendars, CurrentActor currentActor) {

    public record CalendarRequest(@NotNull @Size(max = ListLimits.HOLIDAYS) List<LocalDate> holidays,
                                  @NotNull @Size(max = ListLimits.ADJUSTED_WORKDAYS) List<LocalDate> adjustedWorkdays,
                                  @NotBlank @Size(max = TextLimits.REASON) String reason) {
    }

    @PutMapping("/{year}")
    public ResponseEntity<CalendarVersion> publish(@PathVariable int year,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody CalendarRequest request) {
        return answer(calendars.publish(year, request.holidays(), request.adjustedWorkdays(), ifMatch,
                AuditActor.of(currentActor.current(), "CATALOG_ADMIN"), request.reason()));
    }

    @GetMapping("/{year}")
    public ResponseEntity<CalendarVersion> latest(@PathVariable int year) {
        return answer(calendars.latest(year).orElseThrow(() -> new NotFound("calendar", Integer.toString(year))));
    }

    @GetMapping("/{year}/versions")
    public List<CalendarVersion> history(@PathVariable int year) {
        return calendars.history(year);
    }

    private static ResponseEntity<CalendarVersion> answer(CalendarVersion version) {
        return ResponseEntity.ok().eTag(ETags.of(version.version())).body(version);
    }
}
