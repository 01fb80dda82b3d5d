package org.onewindow.monitor;

import org.onewindow.monitor.support.MonitorTest;
import org.onewindow.platform.test.compatibility.OpenApiBaselineContract;

/** The compatibility gate of this service's HTTP API ({@link OpenApiBaselineContract}), in the module's one context. */
@MonitorTest
class OpenApiBaselineTest extends OpenApiBaselineContract {
}
