package org.onewindow.intake.messages.domain;

/**
 * One message of the applicant's message box (站内信), in Chinese, as the law or the service promise says the
 * applicant is told of a step. Free of resident IDs and phone numbers: it is also the text an SMS carries.
 *
 * @param legalBasis the article the duty to tell rests on; null where the duty is the service promise only
 */
public record ApplicantMessage(MessageKind kind, String title, String body, String legalBasis) {

    /** The text an SMS carries: the body, with the legal basis where there is one. */
    public String smsText() {
        return "【一网通办】" + body + (legalBasis == null ? "" : "（依据：" + legalBasis + "）");
    }
}
