package org.onewindow.platform.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What each test context saw, so the second test class can compare with the first in the same JVM. */
final class ContextsSeen {

    record Seen(String database, int serverPort, String bootstrapServers) {
    }

    static final List<Seen> ALL = new CopyOnWriteArrayList<>();

    private ContextsSeen() {
    }
}
