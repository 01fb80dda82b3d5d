/** Wiring of the review service: its settings (onewindow.review.*), the event subscription and the scheduler. */
package org.onewindow.review.config;
