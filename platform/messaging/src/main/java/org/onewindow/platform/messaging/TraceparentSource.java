package org.onewindow.platform.messaging;

/** Supplies the W3C {@code traceparent} of the current request, or null when nothing is traced. */
@FunctionalInterface
public interface TraceparentSource {

    String current();

    TraceparentSource NONE = () -> null;
}
