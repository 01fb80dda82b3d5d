package org.onewindow.platform.commands;

/**
 * Who may run which command on which aggregate. The command path asks it after loading and before applying, so
 * a refusal changes nothing. Throws the kernel's {@code NotPermitted} (403) or {@code NotFound} (404, when the caller
 * must not even learn that the aggregate exists).
 */
@FunctionalInterface
public interface AccessPolicy<A> {

    /** @param aggregate the loaded aggregate, or null when the command creates it */
    void check(Command<? super A> command, A aggregate);

    static <A> AccessPolicy<A> permitAll() {
        return (command, aggregate) -> {
        };
    }
}
