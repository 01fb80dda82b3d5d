package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecretCodeTest {

    @Test
    void a_drawn_code_has_the_length_and_only_characters_of_the_alphabet() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = SecretCode.draw("23456789ABC", 8);
            assertThat(code).hasSize(8).matches("[2-9ABC]{8}");
            drawn.add(code);
        }
        assertThat(drawn).as("random, not a sequence").hasSizeGreaterThan(190);
    }

    @Test
    void the_stored_hash_is_the_sha256_in_hex_and_only_the_same_code_hashes_to_it() {
        assertThat(SecretCode.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String stored = SecretCode.sha256("K7QW3MZP");

        assertThat(SecretCode.hashesTo("K7QW3MZP", stored)).isTrue();
        assertThat(SecretCode.hashesTo("K7QW3MZQ", stored)).isFalse();
        assertThat(SecretCode.hashesTo("k7qw3mzp", stored)).as("normalising is the caller's").isFalse();
    }
}
