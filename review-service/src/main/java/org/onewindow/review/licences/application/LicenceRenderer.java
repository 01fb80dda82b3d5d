package org.onewindow.review.licences.application;

import org.onewindow.review.licences.domain.LicenceContent;

/** Renders a licence document (the PDF); plain Java behind it. */
public interface LicenceRenderer {

    byte[] render(LicenceContent content);
}
