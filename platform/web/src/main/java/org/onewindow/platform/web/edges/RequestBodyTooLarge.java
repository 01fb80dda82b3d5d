package org.onewindow.platform.web.edges;

import java.io.IOException;

/**
 * The request body grew past its limit while it was being read (no Content-Length, or a wrong one). An
 * {@link IOException} so that it travels through every reader (Jackson, the gateway's proxy) to
 * {@link ClientFaults}, which answers 413.
 */
public class RequestBodyTooLarge extends IOException {

    private final long limit;

    public RequestBodyTooLarge(long limit) {
        super("request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
