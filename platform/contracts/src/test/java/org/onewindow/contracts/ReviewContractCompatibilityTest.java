package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.review.DecisionMade;
import org.onewindow.contracts.review.ReviewCaseOpened;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10's contract changes follow the versioning rule (docs/events.md): fields added to a v1 type are optional,
 * so a consumer built against the older record reads the new events, the new record reads the old events (the new
 * field absent), and the old events still validate against the grown schema. New event types are skipped by a
 * consumer that does not know them ({@link EventCatalog#byCeType} is how it decides; the platform's
 * {@code InboxListener} commits them unhandled).
 */
class ReviewContractCompatibilityTest {

    private static final JsonMapper MAPPER = EventJson.MAPPER;

    /** DecisionMade.v1 exactly as consumers compiled before issue 10 knew it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DecisionMadeBeforeIssue10(String caseNumber, String itemCode, int itemVersion, String itemName,
                                     String outcome, @Nullable String licenceNumber, @Nullable LocalDate validFrom,
                                     @Nullable LocalDate validUntil, List<String> reasons, OffsetDateTime decidedAt,
                                     String implementingDepartment, String supervisingDepartment,
                                     String holderName, String holderMaskedIdNumber, List<String> participants,
                                     String applicantUserId) {
    }

    /** ReviewCaseOpened.v1 before the provisional flag. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReviewCaseOpenedBeforeIssue10(String caseNumber, String itemCode, String mode,
                                         List<ReviewCaseOpened.Task> tasks, LocalDate promisedDeadline,
                                         LocalDate statutoryDeadline, OffsetDateTime openedAt) {
    }

    @Test
    void an_older_consumer_reads_a_decision_carrying_the_licence_due_date() {
        String json = MAPPER.writeValueAsString(EventExamples.decisionMade());
        assertThat(json).contains("\"licenceIssueDueBy\":\"2025-04-03\"");

        DecisionMadeBeforeIssue10 read = MAPPER.readValue(json, DecisionMadeBeforeIssue10.class);

        assertThat(read.licenceNumber()).isEqualTo("JY13301020012345");
        assertThat(read.participants()).hasSize(4);
    }

    @Test
    void a_decision_written_before_the_due_date_existed_reads_and_validates() {
        String json = EventJson.without(EventExamples.decisionMade(), "licenceIssueDueBy", "licenceIssueDueProvisional");

        DecisionMade read = MAPPER.readValue(json, DecisionMade.class);

        assertThat(read.licenceIssueDueBy()).isNull();
        assertThat(read.licenceIssueDueProvisional()).isNull();
        assertThat(EventSchemas.validate(EventTypes.ceType(DecisionMade.class), json)).isEmpty();
    }

    @Test
    void an_older_consumer_reads_an_opened_case_with_the_provisional_flag() {
        ReviewCaseOpened opened = EventExamples.reviewCaseOpened();
        ReviewCaseOpened provisional = new ReviewCaseOpened(opened.caseNumber(), opened.itemCode(), opened.mode(),
                opened.tasks(), opened.promisedDeadline(), opened.statutoryDeadline(), opened.openedAt(), true);
        String json = MAPPER.writeValueAsString(provisional);

        assertThat(EventSchemas.validate(EventTypes.ceType(ReviewCaseOpened.class), json)).isEmpty();
        assertThat(MAPPER.readValue(json, ReviewCaseOpenedBeforeIssue10.class).promisedDeadline())
                .isEqualTo(opened.promisedDeadline());
    }

    @Test
    void an_item_version_without_joint_handling_is_one_written_before_it_existed() {
        String item = EventJson.without(EventExamples.itemVersionChanged(), "jointHandling", "specialLaw");

        ItemVersionChanged read = MAPPER.readValue(item, ItemVersionChanged.class);

        assertThat(read.jointHandling()).isNull();
        assertThat(EventSchemas.validate(EventTypes.ceType(ItemVersionChanged.class), item)).isEmpty();
    }

    @Test
    void the_new_review_events_are_types_of_their_own_on_review_cases() {
        assertThat(EventCatalog.onStream(Stream.REVIEW_CASES)).extracting(EventTypes::ceType).contains(
                "org.onewindow.review.DeadlineExtended.v1", "org.onewindow.review.ProcedurePaused.v1",
                "org.onewindow.review.ProcedureResumed.v1", "org.onewindow.review.DeadlinesRecomputed.v1");
    }
}
