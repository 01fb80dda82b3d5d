package org.onewindow.platform.security.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the policy table from two CSV files: {@code access-policy.csv} ({@code role,resource,action,scope}) and
 * {@code operations.csv} ({@code service,method,path,resource,action}). Blank lines and lines starting with
 * {@code #} are skipped; the first other line is the header. Fails fast, naming file and line, on a bad row: an
 * unknown role or scope, a duplicate, a malformed name, or an operation whose {@code resource.action} nobody holds.
 */
public final class AccessPolicyLoader {

    /** Where the suite's table lives on the class path. */
    public static final String GRANTS_RESOURCE = "org/onewindow/platform/security/access-policy.csv";
    public static final String OPERATIONS_RESOURCE = "org/onewindow/platform/security/operations.csv";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern METHOD = Pattern.compile("\\*|GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS");
    private static final Pattern SERVICE = Pattern.compile("\\*|[a-z][a-z0-9-]*");

    private final Set<String> roles;

    /** @param roles the role names a grant may name ({@link Grant#PUBLIC} is always allowed) */
    public AccessPolicyLoader(Set<String> roles) {
        this.roles = Set.copyOf(roles);
    }

    /** The suite's table from the class path. */
    public AccessPolicy loadDefault(ClassLoader classLoader) {
        return load(open(classLoader, GRANTS_RESOURCE), GRANTS_RESOURCE,
                open(classLoader, OPERATIONS_RESOURCE), OPERATIONS_RESOURCE);
    }

    public AccessPolicy load(Reader grants, String grantsName, Reader operations, String operationsName) {
        List<Grant> grantRows = rows(grants, grantsName, "role,resource,action,scope", this::grant);
        List<Operation> operationRows = rows(operations, operationsName, "service,method,path,resource,action",
                AccessPolicyLoader::operation);
        check(grantRows, grantsName, operationRows, operationsName);
        return new AccessPolicy(grantRows, operationRows);
    }

    private Grant grant(String[] cells) {
        String role = cells[0];
        if (!Grant.PUBLIC.equals(role) && !roles.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "'");
        }
        Grant grant = new Grant(role, name(cells[1], "resource"), name(cells[2], "action"), Scope.fromCode(cells[3]));
        if (grant.isPublic() && grant.scope() != Scope.ALL) {
            throw new IllegalArgumentException("a PUBLIC grant reaches everything: scope must be 'all'");
        }
        return grant;
    }

    private static Operation operation(String[] cells) {
        if (!SERVICE.matcher(cells[0]).matches()) {
            throw new IllegalArgumentException("malformed service '" + cells[0] + "'");
        }
        if (!METHOD.matcher(cells[1]).matches()) {
            throw new IllegalArgumentException("unknown method '" + cells[1] + "'");
        }
        if (!cells[2].startsWith("/") || cells[2].contains(" ")) {
            throw new IllegalArgumentException("path must start with / and hold no spaces: '" + cells[2] + "'");
        }
        return new Operation(cells[0], cells[1], cells[2], name(cells[3], "resource"), name(cells[4], "action"));
    }

    private static String name(String value, String what) {
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed " + what + " '" + value + "' (lower case, digits, dashes)");
        }
        return value;
    }

    private static void check(List<Grant> grants, String grantsName, List<Operation> operations, String operationsName) {
        Set<String> seen = new HashSet<>();
        Set<String> permissions = new HashSet<>();
        for (Grant grant : grants) {
            if (!seen.add(grant.role() + " " + grant.permission())) {
                throw new IllegalStateException(grantsName + ": " + grant.role() + " holds " + grant.permission()
                        + " twice");
            }
            permissions.add(grant.permission());
        }
        Set<String> keys = new HashSet<>();
        for (Operation op : operations) {
            if (!keys.add(op.service() + " " + op.method() + " " + op.path())) {
                throw new IllegalStateException(operationsName + ": " + op.service() + " " + op.method() + " "
                        + op.path() + " is listed twice");
            }
            if (!permissions.contains(op.permission())) {
                throw new IllegalStateException(operationsName + ": no role holds " + op.permission() + " ("
                        + op.method() + " " + op.path() + ")");
            }
        }
    }

    private static <T> List<T> rows(Reader reader, String name, String header, Function<String[], T> parse) {
        int columns = header.split(",").length;
        List<T> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            boolean headerSeen = false;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!trimmed.equals(header)) {
                        throw new IllegalStateException(name + ":" + number + ": header must be '" + header + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                String[] cells = trimmed.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(name + ":" + number + ": " + columns + " cells expected, found "
                            + cells.length + ": " + trimmed);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                    if (cells[i].isEmpty()) {
                        throw new IllegalStateException(name + ":" + number + ": empty cell " + (i + 1));
                    }
                }
                try {
                    rows.add(parse.apply(cells));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalStateException(name + ":" + number + ": " + e.getMessage(), e);
                }
            }
            if (!headerSeen) {
                throw new IllegalStateException(name + ": empty, header '" + header + "' expected");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return rows;
    }

    private static Reader open(ClassLoader classLoader, String resource) {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("policy table " + resource + " is not on the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
