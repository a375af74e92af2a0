package org.drillgrid.ui.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code run} table: plain JDBC, one short transaction per call. */
public final class RunRepository {

    private static final String COLUMNS =
            "id, scenario_id, seed, until_s, status, sim_seconds, started_at, ended_at, folder";

    private final DataSource ds;

    public RunRepository(DataSource ds) {
        this.ds = ds;
    }

    public void insert(RunRecord r) {
        update("INSERT INTO run (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, r.id());
            ps.setString(2, r.scenarioId());
            ps.setLong(3, r.seed());
            ps.setLong(4, r.until());
            ps.setString(5, r.status());
            ps.setLong(6, r.simSeconds());
            ps.setTimestamp(7, Timestamp.from(r.startedAt()));
            ps.setTimestamp(8, r.endedAt() == null ? null : Timestamp.from(r.endedAt()));
            ps.setString(9, r.folder());
        });
    }

    /** Records a status change; {@code endedAt} is set when the run is over. */
    public void updateStatus(String id, String status, long simSeconds, Instant endedAt) {
        update("UPDATE run SET status = ?, sim_seconds = ?, ended_at = ? WHERE id = ?", ps -> {
            ps.setString(1, status);
            ps.setLong(2, simSeconds);
            ps.setTimestamp(3, endedAt == null ? null : Timestamp.from(endedAt));
            ps.setString(4, id);
        });
    }

    /** Marks runs left live by an earlier server process as interrupted; returns how many. */
    public int markInterrupted(Instant now) {
        return update("UPDATE run SET status = ?, ended_at = ? WHERE ended_at IS NULL", ps -> {
            ps.setString(1, RunRecord.INTERRUPTED);
            ps.setTimestamp(2, Timestamp.from(now));
        });
    }

    public Optional<RunRecord> find(String id) {
        List<RunRecord> found = query("SELECT " + COLUMNS + " FROM run WHERE id = ?", ps -> ps.setString(1, id));
        return found.stream().findFirst();
    }

    /** The latest runs, newest first. */
    public List<RunRecord> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM run ORDER BY started_at DESC, id FETCH FIRST " + limit
                + " ROWS ONLY", ps -> { });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot write run records", e);
        }
    }

    private List<RunRecord> query(String sql, Binder binder) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<RunRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp ended = rs.getTimestamp(8);
                    out.add(new RunRecord(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant(),
                            ended == null ? null : ended.toInstant(), rs.getString(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StorageException("cannot read run records", e);
        }
    }
}
