package org.onewindow.monitor.feed.adapters.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.onewindow.monitor.config.MonitorProperties;
import org.onewindow.monitor.feed.application.FeedStore;
import org.onewindow.monitor.feed.domain.FeedEntry;
import org.onewindow.monitor.feed.domain.FeedFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: sends the entries past its position that match its filter ({@code id:} the sequence number,
 * {@code event:} the type, {@code data:} the public JSON), a {@code figures} message when the summary changed
 * (no id: it does not move the client's Last-Event-ID), and a {@code : keep-alive} comment after
 * {@code heartbeat} without a write. A failed write means the client has gone: the stream ends.
 */
final class FeedStream implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(FeedStream.class);

    private final FeedStreams streams;
    private final FeedStore store;
    private final SseEmitter emitter;
    private final FeedFilter filter;
    private final MonitorProperties.Feed settings;
    private volatile boolean ended;
    private long position;
    private long figuresSent = -1;
    private long lastWrite; // System.nanoTime(): heartbeats follow real time, whatever the service's clock

    FeedStream(FeedStreams streams, FeedStore store, SseEmitter emitter, FeedFilter filter, long position,
               MonitorProperties.Feed settings) {
        this.streams = streams;
        this.store = store;
        this.emitter = emitter;
        this.filter = filter;
        this.position = position;
        this.settings = settings;
        emitter.onCompletion(() -> ended = true);
        emitter.onTimeout(() -> ended = true);
        emitter.onError(e -> ended = true);
    }

    @Override
    public void run() {
        try {
            emitter.send(SseEmitter.event().reconnectTime(settings.heartbeat().toMillis()).comment(" feed open"));
            lastWrite = System.nanoTime();
            while (!ended && streams.running()) {
                if (sendEntries()) {
                    continue;
                }
                sendFigures();
                if (System.nanoTime() - lastWrite >= settings.heartbeat().toNanos()) {
                    emitter.send(SseEmitter.event().comment(" keep-alive"));
                    lastWrite = System.nanoTime();
                }
                LockSupport.parkNanos(settings.pollInterval().toNanos() / 2);
            }
        } catch (IOException | IllegalStateException gone) {
            log.debug("live feed: stream ended: {}", gone.toString());
        } catch (RuntimeException e) {
            log.warn("live feed: stream failed", e);
        } finally {
            end();
            streams.closed(this);
        }
    }

    /** Sends the next batch; true when there may be more right away. */
    private boolean sendEntries() throws IOException {
        long head = streams.head();
        if (head <= position) {
            return false;
        }
        List<FeedEntry> entries = store.between(position, head, filter, settings.batch());
        for (FeedEntry entry : entries) {
            emitter.send(SseEmitter.event().id(Long.toString(entry.seq())).name(entry.type()).data(entry.json()));
            position = entry.seq();
        }
        if (!entries.isEmpty()) {
            lastWrite = System.nanoTime();
        }
        if (entries.size() < settings.batch()) {
            position = head;
            return false;
        }
        return true;
    }

    private void sendFigures() throws IOException {
        long version = streams.figuresVersion();
        String figures = streams.figuresJson();
        if (version != figuresSent && figures != null) {
            emitter.send(SseEmitter.event().name("figures").data(figures));
            figuresSent = version;
            lastWrite = System.nanoTime();
        }
    }

    void end() {
        ended = true;
        try {
            emitter.complete();
        } catch (RuntimeException alreadyDone) {
            // the container has completed it already
        }
    }
}
