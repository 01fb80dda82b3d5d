package org.onewindow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevIssuerPiecesTest {

    @Test
    void ensure_creates_a_matching_pair_once_and_keeps_it(@TempDir Path dir) throws Exception {
        KeyFiles.Pair first = KeyFiles.ensure(dir.resolve("keys"));
        String privatePem = Files.readString(first.privateKey());
        String publicPem = Files.readString(first.publicKey());

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(KeyFiles.publicKeyOf(KeyFiles.readPrivateKey(privatePem)))
                .isEqualTo(KeyFiles.readPublicKey(publicPem));

        KeyFiles.Pair second = KeyFiles.ensure(dir.resolve("keys"));
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(second.privateKey())).isEqualTo(privatePem);
    }

    @Test
    void a_public_key_is_not_accepted_as_a_private_key(@TempDir Path dir) throws Exception {
        KeyFiles.Pair pair = KeyFiles.ensure(dir);
        assertThatThrownBy(() -> KeyFiles.readPrivateKey(Files.readString(pair.publicKey())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demo_users_cover_every_role_and_use_the_demo_password() {
        DemoUsers users = DemoUsers.load();
        Set<Role> covered = users.all().stream().flatMap(u -> u.roles().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.asList(Role.values()));
        assertThat(users.authenticate("checker.market", "demo")).get()
                .extracting(DemoUser::department).isEqualTo("MARKET");
        assertThat(users.authenticate("checker.market", "Demo")).isEmpty();
        assertThat(users.authenticate("nobody", "demo")).isEmpty();
        assertThat(users.find("agent")).get().extracting(DemoUser::centre).isEqualTo("C-VIL-0101");
    }

    @Test
    void system_clients_are_issued_their_services_and_departments_claims() throws Exception {
        DemoUsers users = DemoUsers.load();
        DemoUser narrow = users.find("system.health").orElseThrow();
        assertThat(narrow.services()).containsExactly("intake");
        assertThat(narrow.departments()).containsExactly("HEALTH");
        assertThat(users.find("system").orElseThrow().services())
                .containsExactlyInAnyOrder("catalog", "intake", "review", "supervision", "rating");
        assertThat(users.find("clerk").orElseThrow().services()).isEmpty();

        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        DevTokenIssuer issuer = new DevTokenIssuer((java.security.interfaces.RSAPrivateKey) generator.generateKeyPair()
                .getPrivate());
        var claims = com.nimbusds.jwt.SignedJWT.parse(issuer.issue(narrow)).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("services")).containsExactly("intake");
        assertThat(claims.getStringListClaim("departments")).containsExactly("HEALTH");
        var clerk = com.nimbusds.jwt.SignedJWT.parse(issuer.issue(users.find("clerk").orElseThrow())).getJWTClaimsSet();
        assertThat(clerk.getClaims()).doesNotContainKeys("services", "departments");
    }

    @Test
    void every_department_has_reviewer_deputy_checker_and_supervisor() {
        DemoUsers users = DemoUsers.load();
        for (String dept : new String[] {"market", "health", "fire", "natural-resources", "housing", "culture",
                "transport", "ecology"}) {
            assertThat(users.find("reviewer." + dept)).as(dept).isPresent();
            assertThat(users.find("reviewer2." + dept)).as(dept).isPresent();
            assertThat(users.find("checker." + dept)).as(dept).isPresent();
            assertThat(users.find("supervisor." + dept)).as(dept).isPresent();
            // 一审一核: the reviewer and the checker are different people of the same department.
            assertThat(users.find("checker." + dept).get().department())
                    .isEqualTo(users.find("reviewer." + dept).get().department());
        }
    }

    @Test
    void role_claims_outside_the_enum_are_ignored() {
        assertThat(Role.fromClaim("REVIEWER")).contains(Role.REVIEWER);
        assertThat(Role.fromClaim("ROOT")).isEmpty();
        assertThat(Role.fromClaim(null)).isEmpty();
        assertThat(Role.CHECKER.authority()).isEqualTo("ROLE_CHECKER");
    }
}
