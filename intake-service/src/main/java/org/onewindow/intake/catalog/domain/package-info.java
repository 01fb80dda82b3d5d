/** What intake knows of the catalog (事项目录, service centres), in its own terms: item versions and centres. */
package org.onewindow.intake.catalog.domain;
