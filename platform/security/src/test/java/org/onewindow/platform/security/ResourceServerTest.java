package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.testapp.SecurityTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = SecurityTestApplication.class)
@AutoConfigureMockMvc
class ResourceServerTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("onewindow.security.jwt.public-key-location", SecurityKeys::publicKeyLocation);
        registry.add("onewindow.security.jwt.issuer", () -> DevIssuerProperties.DEFAULT_ISSUER);
        registry.add("onewindow.security.public-paths", () -> "/api/test/v1/guides/**");
        registry.add("onewindow.dev-issuer.enabled", () -> "true");
        registry.add("onewindow.dev-issuer.private-key-location", SecurityKeys::privateKeyLocation);
    }

    @Autowired
    MockMvc mvc;

    private final DevTokenIssuer issuer = SecurityKeys.issuer(Clock.systemUTC());

    private static final Actor REVIEWER = new Actor("reviewer.market", "周明", Set.of("REVIEWER"), "MARKET", null);
    private static final Actor CLERK = new Actor("clerk", "陈晓燕", Set.of("WINDOW_CLERK"), null, "C-CITY-01");

    @Test
    void no_token_is_an_unauthenticated_problem() throws Exception {
        mvc.perform(get("/api/test/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"))
                .andExpect(jsonPath("$.type").value("https://onewindow.org/problems/unauthenticated"))
                .andExpect(jsonPath("$.title").value("Unauthenticated"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void valid_token_reaches_the_endpoint_and_current_actor_sees_the_claims() throws Exception {
        mvc.perform(get("/api/test/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(issuer.issue(CLERK))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value("clerk"))
                .andExpect(jsonPath("$.name").value("陈晓燕"))
                .andExpect(jsonPath("$.roles[0]").value("WINDOW_CLERK"))
                .andExpect(jsonPath("$.centre").value("C-CITY-01"))
                .andExpect(jsonPath("$.department").doesNotExist());
    }

    @Test
    void role_claim_becomes_an_authority_for_pre_authorize() throws Exception {
        mvc.perform(get("/api/test/v1/reviews").header(HttpHeaders.AUTHORIZATION, bearer(issuer.issue(REVIEWER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewer").value("reviewer.market"));
    }

    @Test
    void wrong_role_is_a_forbidden_problem() throws Exception {
        mvc.perform(get("/api/test/v1/reviews").header(HttpHeaders.AUTHORIZATION, bearer(issuer.issue(CLERK))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://onewindow.org/problems/forbidden"))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void expired_token_is_rejected() throws Exception {
        Clock nineHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(9)), ZoneOffset.UTC);
        String expired = SecurityKeys.issuer(nineHoursAgo).issue(REVIEWER);

        mvc.perform(get("/api/test/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(expired)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.type").value("https://onewindow.org/problems/unauthenticated"));
    }

    @Test
    void token_signed_by_another_key_is_rejected() throws Exception {
        KeyFiles.Pair other = KeyFiles.ensure(Files.createTempDirectory("other-key"));
        String forged = new DevTokenIssuer(SecurityKeys.privateKey(other.privateKey())).issue(REVIEWER);

        mvc.perform(get("/api/test/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(forged)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void token_from_another_issuer_is_rejected() throws Exception {
        String foreign = new DevTokenIssuer(SecurityKeys.privateKey(SecurityKeys.PAIR.privateKey()), "someone-else",
                Duration.ofHours(1), Clock.systemUTC()).issue(REVIEWER);

        mvc.perform(get("/api/test/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(foreign)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void token_without_expiry_is_rejected() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                .subject("reviewer.market").issuer(DevIssuerProperties.DEFAULT_ISSUER).issueTime(new Date())
                .claim("roles", List.of("REVIEWER")).build());
        jwt.sign(new RSASSASigner(SecurityKeys.privateKey(SecurityKeys.PAIR.privateKey())));

        mvc.perform(get("/api/test/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(jwt.serialize())))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void public_path_from_property_needs_no_token() throws Exception {
        mvc.perform(get("/api/test/v1/guides/11440300MB2D123456"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.anonymous").value(true));
    }

    @Test
    void dev_issuer_token_is_accepted_by_the_resource_server() throws Exception {
        MvcResult login = mvc.perform(post("/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("username", "reviewer.market").param("password", "demo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(28800))
                .andReturn();
        String token = JsonMapper.builder().build().readTree(login.getResponse().getContentAsString())
                .get("access_token").asString();

        mvc.perform(get("/api/test/v1/reviews").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewer").value("reviewer.market"));
        mvc.perform(get("/api/test/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(jsonPath("$.department").value("MARKET"))
                .andExpect(jsonPath("$.name").value("周明"));
    }

    @Test
    void dev_issuer_accepts_json_credentials() throws Exception {
        mvc.perform(post("/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"clerk\",\"password\":\"demo\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.access_token").isNotEmpty());
    }

    @Test
    void wrong_password_is_an_unauthenticated_problem() throws Exception {
        mvc.perform(post("/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("username", "reviewer.market").param("password", "nope"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://onewindow.org/problems/unauthenticated"))
                .andExpect(jsonPath("$.access_token").doesNotExist());
    }

    @Test
    void missing_username_is_a_validation_problem_naming_the_field() throws Exception {
        mvc.perform(post("/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"demo\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"))
                .andExpect(jsonPath("$.errors.length()").value(1));
    }

    @Test
    void users_listing_shows_roles_but_no_passwords() throws Exception {
        String body = mvc.perform(get("/auth/users"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode users = JsonMapper.builder().build().readTree(body);
        assertThat(users.size()).isGreaterThan(30);
        assertThat(body).doesNotContain("password").doesNotContain("\"demo\"");
        assertThat(users.findValuesAsString("username")).contains("applicant", "clerk", "system");
    }

    @Test
    void the_auto_configured_decoder_verifies_each_token_once(@Autowired JwtDecoder decoder) throws Exception {
        String token = issuer.issue(CLERK);
        mvc.perform(get("/api/test/v1/me").header(HttpHeaders.AUTHORIZATION, bearer(token))).andExpect(status().isOk());

        assertThat(decoder).isInstanceOf(CachingJwtDecoder.class);
        assertThat(decoder.decode(token)).as("the verified Jwt of the request, from the cache")
                .isSameAs(decoder.decode(token));
    }

    @Test
    void jwks_serves_the_public_key_only() throws Exception {
        mvc.perform(get("/auth/jwks.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"))
                .andExpect(jsonPath("$.keys[0].alg").value("RS256"))
                .andExpect(jsonPath("$.keys[0].n").isNotEmpty())
                .andExpect(jsonPath("$.keys[0].d").doesNotExist());
    }

    @Test
    void health_probe_is_public() throws Exception {
        // No actuator here: a public path that has no handler answers 404, not 401.
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
