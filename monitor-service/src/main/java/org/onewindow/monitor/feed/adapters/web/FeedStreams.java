package org.onewindow.monitor.feed.adapters.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.onewindow.monitor.config.MonitorProperties;
import org.onewindow.monitor.feed.application.FeedStore;
import org.onewindow.monitor.feed.domain.FeedFilter;
import org.onewindow.monitor.figures.adapters.persistence.JdbcFigures;
import org.onewindow.platform.clock.ChinaTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The open feed streams of this instance. One watcher reads the feed table's head every {@code poll-interval} while
 * streams are open (one small query per instance, not per stream) and recomputes the dashboard's summary when the
 * head moved (at most once per {@code figures-interval}, and every 30 s for the date-bound counters); each stream
 * runs on its own virtual thread, reads its entries past its position with its own filter and sends them, so a slow
 * client holds up nobody else. Works with several instances: the table is the only shared state.
 */
public class FeedStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedStreams.class);
    private static final Duration FIGURES_AT_LEAST_EVERY = Duration.ofSeconds(30);

    private final FeedStore store;
    private final JdbcFigures figures;
    private final JsonMapper json;
    private final Clock clock;
    private final MonitorProperties.Feed settings;
    private final Set<FeedStream> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reserved = new AtomicInteger();

    private volatile long head;
    private volatile String figuresJson;
    private volatile long figuresVersion;
    private volatile boolean running;
    private Thread watcher;

    public FeedStreams(FeedStore store, JdbcFigures figures, JsonMapper json, Clock clock,
                       MonitorProperties.Feed settings) {
        this.store = store;
        this.figures = figures;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    /** Takes one of the instance's {@code max-streams} places; false when all are taken. */
    boolean reserve() {
        while (true) {
            int now = reserved.get();
            if (now >= settings.maxStreams()) {
                return false;
            }
            if (reserved.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void release() {
        reserved.decrementAndGet();
    }

    /** Streams open (or being opened) on this instance. */
    public int openStreams() {
        return reserved.get();
    }

    /**
     * Opens a stream on a reserved place: from {@code resumeAfter} when the client gives a Last-Event-ID, else from
     * now on. The place is released when the stream ends.
     */
    SseEmitter open(FeedFilter filter, Long resumeAfter) {
        long now = store.head();
        head = Math.max(head, now);
        long start = resumeAfter == null ? now : Math.min(resumeAfter, now);
        if (figuresJson == null) {
            refreshFigures();
        }
        Duration timeout = settings.streamTimeout();
        SseEmitter emitter = new SseEmitter(timeout.isZero() ? 0L : timeout.toMillis());
        FeedStream stream = new FeedStream(this, store, emitter, filter, start, settings);
        open.add(stream);
        Thread.ofVirtual().name("feed-stream-", 0).start(stream);
        return emitter;
    }

    void closed(FeedStream stream) {
        if (open.remove(stream)) {
            release();
        }
    }

    long head() {
        return head;
    }

    String figuresJson() {
        return figuresJson;
    }

    long figuresVersion() {
        return figuresVersion;
    }

    boolean running() {
        return running;
    }

    private void watch() {
        long seenHead = -1;
        Instant figuresAt = Instant.EPOCH;
        while (running) {
            try {
                if (!open.isEmpty()) {
                    long now = store.head();
                    head = now;
                    Instant at = clock.instant();
                    boolean moved = now != seenHead;
                    if ((moved && !at.isBefore(figuresAt.plus(settings.figuresInterval())))
                            || !at.isBefore(figuresAt.plus(FIGURES_AT_LEAST_EVERY))) {
                        refreshFigures();
                        figuresAt = at;
                        seenHead = now;
                    }
                }
            } catch (RuntimeException e) {
                log.warn("live feed: reading the feed table failed, trying again: {}", e.toString());
            }
            LockSupport.parkNanos(settings.pollInterval().toNanos());
        }
    }

    /** The summary as JSON; a new version only when it differs from the last one sent. */
    private synchronized void refreshFigures() {
        String now = json.writeValueAsString(figures.summary(ChinaTime.today(clock)));
        if (!now.equals(figuresJson)) {
            figuresJson = now;
            figuresVersion++;
        }
    }

    @Override
    public void start() {
        running = true;
        watcher = Thread.ofVirtual().name("feed-watcher").start(this::watch);
    }

    /** Before the web server's graceful shutdown (a later phase stops first): ends every stream. */
    @Override
    public void stop() {
        running = false;
        for (FeedStream stream : open) {
            stream.end();
        }
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
