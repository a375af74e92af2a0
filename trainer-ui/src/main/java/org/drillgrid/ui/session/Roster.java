package org.drillgrid.ui.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.ui.store.StorageException;

/**
 * Who sits where in each exercise (table {@code exercise_member}): a trainee user at one command-post
 * position per exercise. A trainee reaches an exercise's command post only through this.
 */
public final class Roster {

    /** A user at a position of an exercise. */
    public record Member(String sessionId, String userId, String position) {
    }

    private final DataSource ds;

    public Roster(DataSource ds) {
        this.ds = ds;
    }

    /** Seats (or moves) a user at a position of an exercise. */
    public void assign(String sessionId, String userId, String position) {
        if (!Positions.known(position)) {
            throw new IllegalArgumentException("position: '" + position + "' is not one of "
                    + String.join(", ", Positions.TASK_GROUPS));
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM exercise_member WHERE session_id = ? AND user_id = ?");
                    PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO exercise_member (session_id, user_id, position) VALUES (?, ?, ?)")) {
                del.setString(1, sessionId);
                del.setString(2, userId);
                del.executeUpdate();
                ins.setString(1, sessionId);
                ins.setString(2, userId);
                ins.setString(3, position);
                ins.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("cannot seat user " + userId + " in exercise " + sessionId, e);
        }
    }

    /** Takes a user out of an exercise. */
    public void remove(String sessionId, String userId) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM exercise_member WHERE session_id = ? AND user_id = ?")) {
            ps.setString(1, sessionId);
            ps.setString(2, userId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot remove user " + userId + " from exercise " + sessionId, e);
        }
    }

    public List<Member> members(String sessionId) {
        return query("SELECT session_id, user_id, position FROM exercise_member WHERE session_id = ? ORDER BY position",
                sessionId);
    }

    /** The exercises a user sits in. */
    public List<Member> seats(String userId) {
        return query("SELECT session_id, user_id, position FROM exercise_member WHERE user_id = ? ORDER BY session_id",
                userId);
    }

    /** The user's position in an exercise, if they sit in it. */
    public Optional<String> position(String sessionId, String userId) {
        return members(sessionId).stream().filter(m -> m.userId().equals(userId)).map(Member::position).findFirst();
    }

    private List<Member> query(String sql, String arg) {
        List<Member> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read exercise members", e);
        }
        return out;
    }
}
