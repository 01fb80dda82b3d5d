package org.onewindow.catalog.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * {@code onewindow.catalog.*}: the catalog's settings, each default here and nowhere else (docs/catalog.md,
 * "Configuration"). Checked at start: a service with an unusable setting does not start.
 *
 * @param effectiveDateCron when scheduled versions are put in force (Spring cron, six fields, China time)
 * @param importFile        a catalog file (JSON, or CSV when named {@code *.csv}) imported at start; empty: none
 * @param importExit        exit after importing {@code importFile} (0 written, 2 rejected): the command-line mode
 */
@Validated
@ConfigurationProperties("onewindow.catalog")
public record CatalogProperties(@NotBlank @DefaultValue("0 */15 * * * *") String effectiveDateCron,
                                @NotNull @DefaultValue("") @Name("import") String importFile,
                                @DefaultValue("false") boolean importExit) {

    @AssertTrue(message = "must be a Spring cron expression of six fields, e.g. 0 */15 * * * *")
    public boolean isEffectiveDateCronValid() {
        return effectiveDateCron == null || CronExpression.isValidExpression(effectiveDateCron);
    }

    /** {@code onewindow.demo-data}: import the demo catalog at start when the catalog has no department yet. */
    @Validated
    @ConfigurationProperties("onewindow")
    public record DemoData(@DefaultValue("false") boolean demoData) {
    }
}
