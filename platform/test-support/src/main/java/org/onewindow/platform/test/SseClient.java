package org.onewindow.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A minimal EventSource for tests (monitor-service's feed tests and system-tests' LiveFeedIT): opens the URL, parses the text/event-stream as a browser does (id, event, data,
 * comments) on a virtual thread, and keeps every message with the time it arrived.
 */
public final class SseClient implements AutoCloseable {

    /** One message ({@code comment} for {@code : ...} lines), and when it arrived. */
    public record Message(String id, String event, String data, String comment, long arrivedNanos) {
        public boolean isComment() {
            return comment != null;
        }
    }

    private final HttpClient client;
    private final HttpResponse<Stream<String>> response;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile boolean ended;

    private SseClient(HttpClient client, HttpResponse<Stream<String>> response) {
        this.client = client;
        this.response = response;
        Thread.ofVirtual().start(this::read);
    }

    public static SseClient open(URI uri, Map<String, String> headers) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            return new SseClient(client, client.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        String id = null;
        String event = null;
        List<String> data = new ArrayList<>();
        try (Stream<String> body = response.body()) {
            for (String line : (Iterable<String>) body::iterator) {
                lines.add(line);
                if (line.isEmpty()) {
                    if (!data.isEmpty() || event != null) {
                        messages.add(new Message(id, event, String.join("\n", data), null, System.nanoTime()));
                    }
                    id = null;
                    event = null;
                    data.clear();
                } else if (line.startsWith(":")) {
                    messages.add(new Message(null, null, null, line.substring(1), System.nanoTime()));
                } else if (line.startsWith("id:")) {
                    id = value(line, 3);
                } else if (line.startsWith("event:")) {
                    event = value(line, 6);
                } else if (line.startsWith("data:")) {
                    data.add(value(line, 5));
                }
            }
        } catch (RuntimeException closed) {
            // closed by the test or by the server
        } finally {
            ended = true;
        }
    }

    private static String value(String line, int from) {
        String value = line.substring(from);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Messages with an event name other than {@code figures} (the feed's entries). */
    public List<Message> entries() {
        return messages.stream().filter(m -> m.event() != null && !m.event().equals("figures")).toList();
    }

    public List<Message> named(String event) {
        return messages.stream().filter(m -> event.equals(m.event())).toList();
    }

    /** The raw body read so far (for a refused stream: the problem document). */
    public String body() {
        return String.join("\n", lines);
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
