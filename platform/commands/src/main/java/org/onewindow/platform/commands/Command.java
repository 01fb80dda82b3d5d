package org.onewindow.platform.commands;

import java.util.Objects;
import java.util.function.ToLongFunction;

import org.onewindow.platform.kernel.Aggregate;
import org.onewindow.platform.kernel.AuditActor;
import org.onewindow.platform.web.etags.ETags;

/**
 * One command as the command path runs it: its name (for the access policy and logs), who runs it (carried into
 * the audit trail), and the client's precondition. {@code versionOf} picks the version the client's ETag is
 * about: the aggregate's by default, or the part the client changes (an opinion on one department's task checks
 * that task's version, so departments working in parallel never get 412 from each other).
 *
 * <pre>{@code
 * Command.of("give-opinion", actor).ifMatch(header, IfMatch.REQUIRED).versionOf(c -> c.task(taskId).version())
 * }</pre>
 */
public record Command<A>(String name, AuditActor actor, String ifMatchHeader, IfMatch ifMatch,
                         ToLongFunction<? super A> versionOf) {

    public Command {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ifMatch, "ifMatch");
        Objects.requireNonNull(versionOf, "versionOf");
    }

    /** A command without a client precondition, checked against the aggregate's version if one is added. */
    public static <A extends Aggregate<?>> Command<A> of(String name, AuditActor actor) {
        return new Command<>(name, actor, null, IfMatch.NOT_APPLICABLE, Aggregate::version);
    }

    public Command<A> ifMatch(String header, IfMatch rule) {
        return new Command<>(name, actor, header, rule, versionOf);
    }

    public Command<A> versionOf(ToLongFunction<? super A> version) {
        return new Command<>(name, actor, ifMatchHeader, ifMatch, version);
    }

    /** Checks the client's {@code If-Match} against the version it is about (428/412 through platform-web's problems). */
    void checkPrecondition(A aggregate) {
        switch (ifMatch) {
            case REQUIRED -> ETags.requireMatch(ifMatchHeader, versionOf.applyAsLong(aggregate));
            case WHEN_GIVEN -> {
                if (ifMatchHeader != null && !ifMatchHeader.isBlank()) { // an empty header asks for nothing
                    ETags.requireMatch(ifMatchHeader, versionOf.applyAsLong(aggregate));
                }
            }
            case NOT_APPLICABLE -> {
            }
        }
    }
}
