package org.onewindow.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an event record on the wire. The CloudEvents type is {@code org.onewindow.<name>.v<version>},
 * e.g. {@code org.onewindow.intake.ApplicationAccepted.v1}. A breaking change is a new record with a
 * new version; consumers of the old version keep working.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Service and event name, e.g. {@code intake.ApplicationAccepted}. */
    String name();

    int version();

    /** The stream (topic) this event is published on. */
    Stream stream();
}
