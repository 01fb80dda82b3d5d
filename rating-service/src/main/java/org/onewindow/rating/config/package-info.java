/** Wiring of the rating service: its settings (onewindow.rating.*), the event subscription and the clock. */
package org.onewindow.rating.config;
