package org.onewindow.contracts;

/**
 * The event streams of the suite, one per owning service. The topic name here is only the default:
 * services read the real name from {@code onewindow.topics.<stream-id>} (see TopicNames in
 * platform-messaging), so names are configuration, not literals scattered in code.
 */
public enum Stream {
    CATALOG_ITEMS("catalog-items", "catalog.items", true),
    CATALOG_CALENDAR("catalog-calendar", "catalog.calendar", true),
    INTAKE_APPLICATIONS("intake-applications", "intake.applications", false),
    REVIEW_CASES("review-cases", "review.cases", false),
    SUPERVISION_RECORDS("supervision-records", "supervision.records", false),
    RATING_RATINGS("rating-ratings", "rating.ratings", false),
    MONITOR_ALERTS("monitor-alerts", "monitor.alerts", false);

    private final String id;
    private final String defaultTopic;
    private final boolean compacted;

    Stream(String id, String defaultTopic, boolean compacted) {
        this.id = id;
        this.defaultTopic = defaultTopic;
        this.compacted = compacted;
    }

    /** Configuration key of the stream, e.g. {@code review-cases}. */
    public String id() {
        return id;
    }

    public String defaultTopic() {
        return defaultTopic;
    }

    /** Compacted streams keep the latest event per key: a new consumer rebuilds its replica from them. */
    public boolean compacted() {
        return compacted;
    }

    /** Kafka's {@code retention.ms} for "keep for ever". */
    public static final String RETENTION_FOREVER = "-1";

    /**
     * The topic configuration every deployment gives this stream's topic (launcher, services, compose, Kubernetes):
     * compacted streams keep the latest event per key; the others keep their whole history
     * ({@code retention.ms=-1}), so a dashboard (monitor-service, or an outside team) can rebuild its figures by
     * reading from the beginning.
     */
    public java.util.Map<String, String> topicConfigs() {
        return compacted
                ? java.util.Map.of("cleanup.policy", "compact")
                : java.util.Map.of("cleanup.policy", "delete", "retention.ms", RETENTION_FOREVER);
    }
}
