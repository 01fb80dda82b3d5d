package org.onewindow.intake.applications.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.kernel.AuditEntry;

/** How a caller who is not shown personal data sees the applicant's name and address. */
class PersonalDataMaskingTest {

    @Test
    void a_persons_name_keeps_its_first_character_and_an_address_its_first_six() {
        assertThat(ApplicationView.maskName("张三")).isEqualTo("张*");
        assertThat(ApplicationView.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(ApplicationView.maskName("张")).isEqualTo("*");
        assertThat(ApplicationView.maskName(null)).isNull();
        assertThat(ApplicationView.maskAddress("浙江省杭州市西湖区文三路100号")).isEqualTo("浙江省杭州市" + "*".repeat(10));
        assertThat(ApplicationView.maskAddress("短地址")).as("at most half stays").isEqualTo("短**");
        assertThat(ApplicationView.maskAddress(null)).isNull();
    }

    @Test
    void the_applicant_an_agent_acted_for_is_masked_in_the_trail_for_whom_the_view_is_masked() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-03-02T02:00:00Z"), "SUBMITTED",
                new AuditActor("agent-1", "赵大山", "VILLAGE_AGENT", "张三", "agent-1"), "submitted");

        assertThat(AuditEntryView.of(entry, true).onBehalfOf()).isEqualTo("张三");
        assertThat(AuditEntryView.of(entry, false).onBehalfOf()).isEqualTo("张*");
        assertThat(AuditEntryView.of(entry, false).actorId()).isEqualTo("agent-1");
    }
}
