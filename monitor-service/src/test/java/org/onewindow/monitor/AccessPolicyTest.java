package org.onewindow.monitor;

import org.onewindow.monitor.support.MonitorTest;
import org.onewindow.platform.test.access.AccessPolicyContract;

/** Issue 9's access checks of this service ({@link AccessPolicyContract}), in the module's one test context. */
@MonitorTest
class AccessPolicyTest extends AccessPolicyContract {
}
