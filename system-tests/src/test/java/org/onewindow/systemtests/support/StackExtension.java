package org.onewindow.systemtests.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.onewindow.localstack.RunningStack;
import org.onewindow.platform.test.OtlpReceiver;

/**
 * Starts the {@link SuiteStack} once for the whole run (kept in the root store, closed by JUnit at the end),
 * hands {@link Gateway}, {@link RunningStack}, {@link SuiteStack} and the stack's {@link OtlpReceiver} to tests, and on a failure prints the tail of
 * the logs of the services the failure names (all of them when it names none).
 */
public final class StackExtension implements BeforeAllCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StackExtension.class);
    private static final List<String> PROCESSES = List.of("gateway", "catalog", "intake", "review", "supervision", "rating",
            "monitor");
    private static final int TAIL_LINES = 40;

    @Override
    public void beforeAll(ExtensionContext context) {
        suite(context);
    }

    /** Set when the one start failed: later classes fail at once with its cause instead of starting again. */
    private static volatile Throwable startFailure;

    private static SuiteStack suite(ExtensionContext context) {
        if (startFailure != null) {
            throw new IllegalStateException("the stack failed to start earlier in this run (see the first failed class): "
                    + startFailure, startFailure);
        }
        try {
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(SuiteStack.class, k -> SuiteStack.start(), SuiteStack.class);
        } catch (RuntimeException | Error e) {
            startFailure = e;
            throw e;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Gateway.class || type == RunningStack.class || type == SuiteStack.class || type == OtlpReceiver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SuiteStack suite = suite(context);
        Class<?> type = parameter.getParameter().getType();
        return type == Gateway.class ? suite.gateway() : type == RunningStack.class ? suite.stack()
                : type == OtlpReceiver.class ? suite.traces() : suite;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        SuiteStack suite = context.getRoot().getStore(NAMESPACE).get(SuiteStack.class, SuiteStack.class);
        if (suite != null) {
            String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
            List<String> named = PROCESSES.stream().filter(p -> message.contains("/api/" + p + "/") || message.contains(p + ":")).toList();
            for (String process : named.isEmpty() ? PROCESSES : named) {
                printTail(process, suite.stack().logFile(process));
            }
        }
        throw failure;
    }

    private static void printTail(String process, Path log) {
        List<String> tail = SuiteStack.tail(log, TAIL_LINES);
        System.err.println("----- last " + tail.size() + " lines of " + process + " (" + log + ") -----");
        tail.forEach(System.err::println);
    }
}
