package org.drillgrid.ui.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's journal of session inputs: every input, once its transaction is committed, is
 * appended here and forced to the device before the API acknowledges it; at the next start the inputs the
 * database does not hold are put back. Why: H2 2.x writes a commit to the file before it returns, but after
 * a killed process it finds its newest chunks by following predicted positions from the file header, and a
 * chunk written where no prediction pointed is not found: the last commits (a fraction of a second) are
 * silently gone, acknowledged or not (reproduced with 2.5.252: 1 of 12 896 acknowledged inserts lost after
 * a kill -9 of a writer that had run for a minute; 5 of 7 918 with {@code CHECKPOINT SYNC}, a forced write,
 * after every commit: the chunk is on disk but not found). The journal does not depend on that.
 *
 * <p>Format: one line per input, tab-separated fields with {@code \t}, {@code \n} and {@code \\} escaped, the
 * last field the CRC-32 of the others. A torn last line (the process died mid-write) fails its CRC and is
 * dropped: its input was never acknowledged. The journal is emptied after the database has been closed
 * cleanly (and at start, after putting back what was missing, closing it cleanly once), so it holds only
 * the inputs of the current run of the server.
 */
public final class InputJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InputJournal.class);

    private final Path file;
    private FileChannel channel;

    /** A journal in this file (made if absent). */
    public InputJournal(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    /** One input as journalled: the columns of {@code session_input}. */
    public record Entry(String sessionId, int seq, long t, String kind, String role, String body,
            OffsetDateTime receivedAt) {
    }

    /** Appends the input and forces it to the device; returns when it is there. */
    public synchronized void append(Entry e) {
        String fields = String.join("\t", escape(e.sessionId()), String.valueOf(e.seq()), String.valueOf(e.t()),
                escape(e.kind()), e.role() == null ? "\\0" : escape(e.role()), escape(e.body()),
                e.receivedAt().toString());
        CRC32 crc = new CRC32();
        byte[] bytes = fields.getBytes(StandardCharsets.UTF_8);
        crc.update(bytes);
        byte[] line = (fields + "\t" + Long.toHexString(crc.getValue()) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(false);
        } catch (IOException ex) {
            throw new StorageException("cannot journal input " + e.seq() + " of session " + e.sessionId() + " in "
                    + file + ": " + ex.getMessage(), ex);
        }
    }

    /** The entries of a journal file, in the order written, without a torn or damaged tail. */
    static List<Entry> read(Path file) throws IOException {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                LOG.warn("input journal {}: a torn last line dropped (never acknowledged)", file);
                break;
            }
            Entry e = parse(text.substring(start, end));
            if (e == null) {
                LOG.warn("input journal {}: a damaged line dropped, and what follows it", file);
                break;
            }
            out.add(e);
            start = end + 1;
        }
        return out;
    }

    private static Entry parse(String line) {
        int cut = line.lastIndexOf('\t');
        if (cut < 0) {
            return null;
        }
        String fields = line.substring(0, cut);
        CRC32 crc = new CRC32();
        crc.update(fields.getBytes(StandardCharsets.UTF_8));
        if (!Long.toHexString(crc.getValue()).equals(line.substring(cut + 1))) {
            return null;
        }
        String[] f = fields.split("\t", -1);
        if (f.length != 7) {
            return null;
        }
        return new Entry(unescape(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]), unescape(f[3]),
                f[4].equals("\\0") ? null : unescape(f[4]), unescape(f[5]), OffsetDateTime.parse(f[6]));
    }

    /**
     * Puts back every journalled input the database does not hold (same session and seq), each committed;
     * returns how many. An input held under its seq with another body is reported, never overwritten.
     */
    static int restore(Path file, DataSource ds) throws IOException, SQLException {
        int restored = 0;
        try (Connection c = ds.getConnection()) {
            for (Entry e : read(file)) {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT body FROM session_input WHERE session_id = ? AND seq = ?")) {
                    q.setString(1, e.sessionId());
                    q.setInt(2, e.seq());
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            if (!rs.getString(1).equals(e.body())) {
                                LOG.error("input {} of session {}: the database holds another body than the journal;"
                                        + " the database's is kept", e.seq(), e.sessionId());
                            }
                            continue;
                        }
                    }
                }
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO session_input (session_id, seq, t, kind,"
                        + " role, body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ins.setString(1, e.sessionId());
                    ins.setInt(2, e.seq());
                    ins.setLong(3, e.t());
                    ins.setString(4, e.kind());
                    ins.setString(5, e.role());
                    ins.setString(6, e.body());
                    ins.setObject(7, e.receivedAt());
                    ins.executeUpdate();
                }
                restored++;
                LOG.warn("input {} of session {} was acknowledged but missing from the database after a crash;"
                        + " put back from the journal", e.seq(), e.sessionId());
            }
        }
        return restored;
    }

    /** Empties the journal: call only once the database has been closed cleanly. */
    synchronized void clear() throws IOException {
        channel.truncate(0);
        channel.force(true);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
