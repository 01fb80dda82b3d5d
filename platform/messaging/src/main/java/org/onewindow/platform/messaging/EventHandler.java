package org.onewindow.platform.messaging;

/**
 * Handles one consumed event inside the inbox transaction: whatever it writes with the service's
 * {@code JdbcClient} commits together with the inbox row, or not at all. Throwing rolls both back and the
 * record is retried (bounded), then dead-lettered.
 */
@FunctionalInterface
public interface EventHandler<T> {

    void handle(T event, IncomingEvent<T> meta) throws Exception;
}
