package org.onewindow.catalog.config;

import org.onewindow.catalog.calendar.adapters.messaging.CalendarEventMapper;
import org.onewindow.catalog.calendar.adapters.persistence.JdbcCalendarStore;
import org.onewindow.catalog.calendar.domain.CalendarEvent;
import org.onewindow.catalog.calendar.domain.WorkingCalendar;
import org.onewindow.catalog.items.adapters.messaging.ItemEventMapper;
import org.onewindow.catalog.items.adapters.persistence.JdbcItemStore;
import org.onewindow.catalog.items.application.EffectiveDates;
import org.onewindow.catalog.items.domain.ItemEvent;
import org.onewindow.catalog.items.domain.ServiceItem;
import org.onewindow.catalog.organisation.adapters.messaging.OrganisationEventMapper;
import org.onewindow.catalog.organisation.adapters.persistence.JdbcCentreStore;
import org.onewindow.catalog.organisation.adapters.persistence.JdbcDepartmentStore;
import org.onewindow.catalog.organisation.domain.OrganisationEvent;
import org.onewindow.catalog.organisation.domain.RegisteredCentre;
import org.onewindow.catalog.organisation.domain.RegisteredDepartment;
import org.onewindow.platform.clock.ChinaTime;
import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.platform.kernel.CentreCode;
import org.onewindow.platform.kernel.DepartmentCode;
import org.onewindow.platform.kernel.ItemCode;
import org.onewindow.platform.messaging.ScheduledScan;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring: the catalog's four command paths (items, departments, centres, calendars) and the effective-date job's
 * schedule. Who may run a command is decided in the filter chain by the access policy table (platform/security
 * access-policy.csv, CATALOG_ADMIN); the command paths' own access policies therefore permit all.
 */
@Configuration
@EnableConfigurationProperties({CatalogProperties.class, CatalogProperties.DemoData.class})
class CatalogConfiguration {

    private final CatalogProperties properties;
    private final ObjectProvider<EffectiveDates> effectiveDates;

    CatalogConfiguration(CatalogProperties properties, ObjectProvider<EffectiveDates> effectiveDates) {
        this.properties = properties;
        this.effectiveDates = effectiveDates;
    }

    @Bean
    CommandPath<ItemCode, ServiceItem, ItemEvent> itemCommands(CommandPaths paths, JdbcItemStore store) {
        return paths.of("item", store, item -> item.code().value(), new ItemEventMapper(), AccessPolicy.permitAll());
    }

    @Bean
    CommandPath<DepartmentCode, RegisteredDepartment, OrganisationEvent> departmentCommands(CommandPaths paths,
                                                                                           JdbcDepartmentStore store) {
        return paths.of("department", store, d -> d.code().value(), new OrganisationEventMapper(),
                AccessPolicy.permitAll());
    }

    @Bean
    CommandPath<CentreCode, RegisteredCentre, OrganisationEvent> centreCommands(CommandPaths paths,
                                                                               JdbcCentreStore store) {
        return paths.of("centre", store, c -> c.code().value(), new OrganisationEventMapper(), AccessPolicy.permitAll());
    }

    @Bean
    CommandPath<Integer, WorkingCalendar, CalendarEvent> calendarCommands(CommandPaths paths, JdbcCalendarStore store) {
        return paths.of("calendar", store, WorkingCalendar::subject, new CalendarEventMapper(), AccessPolicy.permitAll());
    }

    /** 生效日期: on {@code onewindow.catalog.effective-date-cron}, China time. */
    @Bean
    ScheduledScan effectiveDateScan() {
        return ScheduledScan.named(EffectiveDates.SCAN).cron(properties.effectiveDateCron(), ChinaTime.ZONE)
                .round(() -> effectiveDates.getObject().activateDue().size()).build();
    }
}
