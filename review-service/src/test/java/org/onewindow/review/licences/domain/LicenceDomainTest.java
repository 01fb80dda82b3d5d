package org.onewindow.review.licences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.review.cases.domain.LicenceStatus;

/** The 防伪码, the holder's public name and the register's life cycle, in plain Java. */
class LicenceDomainTest {

    static final Instant NOW = Instant.parse("2026-03-20T02:00:00Z");

    @Test
    void codes_are_sixteen_base32_characters_and_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.generate();
            assertThat(code).matches("[A-Z2-7]{16}");
            assertThat(seen.add(code)).as("repeated code " + code).isTrue();
        }
    }

    @Test
    void a_code_matches_its_hash_typed_grouped_or_in_lower_case_and_nothing_else() {
        String code = VerificationCode.generate();
        String hash = VerificationCode.hash(code);
        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(code.toLowerCase());
        assertThat(VerificationCode.matches(code, hash)).isTrue();
        assertThat(VerificationCode.matches(VerificationCode.grouped(code).toLowerCase(), hash)).isTrue();
        assertThat(VerificationCode.matches(VerificationCode.generate(), hash)).isFalse();
        assertThat(VerificationCode.matches(code.substring(1), hash)).isFalse();
        assertThat(VerificationCode.matches(null, hash)).isFalse();
        assertThat(VerificationCode.matches("", hash)).isFalse();
        assertThat(VerificationCode.matches(code, null)).isFalse();
        assertThat(VerificationCode.matches("x".repeat(10_000), hash)).isFalse();
    }

    @Test
    void organisations_keep_their_name_and_persons_keep_only_the_first_character() {
        assertThat(new LicenceHolder("杭州味道餐饮有限公司", HolderKind.ORGANISATION, null).publicName()).isEqualTo("杭州味道餐饮有限公司");
        assertThat(new LicenceHolder("张三", HolderKind.PERSON, null).publicName()).isEqualTo("张*");
        assertThat(new LicenceHolder("欧阳小明", HolderKind.PERSON, null).publicName()).isEqualTo("欧***");
        assertThat(new LicenceHolder("张", HolderKind.PERSON, null).publicName()).isEqualTo("张*");
        assertThat(new LicenceHolder("李四", null, null).publicName()).as("unknown kind: masked").isEqualTo("李*");
    }

    @Test
    void a_pending_licence_verifies_nothing_and_an_issued_one_only_with_its_code() {
        RegisteredLicence licence = pending();
        assertThat(licence.changes().auditEntries()).extracting(e -> e.action()).containsExactly("LICENCE_REGISTERED");
        assertThat(licence.verify("ANYTHINGANYTHING")).isEmpty();
        String code = VerificationCode.generate();
        licence.issue(VerificationCode.hash(code), new StoredDocument("licences/N.pdf", "ab".repeat(32), 1234), NOW);
        assertThat(licence.changes().events()).singleElement().isInstanceOf(LicenceEvent.Issued.class);
        assertThat(licence.verify(VerificationCode.generate())).isEmpty();
        LicenceVerification v = licence.verify(code).orElseThrow();
        assertThat(v.holderName()).isEqualTo("张*");
        assertThat(v.status()).isEqualTo(LicenceStatus.VALID);
        assertThatThrownBy(() -> licence.issue("h", new StoredDocument("k", "s", 1), NOW))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ISSUED");
        licence.statusChanged(LicenceStatus.REVOKED, "supervisor-1", "吊销", NOW);
        assertThat(licence.verify(code).orElseThrow().status()).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void the_same_status_again_changes_nothing() {
        RegisteredLicence licence = pending();
        licence.changes().clear();
        licence.statusChanged(LicenceStatus.VALID, "supervisor-1", null, NOW);
        licence.statusChanged(null, "supervisor-1", null, NOW);
        assertThat(licence.changes().isEmpty()).isTrue();
    }

    static RegisteredLicence pending() {
        return RegisteredLicence.pending("330100-SP-001-2026-000001", "C1", "330100-SP-001", "食品经营许可",
                new LicenceHolder("张三", HolderKind.PERSON, "330***********123X"), "SCJGJ", LocalDate.of(2026, 3, 20),
                LocalDate.of(2031, 3, 20), LicenceStatus.VALID, NOW);
    }
}
