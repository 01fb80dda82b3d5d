package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.test.random.Generator;
import org.onewindow.platform.test.random.Randomized;

/** GB 11643 and GB 32100 check characters and masking, each checked on {@value #CASES} seeded random cases. */
class IdentityProperties {

    private static final int CASES = 1000;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String DIGITS = "0123456789";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    /** GB 32100's characters: digits and capitals without I, O, Z, S, V. */
    private static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The first 17 characters of a resident ID: a region, a real birth date up to today, a sequence. */
    private static String first17(Generator any) {
        return any.oneOf("11", "31", "44", "51", "65", "81") + any.string(DIGITS, 4)
                + any.dateBetween(FIRST_BIRTH, TODAY).format(DateTimeFormatter.BASIC_ISO_DATE) + any.string(DIGITS, 3);
    }

    @Test
    void seventeen_digits_with_a_real_date_and_the_computed_check_character_parse() {
        Randomized.check(CASES, any -> {
            String first17 = first17(any);
            String raw = first17 + Gb11643.checkCharacter(first17);

            assertThat(ResidentId.parse(raw, TODAY).value()).isEqualTo(raw);
        });
    }

    @Test
    void any_other_check_character_is_rejected() {
        Randomized.check(CASES, any -> {
            String first17 = first17(any);
            int shift = any.intBetween(1, 10);
            String characters = "0123456789X";
            char right = Gb11643.checkCharacter(first17);
            char wrong = characters.charAt((characters.indexOf(right) + shift) % 11);

            assertThatThrownBy(() -> ResidentId.parse(first17 + wrong, TODAY))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.first().rule()).isEqualTo("resident-id.check-character"));
        });
    }

    @Test
    void a_valid_id_never_survives_masking_in_free_text() {
        Randomized.check(CASES, any -> {
            String first17 = first17(any);
            String before = any.string(LOWER, 0, 20);
            String after = any.string(LOWER, 0, 20);
            String id = first17 + Gb11643.checkCharacter(first17);

            String masked = PersonalData.maskText(before + " " + id + " " + after);

            assertThat(masked).doesNotContain(id).contains(ResidentId.parse(id, TODAY).masked());
        });
    }

    @Test
    void seventeen_uscc_characters_with_the_computed_check_character_parse() {
        Randomized.check(CASES, any -> {
            String first17 = any.string(USCC_CHARACTERS, 17);
            String raw = first17 + UsccTest.check(first17);

            assertThat(Uscc.parse(raw).value()).isEqualTo(raw);
        });
    }
}
