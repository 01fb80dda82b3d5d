/** Wiring: event subscription, properties, clock. */
package org.onewindow.intake.config;
