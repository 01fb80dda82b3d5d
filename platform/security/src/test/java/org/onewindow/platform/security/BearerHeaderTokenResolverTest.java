package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.random.Randomized;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** Our resolver answers every Authorization header as Spring's default resolver does: token, nothing or error. */
class BearerHeaderTokenResolverTest {

    private final BearerTokenResolver ours = new BearerHeaderTokenResolver();
    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void a_well_formed_header_gives_its_token() {
        assertThat(ours.resolve(request("Bearer eyJh.eyJz-_~+/.c2ln=="))).isEqualTo("eyJh.eyJz-_~+/.c2ln==");
        assertThat(ours.resolve(request("bEARER abc"))).isEqualTo("abc");
    }

    @Test
    void no_header_and_other_schemes_give_nothing_and_a_malformed_token_is_spring_s_invalid_token() {
        assertThat(ours.resolve(new MockHttpServletRequest("GET", "/"))).isNull();
        assertThat(ours.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
        Throwable malformed = catchThrowable(() -> ours.resolve(request("Bearer abc def")));
        assertThat(malformed).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(((OAuth2AuthenticationException) malformed).getError().getErrorCode()).isEqualTo("invalid_token");
    }

    @Test
    void any_header_gets_the_same_answer_as_from_spring_s_resolver() {
        Randomized.check(5_000, any -> {
            String header = any.oneOf("Bearer ", "bearer ", "BEARER ", "Bearer", "Bearer  ", "Basic ", "", "Bearerx ")
                    + any.string("aZ09-._~+/= \t%é电|\u0000\u007f\u0085\u0378\ud800", 0, 24)
                    + any.oneOf("", "=", "==", "a", " ", "\n", "=a");
            assertThat(answer(ours, header)).isEqualTo(answer(spring, header));
        });
    }

    /** The token, or the error's code and description. */
    private static String answer(BearerTokenResolver resolver, String header) {
        try {
            return "token " + resolver.resolve(request(header));
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/catalog/v1/items");
        request.addHeader("Authorization", authorization);
        return request;
    }
}
