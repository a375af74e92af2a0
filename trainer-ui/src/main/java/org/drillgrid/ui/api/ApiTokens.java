package org.drillgrid.ui.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.drillgrid.ui.store.StorageException;
import org.drillgrid.ui.web.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's tokens as an admin manages them (table {@code api_token}, which holds only their SHA-256).
 *
 * <p>The server has one admin token: {@code DRILLGRID_API_TOKEN} when set, else the one in the data
 * folder's {@code api-admin-token} (made at first start, and again when the file is deleted). At every
 * start every other admin token is revoked, so changing the variable or deleting the file ends the old
 * token. While the server runs, an admin can list every token (by an id: the first
 * {@value #ID_LENGTH} hex digits of its hash), revoke any, and rotate the admin token, which writes the
 * new one to the file and revokes the old.
 */
public final class ApiTokens {

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);
    /** Hex digits of a token's hash that name it: 48 bits, unique among any plausible number of tokens. */
    static final int ID_LENGTH = 12;

    private final DataSource ds;
    private final SessionService sessions;
    private final Path file;
    private final boolean fromEnvironment;

    /** A token as listed: never the token itself. */
    public record Info(String id, String rights, String session, String role, String createdAt) {
    }

    /**
     * @param file the admin token's file in the data folder
     * @param fromEnvironment whether the operator set the admin token in the environment (then it cannot be
     *                        rotated from the API)
     */
    public ApiTokens(DataSource ds, SessionService sessions, Path file, boolean fromEnvironment) {
        this.ds = ds;
        this.sessions = sessions;
        this.file = file;
        this.fromEnvironment = fromEnvironment;
    }

    /**
     * At start: makes {@code configured} (the environment's token, or null) or the file's token the server's
     * admin token, making and writing one when there is neither, and revokes every other admin token.
     */
    public void start(String configured) throws IOException {
        String token = configured;
        if (token == null || token.isBlank()) {
            if (Files.isRegularFile(file)) {
                token = Files.readString(file).strip();
            } else {
                token = sessions.issueToken(null, null, Visibility.Rights.CONTROLLER);
                DataFolder.writeSecret(file, token + "\n");
                LOG.info("API admin token written to {}", file.toAbsolutePath());
            }
        }
        if (sessions.token(token).isEmpty()) {
            sessions.registerAdminToken(token);
        }
        int revoked = revokeAdminsBut(sessions.token(token).orElseThrow().tokenHash());
        if (revoked > 0) {
            LOG.info("{} earlier API admin tokens revoked", revoked);
        }
    }

    /** Every token, or those of one session, oldest first. */
    public List<Info> list(String sessionId) {
        String sql = "SELECT token_hash, rights, session_id, role, created_at FROM api_token"
                + (sessionId == null ? "" : " WHERE session_id = ?") + " ORDER BY created_at, token_hash";
        List<Info> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (sessionId != null) {
                ps.setString(1, sessionId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Info(rs.getString(1).substring(0, ID_LENGTH), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getObject(5, java.time.OffsetDateTime.class).toInstant().toString()));
                }
            }
        } catch (SQLException e) {
            throw new StorageException("cannot list API tokens", e);
        }
        return out;
    }

    /** The token with this id, if there is one. */
    public Optional<Info> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{" + ID_LENGTH + "}")) {
            return Optional.empty();
        }
        return list(null).stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Revokes the token with this id; false when there is none. */
    public boolean revoke(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        return delete("DELETE FROM api_token WHERE token_hash LIKE ?", id + "%") > 0;
    }

    /**
     * A new admin token in place of the old: written to the data folder's file, every other admin token
     * revoked. Refused when the admin token comes from the environment (change it there and restart).
     */
    public String rotate() throws IOException {
        if (fromEnvironment) {
            throw new IllegalStateException("the admin token is set by " + org.drillgrid.ui.DrillgridServer.ADMIN_TOKEN_ENV
                    + ": change it there and restart the server");
        }
        String token = sessions.issueToken(null, null, Visibility.Rights.CONTROLLER);
        DataFolder.writeSecret(file, token + "\n");
        revokeAdminsBut(sessions.token(token).map(SessionStore.TokenRow::tokenHash).orElseThrow());
        LOG.info("API admin token rotated; the new one is in {}", file.toAbsolutePath());
        return token;
    }

    private int revokeAdminsBut(String keepHash) {
        return delete("DELETE FROM api_token WHERE rights = 'admin' AND token_hash <> ?", keepHash);
    }

    private int delete(String sql, String arg) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot revoke API tokens", e);
        }
    }
}
