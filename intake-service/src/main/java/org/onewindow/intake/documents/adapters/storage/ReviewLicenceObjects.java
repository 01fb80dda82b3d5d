package org.onewindow.intake.documents.adapters.storage;

import org.onewindow.intake.documents.application.LicenceObjects;
import org.onewindow.platform.objectstore.ObjectContent;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.S3ObjectStore;

/**
 * Licence PDFs under review's prefix ({@code onewindow.intake.documents.licence-prefix}, default {@code review/}) of
 * the same bucket and account as intake's own store: a second {@link S3ObjectStore} view whose keys are relative to
 * that prefix, used for {@code get} only. Without a configured store every read is the 503 of the unconfigured one.
 */
public final class ReviewLicenceObjects implements LicenceObjects, AutoCloseable {

    private final ObjectStore reader;
    private final S3ObjectStore owned;

    public ReviewLicenceObjects(ObjectStore own, String reviewPrefix) {
        if (own instanceof S3ObjectStore s3) {
            this.owned = S3ObjectStore.create(s3.settings().withPrefix(reviewPrefix));
            this.reader = owned;
        } else {
            this.owned = null;
            this.reader = own;
        }
    }

    @Override
    public ObjectContent get(String key) {
        return reader.get(key);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.close();
        }
    }
}
