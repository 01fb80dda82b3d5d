package org.onewindow.localstack;

import java.nio.file.Path;

/** A process of the stack did not start: which one, why, and where its log is. */
public class StartFailure extends RuntimeException {

    private final String processName;
    private final transient Path logFile;

    public StartFailure(String processName, String reason, Path logFile) {
        super(processName + " " + reason);
        this.processName = processName;
        this.logFile = logFile;
    }

    public String processName() {
        return processName;
    }

    public Path logFile() {
        return logFile;
    }
}
