package org.onewindow.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * {@code java -jar bench.jar verify-audit [--gateway=URL] [--user=monitor] [--subject=CASE]}: asks every service,
 * through the gateway, to recompute its audit trail's hash chains ({@code GET /api/<service>/v1/audit-trail/verification})
 * and prints each service's verdict with the first broken link of each broken subject. Exit status 0 when every
 * trail is intact, 1 when one is broken, 2 when a service did not answer the verification. The token comes from the
 * development issuer (a MONITOR demo user by default); against production, call the endpoint with an OPS or MONITOR
 * token instead (docs/operations.md, "Verifying the audit trail").
 */
final class VerifyAudit {

    static final List<String> SERVICES = List.of("catalog", "intake", "review", "supervision", "rating");
    static final String USAGE = """
            Usage: java -jar bench/target/bench.jar verify-audit [--gateway=URL] [--user=USER] [--subject=CASE]
              --gateway  default http://127.0.0.1:8080 (./run-local.sh)
              --user     demo user whose token asks (default monitor: MONITOR role)
              --subject  verify one case's (or item's) chain only""";

    private VerifyAudit() {
    }

    public static void main(String[] args) {
        URI gateway = URI.create("http://127.0.0.1:8080");
        String user = "monitor";
        String subject = null;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (name) {
                case "--gateway" -> gateway = URI.create(value);
                case "--user" -> user = value;
                case "--subject" -> subject = value;
                default -> {
                    System.err.println("unknown option " + arg + "\n" + USAGE);
                    System.exit(2);
                }
            }
        }
        System.exit(run(new Client(gateway), user, subject));
    }

    static int run(Client client, String user, String subject) {
        int status = 0;
        String query = subject == null ? "" : "?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8);
        for (String service : SERVICES) {
            Client.Reply reply = client.get(user, "/api/" + service + "/v1/audit-trail/verification" + query);
            if (reply.status() != 200) {
                System.out.printf("%-12s NOT VERIFIED: %d %s%n", service, reply.status(), reply.text());
                status = Math.max(status, 2);
                continue;
            }
            JsonNode result = reply.json();
            boolean intact = result.path("intact").asBoolean(false);
            System.out.printf("%-12s %s: %d entries in %d subjects%n", service, intact ? "intact" : "BROKEN",
                    result.path("entriesChecked").asLong(), result.path("subjectsChecked").asLong());
            for (JsonNode broken : result.path("breaks")) {
                System.out.printf("%-12s   first broken link of %s: %s (%s)%n", "", broken.path("subject").asString(),
                        broken.path("message").asString(), broken.path("kind").asString());
            }
            if (!intact) {
                status = Math.max(status, 1);
            }
        }
        return status;
    }
}
