/** Local replica of the catalog (事项目录, service centres), filled from the compacted {@code catalog.items} stream. */
package org.onewindow.intake.catalog;
