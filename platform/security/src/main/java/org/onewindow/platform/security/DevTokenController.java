package org.onewindow.platform.security;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /auth/*} of the development issuer: only registered when {@code onewindow.dev-issuer.enabled=true}.
 */
@RestController
public class DevTokenController {

    private static final MediaType PROBLEM_JSON = MediaType.parseMediaType(SecurityProblems.PROBLEM_JSON);

    private final DevTokenIssuer issuer;
    private final DemoUsers users;

    public DevTokenController(DevTokenIssuer issuer, DemoUsers users) {
        this.issuer = issuer;
        this.users = users;
    }

    /** Login credentials sent as JSON. */
    public record Credentials(String username, String password) {
    }

    /** A demo user as listed by {@code GET /auth/users}: everything but the password. */
    public record UserSummary(String username, String name, List<Role> roles, String department, String centre) {
    }

    @PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    public ResponseEntity<Map<String, Object>> tokenFromForm(@RequestParam(required = false) String username,
                                                             @RequestParam(required = false) String password,
                                                             HttpServletRequest request) {
        return token(username, password, request);
    }

    @PostMapping(path = "/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> tokenFromJson(@RequestBody(required = false) Credentials credentials,
                                                             HttpServletRequest request) {
        Credentials c = Optional.ofNullable(credentials).orElse(new Credentials(null, null));
        return token(c.username(), c.password(), request);
    }

    @GetMapping("/auth/users")
    public List<UserSummary> users() {
        return users.all().stream()
                .map(u -> new UserSummary(u.username(), u.name(), u.roles(), u.department(), u.centre()))
                .toList();
    }

    @GetMapping(path = "/auth/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> jwks() {
        return issuer.jwks();
    }

    private ResponseEntity<Map<String, Object>> token(String username, String password, HttpServletRequest request) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            Map<String, Object> problem = SecurityProblems.body(
                    URI.create("https://onewindow.org/problems/validation"), "Invalid request",
                    400, "username and password are required (用户名和密码必填).", request.getRequestURI());
            problem.put("errors", Stream.of("username", "password")
                    .filter(f -> f.equals("username") ? username == null || username.isBlank()
                            : password == null || password.isEmpty())
                    .map(f -> Map.of("field", f, "rule", "required"))
                    .toList());
            return ResponseEntity.badRequest().contentType(PROBLEM_JSON).body(problem);
        }
        return users.authenticate(username, password)
                .map(user -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .body(Map.<String, Object>of(
                                "access_token", issuer.issue(user),
                                "token_type", "Bearer",
                                "expires_in", issuer.ttl().toSeconds())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(PROBLEM_JSON)
                        .body(SecurityProblems.body(SecurityProblems.UNAUTHENTICATED, "Unauthenticated", 401,
                                "Unknown user or wrong password (用户名或密码错误).", request.getRequestURI())));
    }
}
