/** E-supervision warnings (电子监察 黄灯/红灯): the scan that raises YELLOW and RED once per case. */
package org.onewindow.review.warnings;
