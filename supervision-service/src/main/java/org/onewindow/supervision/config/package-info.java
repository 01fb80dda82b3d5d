/**
 * Spring wiring of the supervision service: validated properties, the command paths and the use cases on them,
 * the escalation scan's schedule. The clock and the zone come from the platform.
 */
package org.onewindow.supervision.config;
