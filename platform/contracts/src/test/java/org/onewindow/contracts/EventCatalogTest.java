package org.onewindow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.contracts.rating.RatingSubmitted;

class EventCatalogTest {

    @Test
    void every_event_type_is_an_annotated_record_named_after_its_package() {
        for (Class<? extends DomainEvent> type : EventCatalog.ALL) {
            EventType annotation = EventTypes.of(type);
            String service = type.getPackageName().substring("org.onewindow.contracts.".length());

            assertThat(type.isRecord()).as(type.getName()).isTrue();
            // a later version is its own record, named with the version (DecisionMadeV2 for DecisionMade.v2)
            String suffix = annotation.version() > 1 ? "V" + annotation.version() : "";
            assertThat(annotation.name() + suffix).isEqualTo(service + "." + type.getSimpleName());
            assertThat(EventTypes.stream(type).id()).as(type.getName()).startsWith(service + "-");
        }
    }

    @Test
    void ce_types_are_unique_and_lead_back_to_their_record() {
        assertThat(EventCatalog.ceTypes()).doesNotHaveDuplicates().hasSize(EventCatalog.ALL.size());
        assertThat(EventCatalog.byCeType("org.onewindow.intake.ApplicationAccepted.v1")).contains(ApplicationAccepted.class);
        assertThat(EventCatalog.byCeType("org.onewindow.intake.ApplicationAccepted.v2")).isEmpty();
        for (Class<? extends DomainEvent> type : EventCatalog.ALL) {
            assertThat(EventCatalog.byCeType(EventTypes.ceType(type))).contains(type);
        }
    }

    @Test
    void every_stream_carries_at_least_one_type_and_every_type_one_stream() {
        int total = 0;
        for (Stream stream : Stream.values()) {
            assertThat(EventCatalog.onStream(stream)).as(stream.name()).isNotEmpty();
            total += EventCatalog.onStream(stream).size();
        }
        assertThat(total).isEqualTo(EventCatalog.ALL.size());
    }

    @Test
    void the_subject_is_the_key_of_its_stream() {
        assertThat(EventExamples.all()).map(DomainEvent::subject).containsExactly(
                EventExamples.ITEM, "centre:330102001", "department:SCJGJ", "2025",
                "330102-20250311-0042", "330102-20250311-0043", EventExamples.CASE, EventExamples.CASE,
                EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE,
                EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE,
                EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE,
                EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE, EventExamples.CASE,
                EventExamples.CASE, EventExamples.CASE, EventExamples.CASE); // + MaterialsUpdated, LicenceIssued (issue 11)
    }

    @Test
    void an_event_without_its_key_cannot_be_built() {
        ApplicationAccepted a = EventExamples.applicationAccepted();
        assertThatThrownBy(() -> new ApplicationAccepted(null, a.itemCode(), a.itemVersion(), a.itemName(),
                a.centreCode(), a.channel(), a.applicant(), a.agent(), a.acceptedBy(), a.acceptedAt(), a.acceptedOn(),
                a.deemed(), a.deferredMaterials(), a.immediate(), a.promisedLimitDays(), a.statutoryLimitDays(),
                a.route(), a.implementingDepartment(), a.supervisingDepartment()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("caseNumber");
    }

    @Test
    void lists_inside_events_are_immutable_copies() {
        List<String> deferred = new java.util.ArrayList<>(List.of("M03"));
        ApplicationAccepted a = EventExamples.applicationAccepted();
        ApplicationAccepted copy = new ApplicationAccepted(a.caseNumber(), a.itemCode(), a.itemVersion(), a.itemName(),
                a.centreCode(), a.channel(), a.applicant(), a.agent(), a.acceptedBy(), a.acceptedAt(), a.acceptedOn(),
                a.deemed(), deferred, a.immediate(), a.promisedLimitDays(), a.statutoryLimitDays(),
                a.route(), a.implementingDepartment(), a.supervisingDepartment());
        deferred.add("M01");

        assertThat(copy.deferredMaterials()).containsExactly("M03");
        assertThatThrownBy(() -> copy.deferredMaterials().add("M02")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_rating_is_bad_exactly_for_the_two_lowest_levels() {
        assertThat(Arrays.stream(RatingSubmitted.Level.values()).filter(RatingSubmitted.Level::bad))
                .containsExactly(RatingSubmitted.Level.DISSATISFIED, RatingSubmitted.Level.VERY_DISSATISFIED);
        RatingSubmitted r = EventExamples.ratingSubmitted();
        assertThatThrownBy(() -> new RatingSubmitted(r.ratingId(), r.caseNumber(), r.stage(),
                RatingSubmitted.Level.SATISFIED, true, r.itemCode(), r.implementingDepartment(), r.centreCode(),
                r.raterRole(), r.comment(), r.ratedAt()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad");
    }
}
