/** Departments (权责清单) and service centres at city, town and village level (三级联动). */
package org.onewindow.catalog.organisation.domain;
