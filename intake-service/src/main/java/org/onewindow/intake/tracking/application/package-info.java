/** Public tracking of a case by case number and query code (办件查询), without personal data. */
package org.onewindow.intake.tracking.application;
