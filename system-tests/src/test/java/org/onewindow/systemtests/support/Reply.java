package org.onewindow.systemtests.support;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One HTTP answer from the gateway: status, headers, the raw text and the parsed JSON (a missing node when the
 * body is empty or not JSON). {@link #toString()} shows the request and the body so a failed assertion says why.
 */
public record Reply(String request, int status, HttpHeaders headers, String text, JsonNode json) {

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** A string member (dotted path, e.g. {@code application.caseNumber}); null when absent or JSON null. */
    public String string(String dottedPath) {
        return Json.string(Json.at(json, dottedPath));
    }

    public JsonNode at(String dottedPath) {
        return Json.at(json, dottedPath);
    }

    public boolean isProblem() {
        String type = header("content-type");
        return type != null && type.startsWith("application/problem+json");
    }

    /** The problem's rule: the last segment of its type URI (e.g. {@code review.wrong-department}). */
    public String problemRule() {
        String type = string("type");
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }

    /** The {@code field} of every entry of a problem's {@code errors[]}. */
    public List<String> problemFields() {
        List<String> fields = new ArrayList<>();
        json.path("errors").forEach(e -> fields.add(Json.string(e.path("field"))));
        return fields;
    }

    /** The {@code rule} of every entry of a problem's {@code errors[]}. */
    public List<String> problemRules() {
        List<String> rules = new ArrayList<>();
        json.path("errors").forEach(e -> rules.add(Json.string(e.path("rule"))));
        return rules;
    }

    @Override
    public String toString() {
        String body = text.length() > 2000 ? text.substring(0, 2000) + " …" : text;
        return request + " -> " + status + " " + body;
    }
}
