package org.onewindow.monitor.feed.adapters.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.onewindow.monitor.feed.adapters.messaging.FeedRecorder;
import org.onewindow.monitor.feed.application.FeedTickets;
import org.onewindow.monitor.feed.domain.FeedFilter;
import org.onewindow.monitor.feed.domain.FeedTicket;
import org.onewindow.platform.kernel.SingleLine;
import org.onewindow.platform.kernel.TextLimits;
import org.onewindow.platform.security.CurrentAccess;
import org.onewindow.platform.security.CurrentActor;
import org.onewindow.platform.security.policy.Scope;
import org.onewindow.platform.web.problems.InvalidRequest;
import org.onewindow.platform.web.problems.ProblemError;
import org.onewindow.platform.web.problems.ProblemKind;
import org.onewindow.platform.web.problems.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live feed for browser dashboards (server-sent events; docs/monitor.md "Live feed"). A MONITOR or OPS trades
 * its bearer token for a ticket ({@code POST /feed/tickets}); the browser's EventSource opens
 * {@code GET /feed?ticket=...}, which the gateway lets through without a token (a PUBLIC row of the policy): the
 * ticket is the credential, checked here, spent on first use.
 */
@RestController
@Validated
@RequestMapping("/api/monitor/v1/feed")
public class FeedController {

    static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final String FEED_PATH = "/api/monitor/v1/feed";

    private final FeedTickets tickets;
    private final FeedStreams streams;
    private final CurrentActor currentActor;
    private final CurrentAccess currentAccess;

    public FeedController(FeedTickets tickets, FeedStreams streams, CurrentActor currentActor,
                          CurrentAccess currentAccess) {
        this.tickets = tickets;
        this.streams = streams;
        this.currentActor = currentActor;
        this.currentAccess = currentAccess;
    }

    /** The filters a ticket fixes; all optional (no body: every type, every department and centre). */
    public record TicketRequest(List<@Size(max = TextLimits.CODE) @SingleLine String> types,
                                @Size(max = TextLimits.CODE) @SingleLine String department,
                                @Size(max = TextLimits.CODE) @SingleLine String centre) {
    }

    /** A ticket, when it stops opening a stream, and the URL an EventSource opens with it. */
    public record TicketView(String ticket, Instant expiresAt, String url) {
    }

    @PostMapping("/tickets")
    public ResponseEntity<TicketView> issue(@RequestBody(required = false) @Valid TicketRequest request) {
        FeedFilter filter = request == null ? FeedFilter.ALL
                : FeedFilter.of(knownTypes(request.types()), request.department(), request.centre());
        String scope = currentAccess.scope("monitor-feed", "issue-ticket").map(Scope::code).orElseThrow();
        FeedTickets.Issued issued = tickets.issue(currentActor.current().userId(), scope, filter);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new TicketView(issued.ticket(), issued.expiresAt(), FEED_PATH + "?ticket=" + issued.ticket()));
    }

    /**
     * Opens the stream. Query filters may only narrow the ticket's; {@code lastEventId} (or the header the browser
     * sends on its own reconnects) resumes after that sequence number.
     */
    @GetMapping
    public SseEmitter open(@RequestParam(required = false) String ticket,
                           @RequestParam(required = false) List<@Size(max = TextLimits.CODE) String> types,
                           @RequestParam(required = false) @Size(max = TextLimits.CODE) String department,
                           @RequestParam(required = false) @Size(max = TextLimits.CODE) String centre,
                           @RequestParam(required = false) String lastEventId,
                           @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventIdHeader,
                           HttpServletResponse response) {
        Long resumeAfter = resumeAfter(lastEventIdHeader != null ? lastEventIdHeader : lastEventId);
        FeedFilter requested = FeedFilter.of(knownTypes(types), department, centre);
        if (!streams.reserve()) {
            throw new FeedRefused(ProblemKind.SERVICE_UNAVAILABLE, "feed.too-many-streams", null,
                    "This instance serves its maximum of live streams; try again shortly.");
        }
        try {
            FeedTicket spent = tickets.redeem(ticket).orElseThrow(() -> new FeedRefused(
                    ProblemKind.UNAUTHENTICATED, "feed.ticket-invalid", "ticket",
                    "The ticket is missing, unknown, expired or already used; ask for a new one "
                            + "(POST /api/monitor/v1/feed/tickets)."));
            FeedFilter filter;
            try {
                filter = spent.filter().narrowedBy(requested);
            } catch (FeedFilter.OutsideTicket outside) {
                throw new FeedRefused(ProblemKind.NOT_PERMITTED, "feed.filter-outside-ticket", outside.field(),
                        outside.getMessage());
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Accel-Buffering", "no"); // nginx-style proxies: do not buffer this response
            return streams.open(filter, resumeAfter);
        } catch (RuntimeException e) {
            streams.release();
            throw e;
        }
    }

    private static Long resumeAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            throw new InvalidRequest("lastEventId", "feed.last-event-id-invalid",
                    "lastEventId (or the Last-Event-ID header) must be a sequence number of the feed");
        }
        return Long.parseLong(value.strip());
    }

    private static List<String> knownTypes(List<String> types) {
        if (types == null) {
            return List.of();
        }
        List<String> wanted = types.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        for (String type : wanted) {
            if (!FeedRecorder.TYPES.contains(type)) {
                throw new InvalidRequest("types", "feed.unknown-type",
                        "unknown event type '" + type + "'; the feed carries " + FeedRecorder.TYPES);
            }
        }
        return wanted;
    }

    /** A refused stream or ticket, answered as a problem whose type names the rule. */
    static final class FeedRefused extends RuntimeException {
        private final ProblemKind kind;
        private final String rule;
        private final String field;

        FeedRefused(ProblemKind kind, String rule, String field, String message) {
            super(message);
            this.kind = kind;
            this.rule = rule;
            this.field = field;
        }
    }

    @ExceptionHandler(FeedRefused.class)
    ResponseEntity<ProblemDetail> refused(FeedRefused refused, HttpServletRequest request) {
        ProblemDetail problem = Problems.ofRule(refused.kind, refused.rule, refused.getMessage(),
                List.of(new ProblemError(refused.field, refused.rule, refused.getMessage())));
        problem.setInstance(Problems.instance(request.getRequestURI()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.kind.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (refused.kind == ProblemKind.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(Duration.ofSeconds(5).toSeconds()));
        }
        if (refused.kind == ProblemKind.UNAUTHENTICATED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Ticket realm=\"onewindow-feed\"");
        }
        return answer.body(problem);
    }
}
