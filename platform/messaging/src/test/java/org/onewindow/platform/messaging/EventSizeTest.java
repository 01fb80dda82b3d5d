package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.platform.kernel.ListLimits.ADJUSTED_WORKDAYS;
import static org.onewindow.platform.kernel.ListLimits.CENTRES;
import static org.onewindow.platform.kernel.ListLimits.CHANNELS;
import static org.onewindow.platform.kernel.ListLimits.CONDITIONS;
import static org.onewindow.platform.kernel.ListLimits.DELEGATIONS;
import static org.onewindow.platform.kernel.ListLimits.DEPARTMENTS;
import static org.onewindow.platform.kernel.ListLimits.FEES;
import static org.onewindow.platform.kernel.ListLimits.HOLIDAYS;
import static org.onewindow.platform.kernel.ListLimits.MATERIALS;
import static org.onewindow.platform.kernel.ListLimits.POWERS;
import static org.onewindow.platform.kernel.ListLimits.REASONS;
import static org.onewindow.platform.kernel.TextLimits.CODE;
import static org.onewindow.platform.kernel.TextLimits.ID_NUMBER;
import static org.onewindow.platform.kernel.TextLimits.LONG_TEXT;
import static org.onewindow.platform.kernel.TextLimits.NAME;
import static org.onewindow.platform.kernel.TextLimits.NOTE;
import static org.onewindow.platform.kernel.TextLimits.REASON;
import static org.onewindow.platform.kernel.TextLimits.REFERENCE;
import static org.onewindow.platform.kernel.TextLimits.SHORT_TEXT;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventCatalog;
import org.onewindow.contracts.EventLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Events can never exceed the broker's limit because their inputs cannot (issue 7): builds the LARGEST instance of
 * every event type in {@link EventCatalog} that the API limits allow (platform-kernel's {@code TextLimits} and
 * {@code ListLimits}, the constants every request record's {@code @Size} references) and shows that its JSON is
 * below {@link EventLimits#MAX_EVENT_BYTES}.
 *
 * <p>Every string is at its maximum length, of three-byte UTF-8 characters (审), every list at its maximum size, every
 * number at its largest, every enum at its longest constant. Kept in one place rather than in each
 * service, beside the outbox that enforces the limit (platform-contracts cannot see platform-kernel's limits
 * without a build cycle): one table ({@link #LIMITS}) names the limit of every string and list component of every event and
 * nested record, and the test fails for a component the table does not name, so a new event field must be given a
 * limit before it can ship.
 *
 * <p>Events that aggregate several requests take the product of the limits that bound them:
 * {@code ReviewCaseOpened.tasks} holds one task per route department ({@code DEPARTMENTS}); a task's reasons are its
 * review step's and its check step's ({@code 2 x REASONS}), and so are a rejection's ({@code DecisionMade.reasons});
 * {@code DecisionMade.participants} is the reviewer and checker of every task ({@code 2 x DEPARTMENTS}).
 * {@code ItemVersionChanged} carries a whole item definition (one request) and is by far the largest event:
 * {@code MATERIALS x (CODE + NAME + REFERENCE)} and {@code DELEGATIONS x CENTRES x CODE} dominate it, which is why
 * those limits are what they are. Codes the suite assigns (case numbers, user ids from tokens, licence numbers) are
 * bounded by {@code CODE}.
 */
class EventSizeTest {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final String WIDE = "审";

    /** Limit per "Record.component": max length of a string, max size of a list; "Record.component[]" for elements. */
    static final Map<String, Integer> LIMITS = Map.ofEntries(
            // catalog
            Map.entry("ItemVersionChanged.itemCode", CODE), Map.entry("ItemVersionChanged.basicCode", CODE),
            Map.entry("ItemVersionChanged.implementationCode", CODE), Map.entry("ItemVersionChanged.name", NAME),
            Map.entry("ItemVersionChanged.legalBasis", LONG_TEXT),
            Map.entry("ItemVersionChanged.specialLaw", LONG_TEXT),
            Map.entry("ItemVersionChanged.implementingDepartment", CODE),
            Map.entry("ItemVersionChanged.handlingUnit", NAME),
            Map.entry("ItemVersionChanged.supervisingDepartment", CODE),
            Map.entry("ItemVersionChanged.delegations", DELEGATIONS),
            Map.entry("ItemVersionChanged.conditions", CONDITIONS),
            Map.entry("ItemVersionChanged.conditions[]", SHORT_TEXT),
            Map.entry("ItemVersionChanged.materials", MATERIALS), Map.entry("ItemVersionChanged.fees", FEES),
            Map.entry("ItemVersionChanged.channels", CHANNELS), Map.entry("ItemVersionChanged.changedBy", CODE),
            Map.entry("ItemVersionChanged.changeReason", REASON),
            Map.entry("Delegation.centres", CENTRES), Map.entry("Delegation.centres[]", CODE),
            Map.entry("Material.code", CODE), Map.entry("Material.name", NAME),
            Map.entry("Material.templateRef", REFERENCE),
            Map.entry("Fee.name", NAME), Map.entry("Fee.legalBasis", REASON),
            Map.entry("Route.departments", DEPARTMENTS), Map.entry("Route.departments[]", CODE),
            Map.entry("ServiceCentreChanged.code", CODE), Map.entry("ServiceCentreChanged.name", NAME),
            Map.entry("ServiceCentreChanged.parentCode", CODE),
            Map.entry("DepartmentChanged.code", CODE), Map.entry("DepartmentChanged.name", NAME),
            Map.entry("DepartmentChanged.powers", POWERS), Map.entry("DepartmentChanged.powers[]", CODE),
            Map.entry("CalendarPublished.holidays", HOLIDAYS),
            Map.entry("CalendarPublished.adjustedWorkdays", ADJUSTED_WORKDAYS),
            // intake
            Map.entry("ApplicationAccepted.caseNumber", CODE), Map.entry("ApplicationAccepted.itemCode", CODE),
            Map.entry("ApplicationAccepted.itemName", NAME), Map.entry("ApplicationAccepted.centreCode", CODE),
            Map.entry("ApplicationAccepted.acceptedBy", CODE),
            Map.entry("ApplicationAccepted.deferredMaterials", MATERIALS),
            Map.entry("ApplicationAccepted.deferredMaterials[]", CODE),
            Map.entry("ApplicationAccepted.implementingDepartment", CODE),
            Map.entry("ApplicationAccepted.supervisingDepartment", CODE),
            Map.entry("Applicant.name", NAME), Map.entry("Applicant.maskedIdNumber", ID_NUMBER),
            Map.entry("Applicant.userId", CODE),
            Map.entry("Agent.userId", CODE), Map.entry("Agent.name", NAME), Map.entry("Agent.mandateId", CODE),
            Map.entry("ApplicationNotAccepted.caseNumber", CODE), Map.entry("ApplicationNotAccepted.itemCode", CODE),
            Map.entry("ApplicationNotAccepted.reasons", REASONS), Map.entry("ApplicationNotAccepted.decidedBy", CODE),
            Map.entry("ApplicationNotAccepted.centreCode", CODE),
            Map.entry("ApplicationNotAccepted.implementingDepartment", CODE),
            Map.entry("ApplicationNotAccepted.applicantUserId", CODE),
            Map.entry("ApplicationNotAccepted.agentUserId", CODE),
            Map.entry("Reason.rule", CODE), Map.entry("Reason.message", REASON),
            Map.entry("OneTimeNoticeIssued.caseNumber", CODE), Map.entry("OneTimeNoticeIssued.itemCode", CODE),
            Map.entry("OneTimeNoticeIssued.missing", MATERIALS), Map.entry("OneTimeNoticeIssued.issuedBy", CODE),
            Map.entry("OneTimeNoticeIssued.centreCode", CODE), Map.entry("OneTimeNoticeIssued.implementingDepartment", CODE),
            Map.entry("OneTimeNoticeIssued.applicantUserId", CODE), Map.entry("OneTimeNoticeIssued.agentUserId", CODE),
            Map.entry("MissingMaterial.materialCode", CODE), Map.entry("MissingMaterial.name", NAME),
            Map.entry("MissingMaterial.note", REASON),
            Map.entry("SupplementReceived.caseNumber", CODE), Map.entry("SupplementReceived.materials", MATERIALS),
            Map.entry("SupplementReceived.receivedBy", CODE),
            Map.entry("MaterialsUpdated.caseNumber", CODE), Map.entry("MaterialsUpdated.materialCode", CODE),
            Map.entry("MaterialsUpdated.sha256", CODE),
            Map.entry("SuppliedMaterial.code", CODE), Map.entry("SuppliedMaterial.name", NAME),
            Map.entry("ResultDelivered.caseNumber", CODE), Map.entry("ResultDelivered.itemCode", CODE),
            Map.entry("ResultDelivered.itemName", NAME), Map.entry("ResultDelivered.licenceNumber", CODE),
            Map.entry("ResultDelivered.centreCode", CODE), Map.entry("ResultDelivered.implementingDepartment", CODE),
            Map.entry("ResultDelivered.applicantUserId", CODE), Map.entry("ResultDelivered.agentUserId", CODE),
            // the reference is the request's tracking number or the decision's licence number
            Map.entry("ResultDelivered.reference", CODE), Map.entry("ResultDelivered.licenceSha256", CODE),
            Map.entry("DeliveryWarningRaised.caseNumber", CODE), Map.entry("DeliveryWarningRaised.itemCode", CODE),
            Map.entry("DeliveryWarningRaised.centreCode", CODE),
            Map.entry("DeliveryWarningRaised.implementingDepartment", CODE),
            Map.entry("DeliveryWarningRaised.licenceNumber", CODE),
            // review
            Map.entry("ReviewCaseOpened.caseNumber", CODE), Map.entry("ReviewCaseOpened.itemCode", CODE),
            Map.entry("ReviewCaseOpened.tasks", DEPARTMENTS), Map.entry("Task.department", CODE),
            Map.entry("TaskCompleted.caseNumber", CODE), Map.entry("TaskCompleted.department", CODE),
            Map.entry("TaskCompleted.reasons", 2 * REASONS), Map.entry("TaskCompleted.reasons[]", SHORT_TEXT),
            Map.entry("TaskCompleted.reviewerId", CODE), Map.entry("TaskCompleted.checkerId", CODE),
            Map.entry("SupplementRequested.caseNumber", CODE), Map.entry("SupplementRequested.materials", MATERIALS),
            Map.entry("SupplementRequested.requestedBy", CODE),
            Map.entry("RequestedMaterial.code", CODE), Map.entry("RequestedMaterial.name", NAME),
            Map.entry("RequestedMaterial.note", REASON),
            Map.entry("DecisionMade.caseNumber", CODE), Map.entry("DecisionMade.itemCode", CODE),
            Map.entry("DecisionMade.itemName", NAME), Map.entry("DecisionMade.licenceNumber", CODE),
            Map.entry("DecisionMade.reasons", 2 * REASONS), Map.entry("DecisionMade.reasons[]", SHORT_TEXT),
            Map.entry("DecisionMade.implementingDepartment", CODE),
            Map.entry("DecisionMade.supervisingDepartment", CODE), Map.entry("DecisionMade.holderName", NAME),
            Map.entry("DecisionMade.holderMaskedIdNumber", ID_NUMBER),
            Map.entry("DecisionMade.participants", 2 * DEPARTMENTS), Map.entry("DecisionMade.participants[]", CODE),
            Map.entry("DecisionMade.applicantUserId", CODE),
            Map.entry("DeadlineWarning.caseNumber", CODE), Map.entry("DeadlineWarning.itemCode", CODE),
            Map.entry("DeadlineWarning.department", CODE),
            // extensions, special procedures, recomputed deadlines: reasons bounded by the request (REASON), the legal
            // basis a fixed text of review's (SHORT_TEXT), one step per task (DEPARTMENTS)
            Map.entry("DeadlineExtended.caseNumber", CODE), Map.entry("DeadlineExtended.itemCode", CODE),
            Map.entry("DeadlineExtended.reason", REASON), Map.entry("DeadlineExtended.legalBasis", SHORT_TEXT),
            Map.entry("DeadlineExtended.approvedBy", CODE), Map.entry("DeadlineExtended.approvedRole", CODE),
            Map.entry("DeadlineExtended.applicantUserId", CODE),
            Map.entry("ProcedurePaused.caseNumber", CODE), Map.entry("ProcedurePaused.reason", REASON),
            Map.entry("ProcedurePaused.legalBasis", SHORT_TEXT), Map.entry("ProcedurePaused.pausedBy", CODE),
            Map.entry("ProcedurePaused.applicantUserId", CODE),
            Map.entry("ProcedureResumed.caseNumber", CODE), Map.entry("ProcedureResumed.legalBasis", SHORT_TEXT),
            Map.entry("ProcedureResumed.applicantUserId", CODE),
            Map.entry("DeadlinesRecomputed.caseNumber", CODE), Map.entry("DeadlinesRecomputed.steps", DEPARTMENTS),
            Map.entry("Step.department", CODE), Map.entry("DeadlinesRecomputed.applicantUserId", CODE),
            // the electronic licence: a reference (key, hash, name) to the stored PDF, never its content
            Map.entry("LicenceIssued.caseNumber", CODE), Map.entry("LicenceIssued.licenceNumber", CODE),
            Map.entry("LicenceIssued.itemCode", CODE), Map.entry("LicenceIssued.documentKey", REFERENCE),
            Map.entry("LicenceIssued.sha256", CODE), Map.entry("LicenceIssued.contentType", CODE),
            Map.entry("LicenceIssued.fileName", REFERENCE),
            // supervision
            Map.entry("SupervisionRecordPushed.caseNumber", CODE), Map.entry("SupervisionRecordPushed.itemCode", CODE),
            Map.entry("SupervisionRecordPushed.licenceNumber", CODE),
            Map.entry("SupervisionRecordPushed.supervisingDepartment", CODE),
            Map.entry("SupervisionRecordClaimed.caseNumber", CODE),
            Map.entry("SupervisionRecordClaimed.supervisingDepartment", CODE),
            Map.entry("SupervisionRecordClaimed.claimedBy", CODE),
            Map.entry("SupervisionRecordEscalated.caseNumber", CODE),
            Map.entry("SupervisionRecordEscalated.supervisingDepartment", CODE),
            Map.entry("SupervisionRecordEscalated.reason", REASON),
            Map.entry("LicenceActionTaken.caseNumber", CODE), Map.entry("LicenceActionTaken.licenceNumber", CODE),
            Map.entry("LicenceActionTaken.reason", NOTE), Map.entry("LicenceActionTaken.takenBy", CODE),
            // rating
            Map.entry("RatingSubmitted.caseNumber", CODE), Map.entry("RatingSubmitted.itemCode", CODE),
            Map.entry("RatingSubmitted.implementingDepartment", CODE), Map.entry("RatingSubmitted.centreCode", CODE),
            Map.entry("RatingSubmitted.comment", SHORT_TEXT),
            Map.entry("RectificationOpened.caseNumber", CODE),
            Map.entry("RectificationOpened.implementingDepartment", CODE),
            Map.entry("RatingSubmittedV2.caseNumber", CODE), Map.entry("RatingSubmittedV2.itemCode", CODE),
            Map.entry("RatingSubmittedV2.implementingDepartment", CODE), Map.entry("RatingSubmittedV2.centreCode", CODE),
            Map.entry("RatingSubmittedV2.comment", SHORT_TEXT),
            Map.entry("RectificationProgressed.caseNumber", CODE),
            Map.entry("RectificationProgressed.implementingDepartment", CODE),
            Map.entry("RectificationProgressed.text", SHORT_TEXT), Map.entry("RectificationProgressed.actorRole", CODE),
            Map.entry("RectificationOverdue.caseNumber", CODE),
            Map.entry("RectificationOverdue.implementingDepartment", CODE),
            // monitor: codes, the rule's source (fixed texts) and the detail (cut at REASON by monitor's Finding)
            Map.entry("AlertRaised.rule", CODE), Map.entry("AlertRaised.source", REASON),
            Map.entry("AlertRaised.caseNumber", CODE), Map.entry("AlertRaised.department", CODE),
            Map.entry("AlertRaised.centreCode", CODE), Map.entry("AlertRaised.itemCode", CODE),
            Map.entry("AlertRaised.detail", REASON));

    static Stream<Class<? extends DomainEvent>> eventTypes() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void the_largest_event_the_api_limits_allow_fits_under_the_broker_limit(Class<? extends DomainEvent> type)
            throws Exception {
        Object largest = largest(type, type.getSimpleName());
        int bytes = JSON.writeValueAsString(largest).getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("largest %s: %,d bytes (%.1f %% of the %,d allowed)%n", type.getSimpleName(), bytes,
                100.0 * bytes / EventLimits.MAX_EVENT_BYTES, EventLimits.MAX_EVENT_BYTES);
        // the CloudEvents headers and the key add well under 2 KB
        assertThat(bytes + 2_048).as("largest %s in bytes", type.getSimpleName())
                .isLessThan(EventLimits.MAX_EVENT_BYTES);
    }

    @Test
    void strings_are_built_of_three_byte_characters_at_their_limit() throws Exception {
        Object event = largest(EventCatalog.ALL.getFirst(), EventCatalog.ALL.getFirst().getSimpleName());
        assertThat(JSON.writeValueAsString(event)).contains(WIDE.repeat(LIMITS.get("ItemVersionChanged.legalBasis")));
        assertThat(WIDE.getBytes(StandardCharsets.UTF_8)).hasSize(3);
    }

    /** The largest instance of a record: every component at its limit. */
    private static Object largest(Class<?> record, String path) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            values[i] = value(record, c.getName(), c.getType(), c.getGenericType());
        }
        fixUp(record, components, values);
        return record.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(Class<?> owner, String name, Class<?> type, Type generic) throws Exception {
        String key = owner.getSimpleName() + "." + name;
        if (type == String.class) {
            return WIDE.repeat(limit(key));
        }
        if (List.class.isAssignableFrom(type)) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Class<?> elementClass = (Class<?>) element;
            List<Object> list = new ArrayList<>();
            int size = limit(key);
            for (int i = 0; i < size; i++) {
                list.add(elementClass == String.class ? WIDE.repeat(limit(key + "[]"))
                        : scalarOrRecord(elementClass, key + "[]"));
            }
            return list;
        }
        return scalarOrRecord(type, key);
    }

    private static Object scalarOrRecord(Class<?> type, String key) throws Exception {
        if (type.isRecord()) {
            return largest(type, key);
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).max(Comparator.comparingInt(e -> e.toString().length()))
                    .orElseThrow();
        }
        if (type == int.class || type == Integer.class) {
            return Integer.MIN_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return Long.MIN_VALUE;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.FALSE;
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("-99999999999999.99");
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == LocalDate.class) {
            return LocalDate.of(9999, 12, 31);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.ofHoursMinutes(-10, -30));
        }
        throw new AssertionError("no largest value for " + type + " at " + key + ": teach EventSizeTest this type");
    }

    /** Rules a record's own constructor enforces: a masked id number, a level's "bad" flag. */
    private static void fixUp(Class<?> record, RecordComponent[] components, Object[] values) {
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (name.toLowerCase().contains("masked") && values[i] instanceof String s) {
                values[i] = s.substring(0, s.length() - 8) + "********";
            }
            if (name.equals("bad") && record == org.onewindow.contracts.rating.RatingSubmitted.class) {
                for (int j = 0; j < components.length; j++) {
                    if (components[j].getName().equals("level")) {
                        values[i] = ((org.onewindow.contracts.rating.RatingSubmitted.Level) values[j]).bad();
                    }
                }
            }
            if (name.equals("bad") && record == org.onewindow.contracts.rating.RatingSubmittedV2.class) {
                for (int j = 0; j < components.length; j++) {
                    if (components[j].getName().equals("level")) {
                        values[i] = ((org.onewindow.contracts.rating.RatingSubmittedV2.Level) values[j]).bad();
                    }
                }
            }
        }
    }

    private static int limit(String key) {
        Integer limit = LIMITS.get(key);
        if (limit == null) {
            throw new AssertionError("no API limit known for " + key + ": add it to EventSizeTest.LIMITS (and make"
                    + " sure a request field's @Size bounds it)");
        }
        return limit;
    }
}
