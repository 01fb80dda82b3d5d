package org.onewindow.platform.test.compatibility;

/**
 * The rules of the compatibility gate: what a change to an OpenAPI document, an event schema or the AsyncAPI
 * document means to integrators. A breaking rule fails the gate until the change is accepted on purpose (and recorded
 * in docs/changelog.md); a compatible one passes and is reported so the baseline gets refreshed.
 */
public enum Rule {

    // HTTP: what a client calls
    PATH_REMOVED(true, "a path clients call is gone"),
    OPERATION_REMOVED(true, "an operation (method on a path) clients call is gone"),
    PARAMETER_REMOVED(true, "a parameter clients send is no longer read"),
    PARAMETER_NEWLY_REQUIRED(true, "a parameter clients may omit today becomes required (or a new one is required)"),
    REQUEST_BODY_NEWLY_REQUIRED(true, "a request body clients may omit today becomes required"),
    MEDIA_TYPE_REMOVED(true, "a media type of a request or response body is gone"),
    RESPONSE_REMOVED(true, "a response status code clients handle is no longer documented"),
    RESPONSE_HEADER_REMOVED(true, "a response header clients read is gone"),
    // schemas: requests, responses and events
    PROPERTY_REMOVED(true, "a property is gone (a renamed property is removed and added)"),
    TYPE_CHANGED(true, "a value's type changed so that readers (response, event) or writers (request) break"),
    FORMAT_CHANGED(true, "a value's format (date, date-time, uuid...) changed"),
    ENUM_VALUE_REMOVED(true, "an enum value is gone"),
    EVENT_ENUM_VALUE_ADDED(true, "an event gained an enum value: consumers may not know it (needs a new event "
            + "version, or a tolerant-reader rule all consumers follow)"),
    PROPERTY_NEWLY_REQUIRED(true, "a request or event property becomes required (old clients omit it; old records on "
            + "the topic lack it)"),
    PROPERTY_NO_LONGER_REQUIRED(true, "a response or event property readers rely on may now be absent"),
    CONSTRAINT_TIGHTENED(true, "a request value's limit (length, size, range, pattern) refuses what it accepted"),
    COMPOSITION_CHANGED(true, "an allOf/oneOf/anyOf/if/then/else/not part of a schema was added, removed or resized"),
    REFERENCE_CHANGED(true, "a reference to another document changed"),
    // events and streams
    EVENT_TYPE_REMOVED(true, "an event type (ce_type) consumers read is gone"),
    CHANNEL_REMOVED(true, "a stream (AsyncAPI channel) is gone"),
    CHANNEL_CHANGED(true, "a stream's topic or Kafka binding (cleanup policy) changed"),
    MESSAGE_REMOVED(true, "an event type is no longer published on its stream"),

    // compatible: reported, and the baseline should be refreshed
    PATH_ADDED(false, "a new path"),
    OPERATION_ADDED(false, "a new operation"),
    PARAMETER_ADDED(false, "a new optional parameter"),
    PARAMETER_RELAXED(false, "a required parameter became optional"),
    REQUEST_BODY_RELAXED(false, "a required request body became optional"),
    MEDIA_TYPE_ADDED(false, "a new media type"),
    RESPONSE_ADDED(false, "a new response status code"),
    RESPONSE_HEADER_ADDED(false, "a new response header"),
    PROPERTY_ADDED(false, "a new optional property (or a new response property)"),
    TYPE_CHANGED_COMPATIBLY(false, "a type widened in a request or narrowed in a response or event"),
    ENUM_VALUE_ADDED(false, "a new enum value in a request, a response or a tolerant-reader event enum"),
    PROPERTY_REQUIRED_IN_RESPONSE(false, "a response property is now always present"),
    PROPERTY_RELAXED(false, "a required request property became optional"),
    CONSTRAINT_RELAXED(false, "a request value's limit accepts more, or a response or event value became a closed "
            + "list"),
    EVENT_TYPE_ADDED(false, "a new event type (or a new version of one)"),
    CHANNEL_ADDED(false, "a new stream"),
    MESSAGE_ADDED(false, "a new event type on a stream");

    private final boolean breaking;
    private final String meaning;

    Rule(boolean breaking, String meaning) {
        this.breaking = breaking;
        this.meaning = meaning;
    }

    /** The rule's stable name in reports, e.g. {@code property-removed}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean breaking() {
        return breaking;
    }

    public String meaning() {
        return meaning;
    }
}
