/** What the catalog's aggregates (items, calendars, departments, centres) have in common; plain Java. */
package org.onewindow.catalog.shared.domain;
