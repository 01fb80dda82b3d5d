/** Supervision records (监管记录): push (推送), claim (认领), escalation and licence actions (事中事后监管). */
package org.onewindow.supervision.records;
