package org.onewindow.review.cases;

/** Thrown when a policy refuses a command; nothing has changed on the case. */
public class ReviewRefused extends RuntimeException {

    private final transient Refusal refusal;

    public ReviewRefused(Refusal refusal) {
        super(refusal.rule() + ": " + refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
