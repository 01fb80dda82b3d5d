package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masks_a_resident_id_and_a_mobile_number_inside_free_text() {
        String line = "accepted case 2026-0001 for applicant 11010519491231002X, phone 13812345678, by clerk 42";

        assertThat(PersonalData.maskText(line)).isEqualTo(
                "accepted case 2026-0001 for applicant 110***********002X, phone 138****5678, by clerk 42");
    }

    @Test
    void masks_ids_with_lower_case_x_invalid_check_characters_and_prefixed_numbers() {
        assertThat(PersonalData.maskText("id=11010519491231002x")).isEqualTo("id=110***********002x");
        assertThat(PersonalData.maskText("id=110105194912310039;")).isEqualTo("id=110***********0039;");
        assertThat(PersonalData.maskText("tel:+86 13912345678")).isEqualTo("tel:+86 139****5678");
        assertThat(PersonalData.maskText("{\"phone\":\"15000001111\"}")).isEqualTo("{\"phone\":\"150****1111\"}");
    }

    @Test
    void leaves_other_numbers_alone() {
        String text = "offset 1234567890123456789012 at 1767225600000, amount 12345678901.50? no: 2345678901";

        assertThat(PersonalData.maskText(text)).isEqualTo(text);
        assertThat(PersonalData.maskText("12812345678")).isEqualTo("12812345678"); // not a mobile prefix
    }

    @Test
    void never_throws() {
        assertThat(PersonalData.maskText((String) null)).isNull();
        assertThat(PersonalData.maskText("")).isEmpty();
        assertThat(PersonalData.maskText((Object) 13812345678L)).isEqualTo("138****5678");
        String huge = "13812345678 ".repeat(100_000);
        assertThat(PersonalData.maskText(huge)).doesNotContain("13812345678").startsWith("138****5678 ");
    }

    @Test
    void phone_numbers_parse_and_print_masked() {
        PhoneNumber phone = PhoneNumber.parse("+86 138-1234-5678");

        assertThat(phone.value()).isEqualTo("13812345678");
        assertThat(phone.masked()).isEqualTo("138****5678");
        assertThat(phone.toString()).isEqualTo("138****5678");
        assertThat(PhoneNumber.mask("123")).isEqualTo("***");
        assertThatThrownBy(() -> PhoneNumber.parse("1381234567"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.first().rule()).isEqualTo("phone.format"));
        assertThatThrownBy(() -> PhoneNumber.parse("12812345678"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.first().field()).isEqualTo("phone"));
    }

    @Test
    void checked_values_are_equal_by_their_normalised_text_and_type() {
        assertThat(PhoneNumber.parse("+86 138-1234-5678")).isEqualTo(PhoneNumber.parse("13812345678"))
                .hasSameHashCodeAs(PhoneNumber.parse("0086 13812345678"))
                .isNotEqualTo(PhoneNumber.parse("13812345679"));
        assertThat(Uscc.parse("91350100m000100y43")).isEqualTo(Uscc.parse("91350100M000100Y43"))
                .hasToString("91350100M000100Y43");
        // one rule masks a whole value, whichever kind of personal data it is
        assertThat(PhoneNumber.mask("110105194912310021")).isEqualTo("110***********0021");
    }
}
