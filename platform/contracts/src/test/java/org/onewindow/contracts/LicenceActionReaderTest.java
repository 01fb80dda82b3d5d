package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.supervision.LicenceActionTaken;

import tools.jackson.databind.json.JsonMapper;

/** Tolerant reader: an action a newer supervision sends reads as null (consumers skip it) instead of failing the event. */
class LicenceActionReaderTest {

    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    @Test
    void an_unknown_action_reads_as_null_and_a_known_one_as_itself() {
        String json = """
                {"recordId":"5b0e3f7a-2c41-4d6e-8f90-a1b2c3d4e5f6","caseNumber":"330102-20250311-0042",
                 "licenceNumber":"JY1","action":"%s","reason":"r","takenBy":"s","takenAt":"2026-03-25T10:00:00+08:00"}""";
        assertThat(JSON.readValue(json.formatted("WITHDRAW"), LicenceActionTaken.class).action()).isNull();
        assertThat(JSON.readValue(json.formatted("REVOKE"), LicenceActionTaken.class).action())
                .isEqualTo(LicenceActionTaken.Action.REVOKE);
    }
}
