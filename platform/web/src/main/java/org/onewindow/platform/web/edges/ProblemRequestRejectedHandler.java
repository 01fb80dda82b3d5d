package org.onewindow.platform.web.edges;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.ProblemResponseWriter;
import org.onewindow.platform.web.problems.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refused the request ({@code ..;}, {@code //}, {@code %2e%2e}, an encoded slash or
 * NUL, a header it does not accept): a 400 {@code request-rejected} problem instead of the servlet error page.
 * The firewall's message stays in the log: it quotes what was refused, which the caller already knows.
 */
public record ProblemRequestRejectedHandler(ProblemResponseWriter writer) implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException rejected) throws IOException {
        log.debug("request rejected by the firewall: {}", rejected.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        writer.write(request, response, Problems.of(ProblemKind.REQUEST_REJECTED,
                "The request was rejected: its URI or headers contain a sequence that is not allowed (such as '..;', "
                        + "'//', an encoded '.', '/' or '%', or a NUL).",
                List.of(new ProblemError(null, "uri.rejected", "is not allowed"))));
    }
}
