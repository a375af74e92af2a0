package org.drillgrid.ui.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.drillgrid.ui.store.StorageException;

/**
 * The user accounts (table {@code app_user}): passwords hashed with bcrypt (cost {@value #COST}), the
 * first admin made at first start with a generated password shown once, and login with a rate limit
 * ({@link LoginLimit}): after {@value #FREE_FAILURES} failed attempts for a username (or
 * {@value LoginLimit#ADDRESS_FREE_FAILURES} from one address), each further attempt waits, 30 s doubling
 * to at most 15 min, until a success. The answer to a wrong username and to a wrong password is the same.
 */
public final class Accounts {

    public static final int COST = 12;
    public static final int MIN_PASSWORD = 12;
    /** bcrypt reads this many bytes of a password: a longer one is refused rather than cut short. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A hash to check against when the user does not exist, so both answers take as long. */
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, "not a password".toCharArray());

    private final DataSource ds;
    private final Clock clock;
    private final LoginLimit limit;
    private static final String BUSY = "the server is busy checking other logins";

    /** The outcome of a login: the user, or why not (wrong credentials, or locked for some seconds). */
    public record Login(User user, String error, long retryAfterSeconds) {
        public boolean ok() {
            return user != null;
        }

        /** Refused because the server was busy checking other logins, not because of this account. */
        public boolean busy() {
            return error != null && error.startsWith(BUSY);
        }
    }

    public Accounts(DataSource ds, Clock clock) {
        this(ds, clock, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** As {@link #Accounts(DataSource, Clock)}, with at most {@code concurrentHashes} password checks at once. */
    Accounts(DataSource ds, Clock clock, int concurrentHashes) {
        this.ds = ds;
        this.clock = clock;
        this.limit = new LoginLimit(clock, concurrentHashes);
    }

    /**
     * At first start (no user at all) makes the user {@code admin} with {@code password}, or with a
     * generated one when null; returns the password to show once, or empty when users exist already.
     */
    public Optional<String> ensureAdmin(String password) {
        if (count() > 0) {
            return Optional.empty();
        }
        String pw = password != null && !password.isBlank() ? password : generate(16);
        create("admin", pw, Role.ADMIN, null);
        return Optional.of(pw);
    }

    /** A new account; the reason names the field when the input is refused. */
    public User create(String username, String password, Role role, String position) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username: 2-64 characters of a-z 0-9 . _ -, starting with a letter or digit");
        }
        checkPassword(password);
        if (role == null) {
            throw new IllegalArgumentException("role: required");
        }
        if (role == Role.TRAINEE && (position == null || position.isBlank())) {
            throw new IllegalArgumentException("position: a trainee needs a command-post position");
        }
        if (role == Role.TRAINEE && !org.drillgrid.model.drill.Positions.known(position)) {
            throw new IllegalArgumentException("position: '" + position + "' is not one of "
                    + String.join(", ", org.drillgrid.model.drill.Positions.TASK_GROUPS));
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("username: '" + username + "' is taken");
        }
        User u = new User(UUID.randomUUID().toString(), username, role, role == Role.TRAINEE ? position : null, false,
                clock.instant());
        String hash = BCrypt.withDefaults().hashToString(COST, password.toCharArray());
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, role, position, disabled, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, u.id());
            ps.setString(2, u.username());
            ps.setString(3, hash);
            ps.setString(4, role.json());
            ps.setString(5, u.position());
            ps.setBoolean(6, false);
            ps.setTimestamp(7, Timestamp.from(u.createdAt()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot create user " + username, e);
        }
        return u;
    }

    /** Checks a login from an unknown address (tests, tools): only the per-username limit applies. */
    public Login login(String username, String password) {
        return login(username, password, null);
    }

    /**
     * Checks a login from a client address (null when not known). The attempt is counted against the
     * username and the address before the password is checked ({@link LoginLimit}); a success takes it back.
     */
    public Login login(String username, String password, String address) {
        String key = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        LoginLimit.Refusal refused = limit.begin(key, address);
        if (refused != null) {
            return new Login(null, refused.reason(), refused.retryAfterSeconds());
        }
        Optional<Stored> stored = stored(key);
        // a password bcrypt cannot read is checked as an empty one, to take as long, and never matches
        boolean unreadable = password == null || tooLong(password);
        Boolean match = limit.hashed(() -> BCrypt.verifyer().verify((unreadable ? "" : password).toCharArray(),
                stored.map(Stored::hash).orElse(DUMMY)).verified && !unreadable);
        if (match == null) {
            return new Login(null, BUSY + ": try again in "
                    + LoginLimit.HASH_WAIT.toSeconds() + " s", LoginLimit.HASH_WAIT.toSeconds());
        }
        if (stored.isPresent() && match && !stored.get().user().disabled()) {
            limit.succeeded(key, address);
            return new Login(stored.get().user(), null, 0);
        }
        return new Login(null, "wrong username or password", 0);
    }

    /** The most password checks that have run at once (for tests). */
    int hashingPeak() {
        return limit.hashingPeak();
    }

    private record Stored(User user, String hash) {
    }

    private Optional<Stored> stored(String username) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, username, password_hash, role, position, disabled, created_at FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(user(rs), rs.getString("password_hash"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageException("cannot read user " + username, e);
        }
    }

    public Optional<User> find(String username) {
        return stored(username).map(Stored::user);
    }

    public List<User> list() {
        List<User> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, username, password_hash, role, position, disabled, created_at FROM app_user ORDER BY username");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(user(rs));
            }
        } catch (SQLException e) {
            throw new StorageException("cannot list users", e);
        }
        return out;
    }

    /** Sets a new password (at least {@value #MIN_PASSWORD} characters). */
    public void setPassword(String username, String password) {
        checkPassword(password);
        update("UPDATE app_user SET password_hash = ? WHERE username = ?",
                BCrypt.withDefaults().hashToString(COST, password.toCharArray()), username);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("password: at least " + MIN_PASSWORD + " characters");
        }
        if (tooLong(password)) {
            throw new IllegalArgumentException("password: at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (bcrypt reads "
                    + "no more), not " + password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }

    private static boolean tooLong(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    /** Disables (or enables) an account: a disabled user cannot log in. */
    public void setDisabled(String username, boolean disabled) {
        update("UPDATE app_user SET disabled = ? WHERE username = ?", disabled, username);
    }

    private void update(String sql, Object value, String username) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, value);
            ps.setString(2, username);
            if (ps.executeUpdate() == 0) {
                throw new IllegalArgumentException("no user '" + username + "'");
            }
        } catch (SQLException e) {
            throw new StorageException("cannot update user " + username, e);
        }
    }

    private int count() {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_user");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StorageException("cannot count users", e);
        }
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("username"), Role.ofJson(rs.getString("role")),
                rs.getString("position"), rs.getBoolean("disabled"), rs.getTimestamp("created_at").toInstant());
    }

    /** A random password of {@code n} letters and digits (no look-alikes). */
    static String generate(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
