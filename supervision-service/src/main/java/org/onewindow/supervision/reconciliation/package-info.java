/** Reconciliation of invariant 2: every approval has one supervision record, claimed or escalated in time. */
package org.onewindow.supervision.reconciliation;
