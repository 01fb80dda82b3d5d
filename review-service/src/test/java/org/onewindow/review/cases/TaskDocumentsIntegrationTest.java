package org.onewindow.review.cases;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.intake.MaterialsUpdated;
import org.onewindow.platform.test.KafkaTestSupport;

/** Issue 11: a reviewer's task lists the documents of its case as intake announced them (references, no content). */
class TaskDocumentsIntegrationTest extends ReviewIntegrationSupport {

    private void announce(String caseNumber, UUID id, MaterialsUpdated.Status status, OffsetDateTime at) {
        KafkaTestSupport.publish(topics.topicOf(MaterialsUpdated.class), new MaterialsUpdated(caseNumber, "M01", id, 2,
                MaterialsUpdated.ContentType.PDF, "ab".repeat(32), 123_456, status, at));
    }

    @Test
    void a_task_lists_its_cases_documents_in_their_newest_state_and_other_departments_get_404() throws Exception {
        String caseNumber = openCase("MARKET");
        String taskId = taskOf(caseNumber, "MARKET");
        UUID document = UUID.randomUUID();
        OffsetDateTime uploaded = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");

        announce(caseNumber, document, MaterialsUpdated.Status.UPLOADED, uploaded);
        announce(caseNumber, document, MaterialsUpdated.Status.ACCEPTED, uploaded.plusMinutes(5));
        announce(caseNumber, document, MaterialsUpdated.Status.UPLOADED, uploaded); // an older one, redelivered

        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/review/v1/tasks/" + taskId + "/documents")
                        .header("Authorization", reviewer("r-m", "MARKET")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].documentId").value(document.toString()))
                .andExpect(jsonPath("$[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].content").value("/api/intake/v1/applications/" + caseNumber + "/documents/"
                        + document + "/content")));
        mvc.perform(get("/api/review/v1/tasks/" + taskId + "/documents").header("Authorization", reviewer("r-h", "HEALTH")))
                .andExpect(status().isNotFound());
    }
}
