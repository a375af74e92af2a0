package org.drillgrid.ui.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.drillgrid.ui.store.Database;
import org.drillgrid.ui.store.DurableCommit;
import org.drillgrid.ui.store.InputJournal;
import javax.sql.DataSource;
import org.drillgrid.ui.store.StorageException;

/**
 * The tables of exercise sessions ({@code V2__sessions.sql}): plain JDBC, the same SQL on H2 and
 * PostgreSQL, one short transaction per call. Timestamps are stored as UTC with microsecond precision
 * (what both databases keep). Every database failure becomes a {@link StorageException} naming the
 * operation and the session.
 */
public final class SessionStore {

    private static final String SESSION_COLUMNS = "id, scenario_id, seed, until_s, parent_id, branch_at, status,"
            + " sim_seconds, speed, created_at, updated_at, name";
    private static final String INPUT_COLUMNS = "seq, t, kind, role, body, received_at";
    private static final String TOKEN_COLUMNS = "token_hash, session_id, role, rights, created_at";
    /** Rows per JDBC batch round trip when appending events; all batches share one transaction. */
    private static final int EVENT_BATCH = 1000;

    private final DataSource ds;
    private final Clock clock;
    private final InputJournal journal;

    /** Over a bare data source: no input journal (use {@link #SessionStore(Database)} for the server's). */
    public SessionStore(DataSource ds) {
        this(ds, Clock.systemUTC());
    }

    /** With the clock that stamps {@code updated_at}. */
    public SessionStore(DataSource ds, Clock clock) {
        this(ds, clock, null);
    }

    /** The store of the server's database, with its input journal when it has one (the embedded H2). */
    public SessionStore(Database db) {
        this(db.dataSource(), Clock.systemUTC(), db.inputJournal().orElse(null));
    }

    /** With the journal inputs go to before they are acknowledged (null: none). */
    public SessionStore(DataSource ds, Clock clock, InputJournal journal) {
        this.ds = ds;
        this.clock = clock;
        this.journal = journal;
    }

    public void create(SessionRow r) {
        update("create", r.id(), "INSERT INTO exercise_session (" + SESSION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, r.id());
                    ps.setString(2, r.scenarioId());
                    ps.setLong(3, r.seed());
                    ps.setLong(4, r.untilS());
                    ps.setString(5, r.parentId());
                    ps.setObject(6, r.branchAt(), Types.BIGINT);
                    ps.setString(7, r.status());
                    ps.setLong(8, r.simSeconds());
                    ps.setDouble(9, r.speed());
                    ps.setObject(10, utc(r.createdAt()));
                    ps.setObject(11, utc(r.updatedAt()));
                    ps.setString(12, r.name());
                });
    }

    public Optional<SessionRow> find(String id) {
        return query("find", id, "SELECT " + SESSION_COLUMNS + " FROM exercise_session WHERE id = ?",
                ps -> ps.setString(1, id), SessionStore::session).stream().findFirst();
    }

    /** Sessions RUNNING or PAUSED, oldest first: the ones to resume after a restart. */
    public List<SessionRow> active() {
        return query("list active", null, "SELECT " + SESSION_COLUMNS + " FROM exercise_session"
                + " WHERE status IN ('RUNNING', 'PAUSED') ORDER BY created_at, id", ps -> { }, SessionStore::session);
    }

    /** The latest sessions, newest first. */
    public List<SessionRow> recent(int limit) {
        requireLimit(limit);
        return query("list recent", null, "SELECT " + SESSION_COLUMNS + " FROM exercise_session"
                + " ORDER BY created_at DESC, id FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit),
                SessionStore::session);
    }

    /** Records status, simulated time and speed, and stamps {@code updated_at}; an unknown id is an error. */
    public void updateProgress(String id, String status, long simSeconds, double speed) {
        int rows = update("update progress", id, "UPDATE exercise_session SET status = ?, sim_seconds = ?,"
                + " speed = ?, updated_at = ? WHERE id = ?", ps -> {
                    ps.setString(1, status);
                    ps.setLong(2, simSeconds);
                    ps.setDouble(3, speed);
                    ps.setObject(4, utc(clock.instant()));
                    ps.setString(5, id);
                });
        if (rows == 0) {
            throw new StorageException("cannot update progress of session " + id + ": no such session", null);
        }
    }

    /**
     * Marks the session FAILED with the reason (cut to 1000 characters), keeping its sim time and speed:
     * it is no longer resumed at a start, and the reason is shown.
     */
    public void markFailed(String id, String reason) {
        String text = reason == null ? "unknown" : reason.length() > 1000 ? reason.substring(0, 997) + "..." : reason;
        int rows = update("mark failed", id, "UPDATE exercise_session SET status = 'FAILED', failure = ?, updated_at = ?"
                + " WHERE id = ?", ps -> {
                    ps.setString(1, text);
                    ps.setObject(2, utc(clock.instant()));
                    ps.setString(3, id);
                });
        if (rows == 0) {
            throw new StorageException("cannot mark session " + id + " failed: no such session", null);
        }
    }

    /** Why the session failed, if it did and the reason was recorded. */
    public Optional<String> failure(String id) {
        return query("read failure of", id, "SELECT failure FROM exercise_session WHERE id = ?",
                ps -> ps.setString(1, id), rs -> Optional.ofNullable(rs.getString(1))).stream().findFirst()
                .flatMap(o -> o);
    }

    /**
     * Appends one input under the seq given; returns when it is durable (see {@link #appendNext}). A seq
     * already taken is refused by the primary key (session, seq), never overwritten.
     */
    public void appendInput(String sessionId, InputRow in) {
        durably("append input " + in.seq() + " to", sessionId, c -> {
            insertInput(c, sessionId, in);
            return in;
        });
    }

    /**
     * Appends an input under the next seq of the session, read in the same transaction as the insert (1 + the
     * highest stored, 1 for the first); returns it as stored once it is durable: committed and on disk
     * ({@link DurableCommit}), and on the embedded database also in its {@link InputJournal}. The seq comes
     * from the database, never from memory: a seq acknowledged once is durably taken, so a restarted server
     * cannot give it again. Two writers racing for a seq cannot both win (the primary key refuses the
     * second); the callers serialise the inputs of one session anyway.
     */
    public InputRow appendNext(String sessionId, long t, String kind, String role, String body, Instant receivedAt) {
        return durably("append an input to", sessionId, c -> {
            int seq;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COALESCE(MAX(seq), 0) + 1 FROM session_input WHERE session_id = ?")) {
                ps.setString(1, sessionId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq = rs.getInt(1);
                }
            }
            InputRow row = new InputRow(seq, t, kind, role, body, receivedAt);
            insertInput(c, sessionId, row);
            return row;
        });
    }

    private static void insertInput(Connection c, String sessionId, InputRow in) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO session_input (session_id, " + INPUT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, sessionId);
            ps.setInt(2, in.seq());
            ps.setLong(3, in.t());
            ps.setString(4, in.kind());
            ps.setString(5, in.role());
            ps.setString(6, in.body());
            ps.setObject(7, utc(in.receivedAt()));
            ps.executeUpdate();
        }
    }

    /** 1 + the highest input seq of the session, 1 when it has none. */
    public int nextInputSeq(String sessionId) {
        return query("number next input of", sessionId,
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM session_input WHERE session_id = ?",
                ps -> ps.setString(1, sessionId), rs -> rs.getInt(1)).get(0);
    }

    /** All inputs of the session in seq order. */
    public List<InputRow> inputs(String sessionId) {
        return query("read inputs of", sessionId, "SELECT " + INPUT_COLUMNS
                + " FROM session_input WHERE session_id = ? ORDER BY seq", ps -> ps.setString(1, sessionId),
                rs -> new InputRow(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        instant(rs, 6)));
    }

    /** Appends events in one transaction: all of them or none. */
    public void appendEvents(String sessionId, List<EventRow> events) {
        if (events.isEmpty()) {
            return;
        }
        inTransaction("append " + events.size() + " events to", sessionId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO session_event (session_id, seq, t, type, body) VALUES (?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (EventRow e : events) {
                    ps.setString(1, sessionId);
                    ps.setLong(2, e.seq());
                    ps.setLong(3, e.t());
                    ps.setString(4, e.type());
                    ps.setString(5, e.body());
                    ps.addBatch();
                    if (++pending == EVENT_BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    public long eventCount(String sessionId) {
        return query("count events of", sessionId, "SELECT COUNT(*) FROM session_event WHERE session_id = ?",
                ps -> ps.setString(1, sessionId), rs -> rs.getLong(1)).get(0);
    }

    /** Up to {@code limit} events with seq > afterSeq and t <= maxT, in seq order. */
    public List<EventRow> events(String sessionId, long afterSeq, long maxT, int limit) {
        requireLimit(limit);
        return query("read events of", sessionId, "SELECT seq, t, type, body FROM session_event"
                + " WHERE session_id = ? AND seq > ? AND t <= ? ORDER BY seq FETCH FIRST ? ROWS ONLY", ps -> {
                    ps.setString(1, sessionId);
                    ps.setLong(2, afterSeq);
                    ps.setLong(3, maxT);
                    ps.setInt(4, limit);
                }, SessionStore::event);
    }

    public Optional<EventRow> lastEvent(String sessionId) {
        return query("read last event of", sessionId, "SELECT seq, t, type, body FROM session_event"
                + " WHERE session_id = ? ORDER BY seq DESC FETCH FIRST 1 ROW ONLY",
                ps -> ps.setString(1, sessionId), SessionStore::event).stream().findFirst();
    }

    /**
     * Stores the depth grid at simulated second t. Saving the same (session, t) again replaces the
     * earlier grid: a checkpoint is derived state, and the one from the latest simulation (say, re-run
     * after a restart on a newer engine) is the one to trust. One writer per session is assumed.
     */
    public void saveCheckpoint(String sessionId, long t, byte[] depthMm) {
        inTransaction("save checkpoint at t=" + t + " of", sessionId, c -> {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM session_checkpoint WHERE session_id = ? AND t = ?");
                    PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO session_checkpoint (session_id, t, depth_mm) VALUES (?, ?, ?)")) {
                del.setString(1, sessionId);
                del.setLong(2, t);
                del.executeUpdate();
                ins.setString(1, sessionId);
                ins.setLong(2, t);
                ins.setBytes(3, depthMm);
                ins.executeUpdate();
            }
        });
    }

    /** The latest checkpoint at or before t; empty when none is that early. */
    public Optional<Checkpoint> checkpointAtOrBefore(String sessionId, long t) {
        return query("read checkpoint of", sessionId, "SELECT t, depth_mm FROM session_checkpoint"
                + " WHERE session_id = ? AND t <= ? ORDER BY t DESC FETCH FIRST 1 ROW ONLY", ps -> {
                    ps.setString(1, sessionId);
                    ps.setLong(2, t);
                }, rs -> new Checkpoint(rs.getLong(1), rs.getBytes(2))).stream().findFirst();
    }

    public void saveToken(TokenRow tok) {
        String op = tok.sessionId() == null ? "save server-wide token" : "save token for";
        update(op, tok.sessionId(), "INSERT INTO api_token (" + TOKEN_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?)", ps -> {
                    ps.setString(1, tok.tokenHash());
                    ps.setString(2, tok.sessionId());
                    ps.setString(3, tok.role());
                    ps.setString(4, tok.rights());
                    ps.setObject(5, utc(tok.createdAt()));
                });
    }

    public Optional<TokenRow> token(String tokenHash) {
        return query("look up token", null, "SELECT " + TOKEN_COLUMNS + " FROM api_token WHERE token_hash = ?",
                ps -> ps.setString(1, tokenHash), rs -> new TokenRow(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), instant(rs, 5))).stream().findFirst();
    }

    /** One row of {@code exercise_session}; {@code parentId}/{@code branchAt} are set for a branch. */
    public record SessionRow(String id, String scenarioId, long seed, long untilS, String parentId, Long branchAt,
            String status, long simSeconds, double speed, Instant createdAt, Instant updatedAt, String name) {
    }

    /** An order, controller action or observer rating ({@code kind}) received at simulated second t. */
    public record InputRow(int seq, long t, String kind, String role, String body, Instant receivedAt) {
    }

    public record EventRow(long seq, long t, String type, String body) {
    }

    /**
     * Depth grid at simulated second t as little-endian unsigned millimetres (capped at 65.535 m), two bytes
     * a cell; the array is not copied.
     */
    public record Checkpoint(long t, byte[] depthMm) {

        /** Depths (m) as stored in a checkpoint. */
        public static byte[] encode(double[] depths) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(depths.length * 2)
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (double d : depths) {
                b.putShort((short) Math.min(65_535, Math.max(0, Math.round(d * 1000))));
            }
            return b.array();
        }

        /** Whether the checkpoint is of a grid of this many cells. */
        public boolean fits(int cells) {
            return depthMm != null && depthMm.length == cells * 2;
        }

        /** The depths (m), or null when the checkpoint is of another grid. */
        public double[] depths(int cells) {
            if (!fits(cells)) {
                return null;
            }
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(depthMm).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            double[] out = new double[cells];
            for (int i = 0; i < cells; i++) {
                out[i] = Short.toUnsignedInt(b.getShort()) / 1000.0;
            }
            return out;
        }
    }

    /** {@code sessionId} null: a server-wide token. */
    public record TokenRow(String tokenHash, String sessionId, String role, String rights, Instant createdAt) {
    }

    // --- JDBC plumbing ---

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private int update(String op, String sessionId, String sql, Binder binder) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(op, sessionId, e);
        }
    }

    private <T> List<T> query(String op, String sessionId, String sql, Binder binder, RowReader<T> reader) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(op, sessionId, e);
        }
    }

    private void inTransaction(String op, String sessionId, Work work) {
        transaction(op, sessionId, false, c -> {
            work.run(c);
            return null;
        });
    }

    /**
     * One transaction on a connection of its own, rolled back on any failure; with {@code durable}, its commit
     * is on disk when this returns ({@link DurableCommit}).
     */
    private <T> T transaction(String op, String sessionId, boolean durable, SqlWork<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (durable) {
                    DurableCommit.begin(c);
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(op, sessionId, e);
        }
    }

    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** One input's transaction, committed durably, then journalled (embedded database); returns the input. */
    private InputRow durably(String op, String sessionId, SqlWork<InputRow> work) {
        InputRow row = transaction(op, sessionId, true, work);
        if (journal != null) {
            journal.append(new InputJournal.Entry(sessionId, row.seq(), row.t(), row.kind(), row.role(), row.body(),
                    utc(row.receivedAt())));
        }
        return row;
    }

    private static StorageException failure(String op, String sessionId, SQLException e) {
        String what = sessionId == null ? op : op + " session " + sessionId;
        return new StorageException("cannot " + what + ": " + e.getMessage(), e);
    }

    private static void requireLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static SessionRow session(ResultSet rs) throws SQLException {
        long branchAt = rs.getLong(6);
        Long branch = rs.wasNull() ? null : branchAt;
        return new SessionRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                branch, rs.getString(7), rs.getLong(8), rs.getDouble(9), instant(rs, 10), instant(rs, 11),
                rs.getString(12));
    }

    private static EventRow event(ResultSet rs) throws SQLException {
        return new EventRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }
}
