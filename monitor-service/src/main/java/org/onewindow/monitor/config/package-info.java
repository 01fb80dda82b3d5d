/** Wiring of the monitor service: its settings (onewindow.monitor.*), the alerts' command path, the subscription. */
package org.onewindow.monitor.config;
