package org.onewindow.platform.web.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.tracing.exporter.FinishedSpan;
import io.micrometer.tracing.exporter.SpanReporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every finished span to an OTLP {@link SpanExporter} in batches, off the request thread: {@link #report}
 * copies the span into a bounded queue (a full queue drops the span and counts it: tracing must never slow or fail
 * a request), one daemon thread sends a batch when it is full or at the latest after {@code flushInterval}.
 * {@link #close()} sends what is queued and shuts the exporter down (Spring calls it when the context closes).
 */
public final class OtlpSpanReporter implements SpanReporter {

    static final int QUEUE_CAPACITY = 8192;
    static final int BATCH_SIZE = 512;
    private static final Logger log = LoggerFactory.getLogger(OtlpSpanReporter.class);

    private final SpanExporter exporter;
    private final Resource resource;
    private final Duration flushInterval;
    private final Duration exportTimeout;
    private final BlockingQueue<SpanData> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong exported = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread worker;
    private volatile boolean closed;

    public OtlpSpanReporter(SpanExporter exporter, Resource resource, Duration flushInterval, Duration exportTimeout) {
        this.exporter = exporter;
        this.resource = resource;
        this.flushInterval = flushInterval;
        this.exportTimeout = exportTimeout;
        this.worker = Thread.ofPlatform().daemon().name("otlp-span-export").unstarted(this::run);
        this.worker.start();
    }

    @Override
    public void report(FinishedSpan span) {
        if (closed || !queue.offer(FinishedSpans.toExported(span, resource))) {
            dropped.incrementAndGet();
        }
    }

    /** Spans dropped because the queue was full (the collector is slow or down) or the reporter closed. */
    public long dropped() {
        return dropped.get();
    }

    /** Spans the collector accepted. */
    public long exported() {
        return exported.get();
    }

    /** Spans in batches the collector refused or did not answer in time. */
    public long failed() {
        return failed.get();
    }

    private void run() {
        List<SpanData> batch = new ArrayList<>(BATCH_SIZE);
        while (!closed) {
            try {
                SpanData first = queue.poll(flushInterval.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH_SIZE - 1);
                export(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) { // the exporter's own fault: keep the thread, lose the batch
                failed.addAndGet(batch.size());
                log.warn("OTLP span export failed: {}", e.toString());
            } finally {
                batch.clear();
            }
        }
    }

    private void export(List<SpanData> batch) {
        CompletableResultCode result = exporter.export(List.copyOf(batch)).join(exportTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (result.isSuccess()) {
            exported.addAndGet(batch.size());
        } else {
            failed.addAndGet(batch.size()); // the exporter logs why (once per failure, by its own logger)
        }
    }

    @Override
    public void close() {
        closed = true; // the worker sees it within one flush interval; interrupting it would abandon a batch in flight
        try {
            worker.join(flushInterval.plus(exportTimeout).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<SpanData> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int i = 0; i < rest.size(); i += BATCH_SIZE) {
            export(rest.subList(i, Math.min(rest.size(), i + BATCH_SIZE)));
        }
        exporter.shutdown().join(exportTimeout.toMillis(), TimeUnit.MILLISECONDS);
        if (dropped.get() > 0 || failed.get() > 0) {
            log.info("OTLP span export closed: {} exported, {} failed, {} dropped", exported.get(), failed.get(), dropped.get());
        }
    }
}
