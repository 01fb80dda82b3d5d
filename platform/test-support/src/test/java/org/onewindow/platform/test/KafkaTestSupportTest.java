package org.onewindow.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

class KafkaTestSupportTest {

    @Test
    void rawRecordsRoundTripThroughTheSharedBroker() {
        KafkaTestSupport.createTopic("test-support.raw", 2);
        KafkaTestSupport.send("test-support.raw", "k1", Map.of("ce_type", "x.v1"), "not json");

        List<ConsumerRecord<String, String>> records = KafkaTestSupport.readAll("test-support.raw", Duration.ofSeconds(20), 1);

        assertThat(records).hasSize(1);
        assertThat(records.getFirst().key()).isEqualTo("k1");
        assertThat(records.getFirst().value()).isEqualTo("not json");
        assertThat(new String(records.getFirst().headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).isEqualTo("x.v1");
    }

    @Test
    void tokensAreSignedWithThePublishedKeyAndCarryTheClaims() throws Exception {
        String bearer = TestTokens.bearer("u-1", Set.of("REVIEWER", "CHECKER"), "D01", null);
        assertThat(bearer).startsWith("Bearer ");

        String pem = Files.readString(Path.of(URI.create(TestTokens.publicKeyPemLocation())));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        SignedJWT jwt = SignedJWT.parse(bearer.substring("Bearer ".length()));

        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("u-1");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("CHECKER", "REVIEWER");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("department")).isEqualTo("D01");
        assertThat(jwt.getJWTClaimsSet().getClaim("centre")).isNull();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("onewindow-test");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(jwt.getJWTClaimsSet().getIssueTime());
    }
}
