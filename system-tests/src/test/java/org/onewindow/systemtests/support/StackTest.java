package org.onewindow.systemtests.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test against the suite's running stack ({@link StackExtension}): the gateway every call goes through and a
 * {@link Lifecycle} that drives cases over it, set before each test.
 */
@ExtendWith(StackExtension.class)
public abstract class StackTest {

    protected Gateway gateway;
    protected Lifecycle lifecycle;

    @BeforeEach
    protected final void connect(Gateway gateway) {
        this.gateway = gateway;
        this.lifecycle = new Lifecycle(gateway);
    }
}
