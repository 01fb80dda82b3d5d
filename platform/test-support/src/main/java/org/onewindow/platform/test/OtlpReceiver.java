package org.onewindow.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A small OTLP/HTTP trace receiver for tests: {@code POST /v1/traces} with an {@code application/x-protobuf}
 * {@code ExportTraceServiceRequest} (gzip or not), decoded with the protocol's generated classes and kept in memory
 * (the most recent {@link #CAPACITY} spans). Answers 200 with an empty {@code ExportTraceServiceResponse}, 400 to a
 * body it cannot decode, 404 to any other path. Binds 127.0.0.1; port 0 takes a free one.
 */
public final class OtlpReceiver implements AutoCloseable {

    public static final int CAPACITY = 20_000;
    public static final String PATH = "/v1/traces";

    /** One received span: ids in lower-case hex, the resource's {@code service.name}, string forms of attributes. */
    public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name, String kind,
                               String serviceName, Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final Deque<ReceivedSpan> spans = new ArrayDeque<>();
    private long requests;
    private long refused;

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpReceiver start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.executor);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the OTLP receiver on port " + port, e);
        }
    }

    /** The URL to configure as the exporter's traces endpoint. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    public synchronized List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    public synchronized List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** Export requests received and accepted, and refused (undecodable). */
    public synchronized String stats() {
        return "%d requests, %d refused, %d spans kept".formatted(requests, refused, spans.size());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = body(exchange)) {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (IOException e) {
                synchronized (this) {
                    refused++;
                }
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            keep(request);
            // an empty ExportTraceServiceResponse: zero bytes of protobuf
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static InputStream body(HttpExchange exchange) throws IOException {
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody();
    }

    private synchronized void keep(ExportTraceServiceRequest request) {
        requests++;
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            String service = text(resourceSpans.getResource().getAttributesList()).getOrDefault("service.name", "");
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    spans.addLast(new ReceivedSpan(hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()),
                            span.getName(), span.getKind().name(), service, text(span.getAttributesList())));
                    if (spans.size() > CAPACITY) {
                        spans.removeFirst();
                    }
                }
            }
        }
    }

    private static Map<String, String> text(List<KeyValue> attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (KeyValue attribute : attributes) {
            AnyValue value = attribute.getValue();
            map.put(attribute.getKey(), value.hasStringValue() ? value.getStringValue() : value.toString().trim());
        }
        return map;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** For failure messages: the spans of one trace, one per line. */
    public static String describe(List<ReceivedSpan> spans) {
        List<String> lines = new ArrayList<>();
        for (ReceivedSpan s : spans) {
            lines.add("%s %s %s parent=%s %s %s".formatted(s.serviceName(), s.kind(), s.spanId(), s.parentSpanId(), s.name(),
                    s.attributes()));
        }
        return String.join("\n", lines);
    }
}
