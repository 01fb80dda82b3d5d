package org.onewindow.platform.kernel;

/**
 * What every aggregate offers the platform's one command path: the version it was loaded with (what the
 * client's {@code If-Match} is checked against and what the save is conditional on) and the changes its commands
 * recorded (events for the service's contract mapper, lines for the audit trail). Plain Java, no framework.
 *
 * <pre>{@code
 * public final class Application implements Aggregate<ApplicationEvent> {
 *     private final Changes<ApplicationEvent> changes = new Changes<>();
 *     void refuse(List<Reason> reasons, ActingUser by, Instant at) {
 *         ApplicationPolicies.mayRefuse(this);
 *         status = REFUSED;
 *         changes.registerEvent(new Refused(caseNumber, reasons));
 *         changes.audit(AuditEntry.of(at, "REFUSED", by.auditActor(), "..."));
 *     }
 * }
 * }</pre>
 *
 * @param <E> the service's own (internal) event type; the contract mapper turns it into published events
 */
public interface Aggregate<E> {

    /** The stored version this instance was read with (0 before the first save). */
    long version();

    /** What the commands applied since loading recorded; the command path drains it after the save. */
    Changes<E> changes();
}
