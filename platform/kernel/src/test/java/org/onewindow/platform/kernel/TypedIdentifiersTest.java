package org.onewindow.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypedIdentifiersTest {

    @Test
    void an_identifier_is_its_value_and_types_keep_kinds_apart() {
        assertThat(CaseNumber.of("330100-20260105-000123").toString()).isEqualTo("330100-20260105-000123");
        assertThat(CaseNumber.of("X")).isEqualTo(CaseNumber.of("X")).isNotEqualTo(DepartmentCode.of("X"));
        assertThat(UserId.of("u-1").value()).isEqualTo("u-1");
    }

    @Test
    void blank_padded_multi_line_or_overlong_values_are_refused() {
        assertThatThrownBy(() -> CentreCode.of(" ")).hasMessageContaining("CentreCode must not be blank");
        assertThatThrownBy(() -> ItemCode.of(" A")).hasMessageContaining("without surrounding blanks");
        assertThatThrownBy(() -> UserId.of("a\nb")).hasMessageContaining("one line");
        assertThatThrownBy(() -> DepartmentCode.of("d".repeat(65))).hasMessageContaining("at most 64");
        assertThat(DepartmentCode.of("d".repeat(64)).value()).hasSize(64);
    }

    @Test
    void changes_are_recorded_in_order_and_cleared_after_the_save() {
        Changes<String> changes = new Changes<>();
        assertThat(changes.isEmpty()).isTrue();
        changes.stateChanged();
        assertThat(changes.isEmpty()).isFalse();
        changes.registerEvent("a");
        changes.registerEvent("b");
        AuditActor system = AuditActor.system("review");
        changes.audit(AuditEntry.of(java.time.Instant.EPOCH, "OPENED", system, null));

        assertThat(changes.events()).containsExactly("a", "b");
        assertThat(changes.auditEntries()).singleElement().satisfies(e -> {
            assertThat(e.detail()).isEmpty();
            assertThat(e.actor().principal()).isEqualTo("system:review");
            assertThat(e.actor().role()).isEqualTo(AuditActor.SYSTEM_ROLE);
        });
        changes.clear();
        assertThat(changes.isEmpty()).isTrue();
    }
}
