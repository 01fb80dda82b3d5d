package org.onewindow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.onewindow.contracts.DomainEvent;
import org.onewindow.contracts.EventCatalog;
import org.onewindow.contracts.EventLimits;
import org.onewindow.platform.kernel.ListLimits;
import org.onewindow.platform.kernel.TextLimits;
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
 * nested record ({@code event-limits.csv} beside this class), and the test fails for a component the table does not name, so a new event field must be given a
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

    /**
     * Limit per "Record.component": max length of a string, max size of a list; "Record.component[]" for elements.
     * The table is {@value #TABLE}: one row per component, its limit named as the constant a request's {@code @Size}
     * references.
     */
    static final Map<String, Integer> LIMITS = limits();

    private static final String TABLE = "event-limits.csv";

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
        fixUp(components, values);
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

    /** Rules a record's own constructor enforces: a masked id number, a rating's "bad" flag (its level's). */
    private static void fixUp(RecordComponent[] components, Object[] values) throws ReflectiveOperationException {
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (name.toLowerCase().contains("masked") && values[i] instanceof String s) {
                values[i] = s.substring(0, s.length() - 8) + "********";
            }
            if (name.equals("bad")) {
                for (int j = 0; j < components.length; j++) {
                    if (components[j].getName().equals("level")) {
                        values[i] = components[j].getType().getMethod("bad").invoke(values[j]);
                    }
                }
            }
        }
    }

    private static int limit(String key) {
        Integer limit = LIMITS.get(key);
        if (limit == null) {
            throw new AssertionError("no API limit known for " + key + ": add a row to " + TABLE + " (and make"
                    + " sure a request field's @Size bounds it)");
        }
        return limit;
    }

    /** Reads {@value #TABLE}: {@code component,limit}, the limit a constant's name, or {@code N x} one. */
    private static Map<String, Integer> limits() {
        try (InputStream in = EventSizeTest.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is not on the class path beside EventSizeTest");
            }
            Map<String, Integer> limits = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#") || row.equals("component,limit")) {
                    continue;
                }
                String[] cells = row.split(",", -1);
                if (cells.length != 2 || limits.putIfAbsent(cells[0], limitOf(cells[1])) != null) {
                    throw new IllegalStateException(TABLE + ": a row must be a new component and its limit: " + row);
                }
            }
            return Map.copyOf(limits);
        } catch (IOException e) {
            throw new IllegalStateException(TABLE, e);
        }
    }

    /** {@code TextLimits.CODE}, {@code ListLimits.REASONS} or {@code 2 x ListLimits.REASONS}. */
    private static int limitOf(String cell) {
        String[] factors = cell.split(" x ");
        int factor = factors.length == 2 ? Integer.parseInt(factors[0].strip()) : 1;
        String[] constant = factors[factors.length - 1].strip().split("\\.");
        Class<?> holder = switch (constant[0]) {
            case "TextLimits" -> TextLimits.class;
            case "ListLimits" -> ListLimits.class;
            default -> throw new IllegalStateException(TABLE + ": a limit is a TextLimits or ListLimits constant: " + cell);
        };
        try {
            return factor * holder.getField(constant[1]).getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(TABLE + ": no constant " + cell, e);
        }
    }
}
