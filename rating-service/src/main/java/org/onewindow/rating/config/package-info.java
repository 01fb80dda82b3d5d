/** Wiring of the rating service: its settings (onewindow.rating.*), its command paths and its event subscription. */
package org.onewindow.rating.config;
