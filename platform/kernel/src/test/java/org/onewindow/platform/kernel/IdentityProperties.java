package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.CharRange;

class IdentityProperties {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> province = Arbitraries.of("11", "31", "44", "51", "65", "81");
        Arbitrary<String> county = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<String> birth = Arbitraries.longs().between(0, TODAY.toEpochDay() - LocalDate.of(1900, 1, 1).toEpochDay())
                .map(d -> LocalDate.of(1900, 1, 1).plusDays(d).format(DateTimeFormatter.BASIC_ISO_DATE));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(province, county, birth, sequence).as((p, c, b, s) -> p + c + b + s);
    }

    @Property
    void seventeen_digits_with_a_real_date_and_the_computed_check_character_parse(@ForAll("first17") String first17) {
        String raw = first17 + Gb11643.checkCharacter(first17);

        assertThat(ResidentId.parse(raw, TODAY).value()).isEqualTo(raw);
    }

    @Property
    void any_other_check_character_is_rejected(@ForAll("first17") String first17,
                                               @ForAll @IntRange(min = 1, max = 10) int shift) {
        String characters = "0123456789X";
        char right = Gb11643.checkCharacter(first17);
        char wrong = characters.charAt((characters.indexOf(right) + shift) % 11);

        assertThatThrownBy(() -> ResidentId.parse(first17 + wrong, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.first().rule()).isEqualTo("resident-id.check-character"));
    }

    @Property
    void a_valid_id_never_survives_masking_in_free_text(@ForAll("first17") String first17,
                                                        @ForAll @StringLength(max = 20) @CharRange(from = 'a', to = 'z') String before,
                                                        @ForAll @StringLength(max = 20) @CharRange(from = 'a', to = 'z') String after) {
        String id = first17 + Gb11643.checkCharacter(first17);

        String masked = PersonalData.maskText(before + " " + id + " " + after);

        assertThat(masked).doesNotContain(id).contains(ResidentId.parse(id, TODAY).masked());
    }

    @Property
    void seventeen_uscc_characters_with_the_computed_check_character_parse(
            @ForAll @StringLength(17) @CharRange(from = '0', to = '9') @CharRange(from = 'A', to = 'H')
            @CharRange(from = 'J', to = 'N') @CharRange(from = 'P', to = 'R') @CharRange(from = 'T', to = 'U')
            @CharRange(from = 'W', to = 'Y') String first17) {
        String raw = first17 + UsccTest.check(first17);

        assertThat(Uscc.parse(raw).value()).isEqualTo(raw);
    }
}
