package org.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, for requests that HTTP clients refuse to send (raw UTF-8 or control bytes in the
 * URL, malformed escapes, TRACE, oversized headers, lying Content-Length). Every request is sent with
 * {@code Connection: close} semantics: the answer is read until the server closes.
 */
public final class RawHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A parsed answer; header names in lower case. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        /**
         * Asserts what every edge answer to a malformed request is, whoever sent it (a service or the gateway): an
         * RFC 9457 document whose status is the answer's, with a OneWindow type and a title, naming {@code rule}
         * among its errors unless that is null, with an {@code Allow} header on a 405, and with no stack trace or
         * HTML page in it. Returns the document for the caller's own checks.
         */
        public JsonNode assertProblem(String rule) {
            assertThat(header("Content-Type")).as(toString()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("status").asInt()).as(toString()).isEqualTo(status);
            assertThat(problem.path("type").asString()).as(toString()).startsWith("https://onewindow.org/problems/");
            assertThat(problem.path("title").asString()).as(toString()).isNotBlank();
            assertThat(body).as("nothing leaked").doesNotContain("Exception").doesNotContain("at org.")
                    .doesNotContain("<html");
            if (rule != null) {
                List<String> rules = new ArrayList<>();
                problem.path("errors").forEach(e -> rules.add(e.path("rule").asString()));
                assertThat(rules).as(toString()).contains(rule);
            }
            if (status == 405) {
                assertThat(header("Allow")).as(toString()).isNotBlank();
            }
            return problem;
        }

        @Override
        public String toString() {
            return status + " " + headers.getOrDefault("content-type", List.of()) + " "
                    + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    private RawHttp() {
    }

    /** The request head as ISO-8859-1 text (each char one byte), with {@code \r\n} line ends added. */
    public static byte[] head(String requestLine, String... headers) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A request with a UTF-8 body: the head with {@code headers}, a {@code Content-Type} unless {@code contentType}
     * is null, and the body's {@code Content-Length}.
     */
    public static byte[] withBody(String requestLine, String contentType, String body, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (contentType != null) {
            all.add("Content-Type: " + contentType);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        all.add("Content-Length: " + bytes.length);
        return concat(head(requestLine, all.toArray(String[]::new)), bytes);
    }

    public static byte[] concat(byte[] head, byte[] body) {
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    public static Answer exchange(String host, int port, byte[] request) {
        return exchange(host, port, request, Duration.ofSeconds(10));
    }

    /** {@link #exchange(String, int, byte[])} waiting at most {@code timeout} between two reads of the answer. */
    public static Answer exchange(String host, int port, byte[] request, Duration timeout) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException e) {
                // the server may answer and close before it has read everything (a body over the limit)
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("raw exchange with " + host + ":" + port + " failed", e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException | java.net.SocketTimeoutException e) {
            // a reset after the answer, or a server still waiting for a body it will discard
            if (bytes.size() == 0) {
                throw e;
            }
        }
        return bytes.toByteArray();
    }

    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete HTTP answer: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOfCrLf(body, pos);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(body, pos, lineEnd - pos, StandardCharsets.ISO_8859_1);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(size, body.length - start));
            pos = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
