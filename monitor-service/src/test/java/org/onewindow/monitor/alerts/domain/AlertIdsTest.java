package org.onewindow.monitor.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AlertIdsTest {

    @Test
    void a_version_5_id_matches_the_rfc_reference_value() {
        // uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") in Python's standard library
        assertThat(AlertIds.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
                .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }

    @Test
    void the_same_rule_on_the_same_case_always_has_the_same_id() {
        UUID first = AlertIds.of(Rule.PUSH_UNCLAIMED, "330102-20250311-0042");
        assertThat(AlertIds.of(Rule.PUSH_UNCLAIMED, "330102-20250311-0042")).isEqualTo(first);
        assertThat(first.version()).isEqualTo(5);
        assertThat(first.variant()).isEqualTo(2);
    }

    @Test
    void every_rule_and_case_has_its_own_id() {
        Set<UUID> ids = new HashSet<>();
        for (Rule rule : Rule.values()) {
            ids.add(AlertIds.of(rule, "330102-20250311-0042"));
            ids.add(AlertIds.of(rule, "330102-20250311-0043"));
        }
        assertThat(ids).hasSize(Rule.values().length * 2);
    }

    @Test
    void every_rule_names_its_source_and_titles() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.source()).as(rule.name()).isNotBlank();
            assertThat(rule.titleZh()).as(rule.name()).isNotBlank();
            assertThat(rule.titleEn()).as(rule.name()).isNotBlank();
        }
    }
}
