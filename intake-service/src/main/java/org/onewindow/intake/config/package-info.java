/** Wiring: the application command path, use cases, event subscription and {@code onewindow.intake.*} properties. */
package org.onewindow.intake.config;
