package org.drillgrid.model.json;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a JSON-lines file (orders, ratings), read one character at a time so that a line longer
 * than the limit is refused as soon as it passes the limit, never held whole: a 3 GB line costs no
 * more memory than a short one. The file must be UTF-8 and a regular file (a FIFO would never end).
 */
public final class JsonLines implements AutoCloseable {

    /** A line that cannot be read: too long, or not UTF-8. */
    public static final class LineException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        LineException(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The line's number, from 1. */
        public int line() {
            return line;
        }
    }

    private final java.io.InputStream in;
    private final int maxChars;
    private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    private int number;

    private JsonLines(java.io.InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** Opens {@code file}; its lines may hold at most {@code maxChars} characters each. */
    public static JsonLines open(Path file, int maxChars) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.FileSystemException(file.toString(), null, Files.exists(file)
                    ? "not a regular file (a pipe, device or socket)" : "no such file");
        }
        return new JsonLines(new java.io.BufferedInputStream(Files.newInputStream(file)), maxChars);
    }

    /** The next line without its line break, or null at the end of the file. */
    public String next() throws IOException, LineException {
        buffer.reset();
        number++;
        // a character is at most 4 bytes of UTF-8: past that many bytes the line is too long whatever they are
        long maxBytes = 4L * maxChars;
        int b;
        boolean any = false;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (buffer.size() >= maxBytes) {
                throw tooLong();
            }
            buffer.write(b);
        }
        if (!any) {
            return null;
        }
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(buffer.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new LineException(number, "not UTF-8 text");
        }
        if (line.length() > maxChars) {
            throw tooLong();
        }
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private LineException tooLong() {
        return new LineException(number, "line is longer than " + maxChars + " characters");
    }

    /** The number of the line last returned, from 1. */
    public int number() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
