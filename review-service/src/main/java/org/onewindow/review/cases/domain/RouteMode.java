package org.onewindow.review.cases.domain;

/** How the departments of a route review: all at once (并联审批) or one after another (串联审批). */
public enum RouteMode {
    PARALLEL,
    SERIAL
}
