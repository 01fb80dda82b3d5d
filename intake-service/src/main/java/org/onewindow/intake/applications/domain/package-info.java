/**
 * Applications (申请 / 办件), plain Java: the {@code Application} aggregate and its internal events, the submission
 * rules ({@code SubmissionPolicies}), the materials check, case numbers, query codes and receipts.
 */
package org.onewindow.intake.applications.domain;
