package org.onewindow.platform.web.edges;

import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.onewindow.platform.web.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word, as a problem document instead of its HTML page: requests Tomcat refuses before Spring runs
 * (raw non-ASCII or {@code %00} in the URL, headers or a URI over the size limit, a malformed request line) and
 * any error no one else answered. Installed as the host's error report valve by
 * {@link EdgeProblemsAutoConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemDetail problem = problem(status, throwable);
        problem.setInstance(Problems.instance(requestUri(request)));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(Problems.toMap(problem)));
                response.finishResponse();
            }
        } catch (Exception | LinkageError e) {
            log.debug("could not write the error report", e);
        }
    }

    static ProblemDetail problem(int status, Throwable throwable) {
        ProblemDetail problem = throwable == null ? null : ClientFaults.classify(throwable);
        if (problem != null) {
            return problem;
        }
        if (status < 500) {
            return Problems.ofStatus(status, ProblemErrorController.detail(status), List.of());
        }
        String traceId = UUID.randomUUID().toString();
        log.error("error report for status {} [traceId={}]", status, traceId, throwable);
        problem = Problems.ofStatus(status,
                "An unexpected error occurred. Quote trace id " + traceId + " when reporting it.", List.of());
        problem.setProperty(Problems.TRACE_ID, traceId);
        return problem;
    }

    private static String requestUri(Request request) {
        try {
            return request.getRequestURI();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
