package org.onewindow.intake.config;

import java.time.Duration;
import java.util.Map;

import org.onewindow.intake.documents.application.DocumentLimits;
import org.onewindow.intake.documents.domain.RetentionRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Documents' settings ({@code onewindow.intake.documents.*}), checked at start. docs/intake.md, "Documents".
 *
 * @param maxFileSize               one file (Tomcat's multipart limit is set from it, so a larger part is refused
 *                                  before anything is stored)
 * @param maxPerApplication         all files of one case together, every version counted
 * @param maxDocumentsPerApplication files (versions) per case
 * @param maxChunkSize              one chunk of a chunked upload
 * @param orphanGrace               an object younger than this is never taken for an orphan
 * @param orphanCleanerInterval     how often the orphan cleaner runs
 * @param draftRetention            an upload never committed is deleted after this
 * @param draftCleanerInterval      how often the draft cleaner runs
 * @param retention                 the retention period of a case's documents
 */
@Validated
@ConfigurationProperties("onewindow.intake.documents")
public record DocumentProperties(
        @DefaultValue("20MB") @NotNull DataSize maxFileSize,
        @DefaultValue("200MB") @NotNull DataSize maxPerApplication,
        @DefaultValue("200") @Min(1) @Max(10_000) int maxDocumentsPerApplication,
        @DefaultValue("8MB") @NotNull DataSize maxChunkSize,
        @DefaultValue("PT1H") @NotNull Duration orphanGrace,
        @DefaultValue("PT1H") @NotNull Duration orphanCleanerInterval,
        @DefaultValue("P30D") @NotNull Duration draftRetention,
        @DefaultValue("PT6H") @NotNull Duration draftCleanerInterval,
        @DefaultValue @Valid Retention retention) {

    /**
     * @param defaultPeriod ISO period or {@code PERMANENT}; cases that ended with a licence are PERMANENT
     * @param items         by item code: that item's period, overriding both
     */
    public record Retention(@DefaultValue("P30Y") String defaultPeriod, Map<String, String> items) {
        public Retention {
            items = items == null ? Map.of() : Map.copyOf(items);
        }
    }

    DocumentLimits limits() {
        return new DocumentLimits(maxFileSize.toBytes(), maxPerApplication.toBytes(), maxDocumentsPerApplication,
                maxChunkSize.toBytes(), orphanGrace, draftRetention);
    }

    RetentionRule retentionRule() {
        return new RetentionRule(retention.defaultPeriod(), retention.items());
    }
}
