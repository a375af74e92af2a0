package org.drillgrid.model.validate;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading with a clear error once more than {@code limit} bytes have come through. */
final class BoundedInputStream extends FilterInputStream {

    /** Thrown when the stream passes its limit; the message names the file and the limit. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String name, long limit) {
            super(name + " is larger than " + (limit / (1024 * 1024)) + " MB, the most a layer file may be");
        }
    }

    private final long limit;
    private final String name;
    private long count;

    BoundedInputStream(InputStream in, long limit, String name) {
        super(in);
        this.limit = limit;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(int n) throws TooLargeException {
        count += n;
        if (count > limit) {
            throw new TooLargeException(name, limit);
        }
    }
}
