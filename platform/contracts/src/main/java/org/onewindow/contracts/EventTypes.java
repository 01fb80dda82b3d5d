package org.onewindow.contracts;

/** Reads the wire identity of an event record from its {@link EventType} annotation. */
public final class EventTypes {

    private static final String PREFIX = "org.onewindow.";

    private EventTypes() {
    }

    public static EventType of(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }

    /** The CloudEvents {@code ce_type}, e.g. {@code org.onewindow.intake.ApplicationAccepted.v1}. */
    public static String ceType(Class<?> eventClass) {
        EventType type = of(eventClass);
        return PREFIX + type.name() + ".v" + type.version();
    }

    public static Stream stream(Class<?> eventClass) {
        return of(eventClass).stream();
    }
}
