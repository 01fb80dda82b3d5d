package org.onewindow.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import org.onewindow.platform.security.policy.AccessPolicy;
import org.onewindow.platform.security.policy.AccessPolicyLoader;
import org.onewindow.platform.security.policy.PolicyAuthorizationManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Every OneWindow service is an OAuth2 resource server: bearer JWT on every path except the platform's
 * public ones, {@code onewindow.security.public-paths} and the PUBLIC operations of the access policy table;
 * which role may call which operation is decided by that table ({@link PolicyAuthorizationManager}). Runs before Spring Boot's security
 * auto-configuration so that Boot's defaults step back; a service overrides the whole chain by declaring
 * its own {@link SecurityFilterChain}.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({OneWindowSecurityProperties.class, DevIssuerProperties.class})
@EnableWebSecurity
@EnableMethodSecurity
public class OneWindowSecurityAutoConfiguration {

    /** Reachable without a token in every service: probes, metrics scraping and API docs. */
    public static final List<String> PLATFORM_PUBLIC_PATHS = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error");

    /** The service name under which the gateway reads the table (public rows of every service). */
    public static final String GATEWAY = "gateway";

    /** The development issuer's endpoints, public whenever the issuer is enabled. */
    public static final String DEV_ISSUER_PATHS = "/auth/**";

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain oneWindowSecurityFilterChain(HttpSecurity http, OneWindowSecurityProperties properties,
                                                     DevIssuerProperties devIssuer,
                                                     PolicyAuthorizationManager policyAuthorization,
                                                     ObjectProvider<AuthenticationEntryPoint> entryPoints,
                                                     ObjectProvider<AccessDeniedHandler> accessDeniedHandlers)
            throws Exception {
        // platform-web may contribute the problem writers; ours give the same shape when it does not.
        AuthenticationEntryPoint entryPoint = entryPoints.getIfUnique(ProblemAuthenticationEntryPoint::new);
        AccessDeniedHandler accessDenied = accessDeniedHandlers.getIfUnique(ProblemAccessDeniedHandler::new);
        List<String> publicPaths = publicPaths(properties, devIssuer);

        http.csrf(AbstractHttpConfigurer::disable) // bearer tokens only, no cookies to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
                        // the policy table: operation -> resource.action -> grants of the caller's roles
                        .anyRequest().access(policyAuthorization))
                .oauth2ResourceServer(rs -> rs
                        .bearerTokenResolver(new BearerHeaderTokenResolver())
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ActorAuthenticationConverter())))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
        if (properties.cors().allowedOrigins().isEmpty()) {
            http.cors(AbstractHttpConfigurer::disable);
        } else {
            http.cors(c -> c.configurationSource(corsSource(properties.cors())));
        }
        return http.build();
    }

    /** Spring's strict firewall, its default rule for header values checked by a loop ({@link HeaderValues}). */
    @Bean
    WebSecurityCustomizer oneWindowFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(new HeaderValues());
        return web -> web.httpFirewall(firewall);
    }

    static List<String> publicPaths(OneWindowSecurityProperties properties, DevIssuerProperties devIssuer) {
        List<String> paths = new ArrayList<>(PLATFORM_PUBLIC_PATHS);
        if (devIssuer.enabled()) {
            paths.add(DEV_ISSUER_PATHS);
        }
        paths.addAll(properties.publicPaths());
        return paths;
    }

    /**
     * Verifies with the configured PEM public key, each token's signature once ({@link CachingJwtDecoder});
     * without one, Spring Boot's issuer-uri / jwk-set-uri decoder applies.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty(prefix = "onewindow.security.jwt", name = "public-key-location")
    JwtDecoder oneWindowJwtDecoder(OneWindowSecurityProperties properties) throws IOException {
        var key = KeyFiles.readPublicKey(
                properties.jwt().publicKeyLocation().getContentAsString(StandardCharsets.US_ASCII));
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withPublicKey(key)
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        // Claims are validated by the cache on every use; the verifier only checks signatures.
        verifier.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        OneWindowSecurityProperties.Cache cache = properties.jwt().cache();
        return new CachingJwtDecoder(verifier, validator(properties.jwt().issuer()), Clock.systemUTC(),
                cache.maxEntries(), cache.maxAge());
    }

    /** exp must be present and in the future (the default validator skips a missing exp); iss when configured. */
    static OAuth2TokenValidator<Jwt> validator(String issuer) {
        OAuth2TokenValidator<Jwt> defaults = issuer == null || issuer.isBlank()
                ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(issuer);
        return new DelegatingOAuth2TokenValidator<>(defaults,
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
    }

    /** The suite's access policy table, read once; a bad row stops the application from starting. */
    @Bean
    @ConditionalOnMissingBean
    AccessPolicy accessPolicy() {
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new AccessPolicyLoader(roles).loadDefault(OneWindowSecurityAutoConfiguration.class.getClassLoader());
    }

    @Bean
    @ConditionalOnMissingBean
    PolicyAuthorizationManager policyAuthorizationManager(AccessPolicy policy, OneWindowSecurityProperties properties,
                                                          Environment environment) {
        String service = serviceName(properties, environment);
        return GATEWAY.equals(service)
                ? PolicyAuthorizationManager.forGateway(policy)
                : PolicyAuthorizationManager.forService(policy, service);
    }

    /** {@code onewindow.security.policy.service}, else {@code spring.application.name} without {@code -service}. */
    static String serviceName(OneWindowSecurityProperties properties, Environment environment) {
        String configured = properties.policy().service();
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String application = environment.getProperty("spring.application.name", "");
        return application.endsWith("-service")
                ? application.substring(0, application.length() - "-service".length())
                : application;
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentAccess currentAccess(AccessPolicy policy) {
        return new CurrentAccess(policy);
    }

    /**
     * With Spring Security's observations turned off ({@code management.observations.enable.spring.security=false},
     * the platform's default), the filter chain, authentication and authorization are not even wrapped for them:
     * turned off by the property alone, every filter still ran inside a decorator that made no-op observations
     * around it on every request (docs/benchmarks.md, "A quiet machine").
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor() {
        return new CurrentActor();
    }

    private static UrlBasedCorsConfigurationSource corsSource(OneWindowSecurityProperties.Cors cors) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(cors.allowedOrigins());
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        config.setAllowedHeaders(List.of("*"));
        config.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
