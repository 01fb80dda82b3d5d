/** Spring wiring of the supervision service: properties, clock, event subscription, scheduling. */
package org.onewindow.supervision.config;
