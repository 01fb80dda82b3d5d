/** Import of catalog data from a file (JSON): validate every row first, then write all or nothing. */
package org.onewindow.catalog.imports.domain;
