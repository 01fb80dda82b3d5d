package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.intake.ApplicationAccepted.Applicant;
import org.onewindow.contracts.intake.ApplicationAccepted.ApplicantKind;

import tools.jackson.databind.json.JsonMapper;

/** Resident IDs and phone numbers never travel unmasked (DESIGN §3, 居民身份证号码 is personal data). */
class PersonalDataTest {

    private static final Pattern IDENTITY_NAME = Pattern.compile("(?i).*(idnumber|residentid|idcard|uscc|phone|mobile).*");
    private static final Pattern FULL_ID_OR_PHONE = Pattern.compile("(?<![\\w*])(\\d{17}[\\dXx]|1[3-9]\\d{9})(?![\\w*])");

    @Test
    void no_record_field_could_carry_an_unmasked_identity_number() {
        List<String> identityFields = new ArrayList<>();
        for (Class<? extends DomainEvent> type : EventCatalog.ALL) {
            collectIdentityFields(type, type.getSimpleName(), identityFields);
        }

        assertThat(identityFields).isNotEmpty().allSatisfy(field ->
                assertThat(field.substring(field.lastIndexOf('.') + 1)).as(field).containsIgnoringCase("masked"));
        assertThat(identityFields).containsExactlyInAnyOrder(
                "ApplicationAccepted.applicant.maskedIdNumber", "DecisionMade.holderMaskedIdNumber");
    }

    @Test
    void a_record_cannot_be_built_with_an_unmasked_id_number() {
        assertThatThrownBy(() -> new Applicant(ApplicantKind.PERSON, "张三", "330102199003072134", "u-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maskedIdNumber");
        assertThatThrownBy(() -> new Applicant(ApplicantKind.PERSON, "张三", "3301021990030721**", "u-1"))
                .as("a mask that leaves 17 digits readable is no mask").isInstanceOf(IllegalArgumentException.class);
        assertThat(new Applicant(ApplicantKind.PERSON, "张三", "330102********2134", "u-1").maskedIdNumber())
                .isEqualTo("330102********2134");
    }

    @Test
    void no_serialised_example_contains_a_full_id_number_or_phone_number() {
        JsonMapper mapper = JsonMapper.builder().build();
        for (DomainEvent event : EventExamples.all()) {
            String json = mapper.writeValueAsString(event);

            assertThat(FULL_ID_OR_PHONE.matcher(json).find()).as(json).isFalse();
        }
        assertThat(FULL_ID_OR_PHONE.matcher("{\"note\":\"call 13912345678\"}").find()).as("the scan works").isTrue();
    }

    private static void collectIdentityFields(Class<?> record, String path, List<String> found) {
        for (RecordComponent c : record.getRecordComponents()) {
            String at = path + "." + c.getName();
            if (IDENTITY_NAME.matcher(c.getName()).matches()) {
                found.add(at);
            }
            Type type = c.getGenericType();
            if (type instanceof ParameterizedType list) {
                type = list.getActualTypeArguments()[0];
            }
            if (type instanceof Class<?> nested && nested.isRecord()) {
                collectIdentityFields(nested, at, found);
            }
        }
    }
}
