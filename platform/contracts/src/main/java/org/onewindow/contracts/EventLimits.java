package org.onewindow.contracts;

/**
 * The size every event must stay under, whatever its type.
 *
 * <p>Kafka refuses a record above the producer's {@code max.request.size} and the broker's
 * {@code message.max.bytes} (both about 1 MiB by default, and that is what our topics keep). An event near that
 * limit could be accepted by the API and then never published, holding back its stream; so the outbox refuses
 * anything above 90 % of it, and the API limits on every input are chosen so that no event can get there.
 */
public final class EventLimits {

    /** The broker's and producer's record limit the suite is configured for: 1 MiB. */
    public static final int BROKER_RECORD_BYTES = 1_048_576;

    /** The largest serialised event (payload, key and CloudEvents headers) the outbox accepts: 90 % of the limit. */
    public static final int MAX_EVENT_BYTES = BROKER_RECORD_BYTES / 10 * 9;

    private EventLimits() {
    }
}
