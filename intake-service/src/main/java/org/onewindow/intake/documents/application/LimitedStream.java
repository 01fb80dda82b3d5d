package org.onewindow.intake.documents.application;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails once more than {@code limit} bytes pass, and remembers that it did: the object store wraps
 * the failure in its own exception, and the caller still needs to know the file was too large (422, not 503).
 */
final class LimitedStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    LimitedStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("more than " + limit + " bytes");
        }
    }

    boolean exceeded() {
        return exceeded;
    }

    long count() {
        return count;
    }
}
