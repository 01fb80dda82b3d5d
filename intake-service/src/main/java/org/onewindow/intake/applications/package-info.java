/** Applications (申请 / 办件): submission, one-time notice, acceptance or refusal, supplements, decision and delivery (出件). */
package org.onewindow.intake.applications;
