/**
 * Shared kernel: the few value objects and error types every OneWindow service speaks.
 *
 * <ul>
 *   <li>{@link org.onewindow.platform.kernel.ResidentId} (居民身份证号码, GB 11643-1999) and
 *       {@link org.onewindow.platform.kernel.Uscc} (统一社会信用代码, GB 32100-2015): parsed once at the edge,
 *       check character included; invalid input raises a {@link org.onewindow.platform.kernel.RuleViolation}.</li>
 *   <li>Personal data never leaves unmasked: {@code ResidentId.toString()} and {@code PhoneNumber.toString()}
 *       are masked, and {@link org.onewindow.platform.kernel.PersonalData#maskText(String)} scrubs free text
 *       (log lines, messages).</li>
 *   <li>Errors the domain raises, free of any framework; platform/web maps them to RFC 9457 problems:
 *       {@link org.onewindow.platform.kernel.RuleViolation} (422/400), {@link org.onewindow.platform.kernel.StateConflict}
 *       (409), {@link org.onewindow.platform.kernel.NotFound} (404), {@link org.onewindow.platform.kernel.NotPermitted} (403).</li>
 *   <li>{@link org.onewindow.platform.kernel.Aggregate} and its {@link org.onewindow.platform.kernel.Changes}: what
 *       the platform's command path needs of an aggregate; {@link org.onewindow.platform.kernel.StoredAggregate}
 *       holds both for an aggregate whose row carries one version.</li>
 *   <li>{@link org.onewindow.platform.kernel.Policy}: a business rule as a named object that returns a reason
 *       ({@link org.onewindow.platform.kernel.Violation}) instead of a boolean.</li>
 * </ul>
 *
 * <p>No dependency beyond the JDK, so any module (domain code included) may use it.
 */
package org.onewindow.platform.kernel;
