package org.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.platform.test.RawHttp;
import org.onewindow.platform.test.RawHttp.Answer;
import org.onewindow.systemtests.support.Gateway;
import org.onewindow.systemtests.support.Json;
import org.onewindow.systemtests.support.Reply;
import org.onewindow.systemtests.support.StackExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes every operation of every service's OpenAPI document, through the gateway, with seeded malformed input:
 * bad percent-escapes and control characters in path, query and headers, wrong types, huge strings, null, empty,
 * invalid and deeply nested bodies, wrong content types, missing fields, with a token of a rotating demo user or
 * none. No answer may be a 5xx, and every 4xx must be a problem document. Runs last: its requests may create
 * data the invariant checks do not expect.
 *
 * <p>{@code -Donewindow.fuzz.seed=<n>} replays a run; {@code -Donewindow.fuzz.requests-per-operation=<n>}
 * (default 16) scales it. Failures caused only by the content of JSON fields (a NUL or an over-long value inside
 * the body) are listed apart; {@code -Donewindow.fuzz.strict-body-content=false} reports them without failing.
 */
@Order(200)
@ExtendWith(StackExtension.class)
class FuzzIT {

    private static final List<String> SERVICES = List.of("catalog", "intake", "review", "supervision", "rating");
    private static final List<String> USERS = List.of(Gateway.CLERK, Gateway.APPLICANT, "catalog-admin",
            Gateway.MONITOR, Gateway.SYSTEM, "reviewer.market", "checker.market", "supervisor.market",
            "inspector.market", "agent", "company");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Gateway gateway;
    private final String host;
    private final int port;

    FuzzIT(Gateway gateway) {
        this.gateway = gateway;
        URI base = gateway.base();
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** One operation of an OpenAPI document. */
    record Operation(String service, String method, String path, List<JsonNode> parameters, JsonNode bodySchema,
            String bodyType, JsonNode components) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    /** A request sent and its answer, when the answer breaks the rules. */
    record Failure(Operation operation, String mutation, String request, int status, String answer,
            boolean bodyContent) {
        @Override
        public String toString() {
            return operation + " [" + mutation + "] " + request + " -> " + status + " " + answer;
        }
    }

    @Test
    void no_malformed_request_to_any_operation_is_answered_with_a_5xx_or_without_a_problem() {
        long seed = Long.getLong("onewindow.fuzz.seed", System.nanoTime());
        int perOperation = Integer.getInteger("onewindow.fuzz.requests-per-operation", 16);
        boolean strictBodyContent = Boolean.parseBoolean(
                System.getProperty("onewindow.fuzz.strict-body-content", "true"));
        System.out.printf("[fuzz] seed %d (replay with -Donewindow.fuzz.seed=%d)%n", seed, seed);
        Random random = new Random(seed);

        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(operations(service));
        }
        assertThat(operations).as("operations in the OpenAPI documents").hasSizeGreaterThan(20);

        List<Failure> failures = new ArrayList<>();
        int sent = 0;
        long started = System.nanoTime();
        for (Operation operation : operations) {
            for (int i = 0; i < perOperation; i++) {
                String user = random.nextInt(4) == 0 ? null : USERS.get(random.nextInt(USERS.size()));
                Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
                byte[] request = build(operation, mutation, user, random);
                Answer answer = exchange(request);
                sent++;
                String problem = judge(answer);
                if (problem != null) {
                    failures.add(new Failure(operation, mutation.name(), describe(request), answer.status(),
                            problem, mutation.bodyContent));
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        List<Failure> counted = failures.stream().filter(f -> strictBodyContent || !f.bodyContent()).toList();
        System.out.printf("[fuzz] seed %d: %d operations, %d requests in %d s, %d failures (%d about JSON field "
                        + "content only)%n", seed, operations.size(), sent, seconds, failures.size(),
                failures.stream().filter(Failure::bodyContent).count());
        failures.forEach(f -> System.out.println("[fuzz] " + f));
        assertThat(counted).as("fuzz seed %d: %d of %d requests broke the rules:%n%s", seed, counted.size(), sent,
                String.join("\n", counted.stream().map(Failure::toString).toList())).isEmpty();
    }

    /** Null when the answer is fine: below 500, and a parseable problem document whenever it is an error. */
    private static String judge(Answer answer) {
        if (answer.status() >= 500) {
            return answer.toString();
        }
        if (answer.status() >= 400) {
            if (answer.header("content-type") == null || !answer.header("content-type").startsWith("application/problem+json")) {
                return "not a problem document: " + answer.toString();
            }
            JsonNode problem = Json.parse(answer.body());
            if (problem == null || problem.path("status").asInt() != answer.status()
                    || !problem.path("type").isString()) {
                return "unparseable problem: " + answer.toString();
            }
        }
        return null;
    }

    // ---- the operations ------------------------------------------------------------------------------------

    private List<Operation> operations(String service) {
        Reply docs = gateway.anonymous("GET", "/services/" + service + "/v3/api-docs", null);
        assertThat(docs.status()).as("%s: API docs %s", service, docs).isEqualTo(200);
        JsonNode components = docs.json().path("components");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.json().path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<JsonNode> parameters = new ArrayList<>();
                op.path("parameters").forEach(parameters::add);
                JsonNode bodySchema = null;
                String bodyType = null;
                Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content")
                        .properties().iterator();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    bodyType = first.getKey();
                    bodySchema = first.getValue().path("schema");
                }
                operations.add(new Operation(service, method, path.getKey(), parameters, bodySchema, bodyType,
                        components));
            }
        }
        return operations;
    }

    // ---- the malformed requests ----------------------------------------------------------------------------

    enum Mutation {
        PLAUSIBLE(false), PATH_BAD_ESCAPE(false), PATH_CONTROL(false), PATH_RAW_BYTES(false),
        QUERY_BAD_ESCAPE(false), QUERY_CONTROL(false), QUERY_WRONG_TYPE(false), QUERY_HUGE(false),
        HEADER_CONTROL(false), NULL_BODY(false), EMPTY_BODY(false), INVALID_JSON(false), DEEP_JSON(false),
        WRONG_CONTENT_TYPE(false), WRONG_TYPES_IN_BODY(false), MISSING_FIELDS(false), ARRAY_FOR_OBJECT(false),
        HUGE_FIELD(true), CONTROL_IN_FIELD(true), WRONG_METHOD(false);

        final boolean bodyContent;

        Mutation(boolean bodyContent) {
            this.bodyContent = bodyContent;
        }
    }

    private static final String[] BAD_ESCAPES = {"%zz", "%", "%4", "%g0", "abc%"};
    private static final String[] CONTROL_ESCAPES = {"%00", "%01", "%1B", "%7F", "%C2%85", "%ED%A0%80", "%FF",
            "a%0Ab", "%E2%80%A8"};
    private static final String[] CONTROL_TEXT = {"\u0000", "\u0001", "\u001b[31m", "\u007f", "\u0085", "\ud800",
            "a\u0000b"};
    private static final String[] WRONG_TYPES = {"abc", "-1", "99999999999999999999", "1.5", "true", "", "null",
            "1e309", "0x10", "2026-13-45"};
    private static final String[] WRONG_CONTENT_TYPES = {"*/*", "text/plain", "application/xml",
            "multipart/form-data", "application/x-www-form-urlencoded", "application/json;charset=nope", "json",
            "application/*"};

    private byte[] build(Operation op, Mutation mutation, String user, Random random) {
        String method = op.method().toUpperCase(Locale.ROOT);
        if (mutation == Mutation.WRONG_METHOD) {
            method = List.of("TRACE", "PATCH", "DELETE", "PUT", "OPTIONS", "BREW").get(random.nextInt(6));
        }
        String path = op.path();
        StringBuilder query = new StringBuilder();
        List<String> headers = new ArrayList<>();
        for (JsonNode parameter : op.parameters()) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            JsonNode schema = resolve(parameter.path("schema"), op.components());
            String value = encode(scalar(schema, random));
            switch (in) {
                case "path" -> {
                    String segment = switch (mutation) {
                        case PATH_BAD_ESCAPE -> BAD_ESCAPES[random.nextInt(BAD_ESCAPES.length)];
                        case PATH_CONTROL -> CONTROL_ESCAPES[random.nextInt(CONTROL_ESCAPES.length)];
                        case PATH_RAW_BYTES -> "\u00e4\u00b8\u00ad\u0001";
                        default -> value;
                    };
                    path = path.replace("{" + name + "}", segment);
                }
                case "query" -> {
                    boolean required = parameter.path("required").asBoolean(false);
                    if (!required && mutation == Mutation.PLAUSIBLE && random.nextBoolean()) {
                        continue;
                    }
                    String v = switch (mutation) {
                        case QUERY_BAD_ESCAPE -> BAD_ESCAPES[random.nextInt(BAD_ESCAPES.length)];
                        case QUERY_CONTROL -> CONTROL_ESCAPES[random.nextInt(CONTROL_ESCAPES.length)];
                        case QUERY_WRONG_TYPE -> encode(WRONG_TYPES[random.nextInt(WRONG_TYPES.length)]);
                        case QUERY_HUGE -> "q".repeat(random.nextBoolean() ? 3000 : 20000);
                        default -> value;
                    };
                    query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(v);
                }
                case "header" -> headers.add(name + ": " + (mutation == Mutation.HEADER_CONTROL
                        ? "a\u0085\u0001" : scalar(schema, random)));
                default -> {
                }
            }
        }
        if (mutation == Mutation.QUERY_BAD_ESCAPE && query.isEmpty()) {
            query.append("?q=%zz");
        }
        if (mutation == Mutation.QUERY_CONTROL && query.isEmpty()) {
            query.append("?q=%00");
        }
        if (mutation == Mutation.HEADER_CONTROL) {
            headers.add("X-Fuzz: \u0001\u0085");
        }
        headers.add("Host: " + host + ":" + port);
        headers.add("Accept: application/json, application/problem+json");
        if (user != null) {
            headers.add("Authorization: Bearer " + gateway.token(user));
        }
        headers.add("Idempotency-Key: " + UUID.randomUUID());
        headers.add("If-Match: \"" + random.nextInt(5) + "\"");

        byte[] body = body(op, mutation, random);
        String contentType = op.bodyType() == null ? "application/json" : op.bodyType();
        if (mutation == Mutation.WRONG_CONTENT_TYPE) {
            contentType = WRONG_CONTENT_TYPES[random.nextInt(WRONG_CONTENT_TYPES.length)];
            if (body == null) {
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
        }
        if (body != null) {
            headers.add("Content-Type: " + contentType);
            headers.add("Content-Length: " + body.length);
        }
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(query).append(" HTTP/1.1\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        byte[] headBytes = latin1OrUtf8(head.toString());
        if (body == null) {
            return headBytes;
        }
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** The head as bytes: chars up to U+00FF are one byte each, so raw bytes can be written as such. */
    private static byte[] latin1OrUtf8(String head) {
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] body(Operation op, Mutation mutation, Random random) {
        boolean hasBody = op.bodySchema() != null;
        String json = switch (mutation) {
            case NULL_BODY -> "null";
            case EMPTY_BODY -> "";
            case INVALID_JSON -> List.of("{\"a\":", "{", "[1,", "{'a':1}", "\"unterminated", "{\"a\":1}}",
                    "\u00ff\u00fe").get(random.nextInt(7));
            case DEEP_JSON -> "[".repeat(3000) + "]".repeat(3000);
            case ARRAY_FOR_OBJECT -> "[" + (hasBody ? sample(op, random, Mode.PLAIN) : "{}") + "]";
            case MISSING_FIELDS -> "{}";
            case WRONG_TYPES_IN_BODY -> hasBody ? sample(op, random, Mode.WRONG_TYPES) : null;
            case HUGE_FIELD -> hasBody ? sample(op, random, Mode.HUGE) : null;
            case CONTROL_IN_FIELD -> hasBody ? sample(op, random, Mode.CONTROL) : null;
            default -> hasBody ? sample(op, random, Mode.PLAIN) : null;
        };
        return json == null ? null : json.getBytes(StandardCharsets.UTF_8);
    }

    enum Mode {
        PLAIN, WRONG_TYPES, HUGE, CONTROL
    }

    private static String sample(Operation op, Random random, Mode mode) {
        return Json.write(generate(op.bodySchema(), op.components(), random, mode, 0));
    }

    private static JsonNode generate(JsonNode schema, JsonNode components, Random random, Mode mode, int depth) {
        schema = resolve(schema, components);
        String type = schema.path("type").asString("");
        if (schema.has("properties") || type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            if (depth > 4) {
                return object;
            }
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                object.set(property.getKey(), generate(property.getValue(), components, random, mode, depth + 1));
            }
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = NODES.arrayNode();
            if (depth <= 4) {
                array.add(generate(schema.path("items"), components, random, mode, depth + 1));
            }
            return array;
        }
        if (mode == Mode.WRONG_TYPES && random.nextInt(3) == 0) {
            return switch (type) {
                case "string" -> random.nextBoolean() ? NODES.numberNode(12345) : NODES.arrayNode();
                case "integer", "number" -> NODES.stringNode(WRONG_TYPES[random.nextInt(WRONG_TYPES.length)]);
                case "boolean" -> NODES.stringNode("yes");
                default -> NODES.objectNode();
            };
        }
        if (type.equals("string") && !schema.has("enum") && !schema.has("format")) {
            if (mode == Mode.HUGE && random.nextInt(3) == 0) {
                return NODES.stringNode("长".repeat(random.nextBoolean() ? 5_000 : 200_000));
            }
            if (mode == Mode.CONTROL && random.nextInt(3) == 0) {
                return NODES.stringNode("x" + CONTROL_TEXT[random.nextInt(CONTROL_TEXT.length)]);
            }
        }
        return typed(schema, scalar(schema, random));
    }

    private static JsonNode typed(JsonNode schema, String value) {
        return switch (schema.path("type").asString("")) {
            case "integer" -> NODES.numberNode(Long.parseLong(value));
            case "number" -> NODES.numberNode(Double.parseDouble(value));
            case "boolean" -> NODES.booleanNode(Boolean.parseBoolean(value));
            default -> NODES.stringNode(value);
        };
    }

    /** A plausible value for a scalar schema, as text. */
    private static String scalar(JsonNode schema, Random random) {
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).asString();
        }
        String format = schema.path("format").asString("");
        return switch (schema.path("type").asString("")) {
            case "integer" -> Integer.toString(random.nextInt(5));
            case "number" -> "1.5";
            case "boolean" -> Boolean.toString(random.nextBoolean());
            default -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-12-0" + (1 + random.nextInt(9));
                case "date-time" -> "2026-12-01T08:00:00Z";
                default -> List.of("x", "MARKET", "SC-2026-000001", "110105194912310029", "13800138000",
                        "测试").get(random.nextInt(6));
            };
        };
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components) {
        for (int i = 0; i < 10 && schema != null && schema.has("$ref"); i++) {
            String ref = schema.path("$ref").asString();
            schema = components.path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (schema != null && schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0), components);
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    private static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    // ---- raw HTTP ------------------------------------------------------------------------------------------

    private static String describe(byte[] request) {
        String text = new String(request, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n");
        String line = end < 0 ? text : text.substring(0, end);
        String shown = line.length() > 200 ? line.substring(0, 200) + "…" : line;
        StringBuilder printable = new StringBuilder();
        shown.chars().forEach(c -> printable.append(c < 0x20 || c >= 0x7F ? String.format("\\x%02X", c)
                : String.valueOf((char) c)));
        return printable + " (" + request.length + " bytes)";
    }

    /** platform-test-support's raw client; a request that gets no HTTP answer at all counts as a failure (599). */
    private Answer exchange(byte[] request) {
        try {
            return RawHttp.exchange(host, port, request, Duration.ofSeconds(30));
        } catch (UncheckedIOException e) {
            return new Answer(599, Map.of(), "no answer: " + e.getCause());
        }
    }
}
