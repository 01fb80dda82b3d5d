/** The electronic licence (电子证照): its PDF with 防伪码 and QR code, the licence register, public verification. */
package org.onewindow.review.licences;
