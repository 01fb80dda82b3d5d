package org.onewindow.platform.test.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.onewindow.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written authorization matrix ({@code authorization-matrix.csv}: {@code service,user,method,path,status}),
 * reviewed by people and kept independent of the policy table, so a wrong grant shows as a disagreement. Users are
 * the demo users (platform-security {@code demo-users.json}: roles, department, centre) or {@code anonymous}.
 */
public final class AuthorizationMatrix {

    public static final String RESOURCE = "org/onewindow/platform/test/access/authorization-matrix.csv";
    private static final String DEMO_USERS = "org/onewindow/platform/security/demo-users.json";
    public static final String ANONYMOUS = "anonymous";

    /** One expectation: {@code user} calling {@code method path} gets {@code status}. */
    public record Row(int line, String service, String user, String method, String path, int status) {

        /** Whether the path names a fixture ({@code {name}}): a resource the test creates first (e.g. a real case). */
        public boolean needsFixtures() {
            return path.contains("{");
        }

        /**
         * The path with each {@code {name}} replaced by the fixture of that name (e.g. {@code {market-case}}: a case
         * with a task of MARKET, created by the test that runs the row).
         *
         * @throws IllegalStateException naming the row when a fixture is missing
         */
        public String pathWith(Map<String, String> fixtures) {
            String resolved = path;
            for (Map.Entry<String, String> fixture : fixtures.entrySet()) {
                resolved = resolved.replace("{" + fixture.getKey() + "}", fixture.getValue());
            }
            if (resolved.contains("{")) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": no fixture for " + resolved
                        + " (known: " + fixtures.keySet() + ")");
            }
            return resolved;
        }

        /** The path without its query string. */
        public String pathOnly() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        /** The Authorization header of the user's token; empty for {@code anonymous}. */
        public Optional<String> bearer() {
            if (ANONYMOUS.equals(user)) {
                return Optional.empty();
            }
            JsonNode demo = Users.BY_NAME.get(user);
            if (demo == null) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": unknown demo user '" + user + "'");
            }
            Set<String> roles = new HashSet<>();
            demo.get("roles").forEach(r -> roles.add(r.asString()));
            // a SYSTEM client's services/departments claims, as the development issuer issues them
            Map<String, List<String>> claims = new HashMap<>();
            for (String claim : List.of("services", "departments")) {
                List<String> values = new ArrayList<>();
                JsonNode list = demo.get(claim);
                if (list != null && list.isArray()) {
                    list.forEach(v -> values.add(v.asString()));
                }
                claims.put(claim, values);
            }
            return Optional.of("Bearer " + TestTokens.token(user, demo.get("name").asString(), roles,
                    text(demo, "department"), text(demo, "centre"), claims));
        }

        @Override
        public String toString() {
            return "line " + line + ": " + user + " " + method + " " + path + " -> " + status;
        }
    }

    private AuthorizationMatrix() {
    }

    public static List<Row> all() {
        List<Row> rows = new ArrayList<>();
        String[] lines = read(RESOURCE).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("service,")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 5) {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": 5 cells expected: " + line);
            }
            rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(),
                    Integer.parseInt(cells[4].strip())));
        }
        return rows;
    }

    public static List<Row> rowsOf(String service) {
        return all().stream().filter(row -> row.service().equals(service)).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String read(String resource) {
        try (InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Users {
        static final Map<String, JsonNode> BY_NAME = load();

        private static Map<String, JsonNode> load() {
            Map<String, JsonNode> users = new HashMap<>();
            JsonMapper.builder().build().readTree(read(DEMO_USERS))
                    .forEach(user -> users.put(user.get("username").asString(), user));
            return users;
        }
    }
}
