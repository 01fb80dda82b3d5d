package org.onewindow.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo users of every role (resource {@value #RESOURCE}), with the departments and centres the demo
 * catalog uses. Password "demo" for all: they exist only for the local stack and tests.
 */
public final class DemoUsers {

    public static final String RESOURCE = "/org/onewindow/platform/security/demo-users.json";

    private final Map<String, DemoUser> byUsername;
    private final List<DemoUser> ordered;

    public DemoUsers(List<DemoUser> users) {
        Map<String, DemoUser> map = new LinkedHashMap<>();
        for (DemoUser user : users) {
            if (map.put(user.username(), user) != null) {
                throw new IllegalArgumentException("Duplicate demo user " + user.username());
            }
        }
        this.byUsername = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** The users shipped in {@value #RESOURCE}. */
    public static DemoUsers load() {
        try (InputStream in = DemoUsers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new DemoUsers(JsonMapper.builder().build().readValue(in, new TypeReference<List<DemoUser>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<DemoUser> all() {
        return ordered;
    }

    public Optional<DemoUser> find(String username) {
        return Optional.ofNullable(username).map(byUsername::get);
    }

    /** The user when the password matches; compared in constant time all the same. */
    public Optional<DemoUser> authenticate(String username, String password) {
        return find(username).filter(user -> password != null && MessageDigest.isEqual(
                user.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8)));
    }
}
