package org.onewindow.catalog.calendar;

import jakarta.validation.constraints.Size;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.TextLimits;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.onewindow.platform.kernel.NotFound;
import org.onewindow.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 工作日历: each PUT publishes a new version of the year; the history stays readable. */
@RestController
@RequestMapping("/api/catalog/v1/calendars")
public class CalendarController {

    public record CalendarRequest(@NotNull @Size(max = ListLimits.HOLIDAYS) List<LocalDate> holidays,
                                  @NotNull @Size(max = ListLimits.ADJUSTED_WORKDAYS) List<LocalDate> adjustedWorkdays,
                                  @NotBlank @Size(max = TextLimits.REASON) String reason) {
    }

    private final CalendarService calendars;
    private final CurrentActor currentActor;

    public CalendarController(CalendarService calendars, CurrentActor currentActor) {
        this.calendars = calendars;
        this.currentActor = currentActor;
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('CATALOG_ADMIN')")
    public CalendarService.CalendarVersion publish(@PathVariable int year, @Valid @RequestBody CalendarRequest request) {
        return calendars.publish(year, request.holidays(), request.adjustedWorkdays(),
                currentActor.current().userId(), request.reason());
    }

    @GetMapping("/{year}")
    public CalendarService.CalendarVersion latest(@PathVariable int year) {
        return calendars.latest(year).orElseThrow(() -> new NotFound("calendar", Integer.toString(year)));
    }

    @GetMapping("/{year}/versions")
    public List<CalendarService.CalendarVersion> history(@PathVariable int year) {
        return calendars.history(year);
    }
}
