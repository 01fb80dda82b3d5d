package org.onewindow.platform.messaging;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;

/**
 * One Kafka {@link Admin} client, created on first use and shared by every caller of its owner: an admin client
 * per call would cost a connection and a metadata round trip each time, and one created eagerly would connect
 * even where no admin call is ever made. The owner closes it with itself.
 */
public final class SharedAdmin {

    private final Map<String, Object> config;
    private volatile Admin admin;

    public SharedAdmin(Map<String, Object> config) {
        this.config = Map.copyOf(config);
    }

    /** The client, created on the first call. */
    public Admin get() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                current = admin;
                if (current == null) {
                    current = Admin.create(config);
                    admin = current;
                }
            }
        }
        return current;
    }

    /** Closes the client if one was created, waiting at most {@code timeout} for calls under way. */
    public void close(Duration timeout) {
        Admin current = admin;
        if (current != null) {
            current.close(timeout);
        }
    }
}
