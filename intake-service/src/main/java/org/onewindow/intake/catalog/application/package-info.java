/** The catalog replica's use case: kept up to date by catalog's events, read at submission. */
package org.onewindow.intake.catalog.application;
