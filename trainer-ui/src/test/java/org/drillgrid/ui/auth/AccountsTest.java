package org.drillgrid.ui.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.drillgrid.ui.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts on the embedded database: the first admin, hashing, refusals naming the field, the login limit. */
class AccountsTest {

    @TempDir
    Path dir;
    private Database db;
    private Accounts accounts;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));

    @BeforeEach
    void open() {
        db = Database.embedded(dir);
        accounts = new Accounts(db.dataSource(), clock);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void theFirstStartMakesOneAdminWithAGeneratedPasswordShownOnce() throws Exception {
        String pw = accounts.ensureAdmin(null).orElseThrow();
        assertEquals(16, pw.length());
        assertTrue(accounts.ensureAdmin(null).isEmpty(), "only at the very first start");
        assertEquals(Role.ADMIN, accounts.login("admin", pw).user().role());
        try (Connection c = db.dataSource().getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT password_hash FROM app_user")) {
            rs.next();
            String hash = rs.getString(1);
            assertTrue(hash.startsWith("$2a$12$"), "bcrypt, cost 12: " + hash);
            assertFalse(hash.contains(pw));
        }
    }

    @Test
    void refusalsNameTheField() {
        assertEquals("username: 2-64 characters of a-z 0-9 . _ -, starting with a letter or digit",
                assertThrows(IllegalArgumentException.class, () -> accounts.create("Bad Name", "long enough pw", Role.ADMIN,
                        null)).getMessage());
        assertEquals("password: at least 12 characters", assertThrows(IllegalArgumentException.class,
                () -> accounts.create("li.wei", "short", Role.CONTROLLER, null)).getMessage());
        assertEquals("position: a trainee needs a command-post position", assertThrows(IllegalArgumentException.class,
                () -> accounts.create("li.wei", "long enough pw", Role.TRAINEE, " ")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> accounts.create("li.wei", "long enough pw", Role.TRAINEE, "kitchen")).getMessage()
                .startsWith("position: 'kitchen' is not one of dispatch, evacuation"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> accounts.create("li.wei", "长".repeat(25),
                Role.CONTROLLER, null)).getMessage().startsWith("password: at most 72 bytes"), "bcrypt would cut it");
        accounts.create("li.wei", "long enough pw", Role.TRAINEE, "evacuation");
        assertEquals("username: 'li.wei' is taken", assertThrows(IllegalArgumentException.class,
                () -> accounts.create("li.wei", "another password", Role.REVIEWER, null)).getMessage());
        assertEquals("evacuation", accounts.find("li.wei").orElseThrow().position());
    }

    @Test
    void wrongUserAndWrongPasswordGetTheSameAnswer() {
        accounts.create("zhang.min", "correct horse battery", Role.CONTROLLER, null);
        assertEquals("wrong username or password", accounts.login("zhang.min", "wrong password").error());
        assertEquals("wrong username or password", accounts.login("nobody", "wrong password").error());
        assertEquals("wrong username or password", accounts.login("zhang.min", "x".repeat(100)).error(),
                "too long for bcrypt: wrong, not an error");
        assertTrue(accounts.login("ZHANG.MIN", "correct horse battery").ok(), "usernames are not case-sensitive");
    }

    @Test
    void tooManyFailuresLockTheUsernameForAWhileThatGrows() {
        accounts.create("zhang.min", "correct horse battery", Role.CONTROLLER, null);
        for (int i = 0; i < Accounts.FREE_FAILURES; i++) {
            assertEquals("wrong username or password", accounts.login("zhang.min", "guess " + i).error());
        }
        Accounts.Login locked = accounts.login("zhang.min", "correct horse battery");
        assertFalse(locked.ok(), "even the right password waits out the lock");
        assertEquals(30, locked.retryAfterSeconds());
        assertEquals("too many failed logins: try again in 30 s", locked.error());
        clock.advance(Duration.ofSeconds(31));
        assertEquals("wrong username or password", accounts.login("zhang.min", "guess again").error());
        assertEquals(60, accounts.login("zhang.min", "correct horse battery").retryAfterSeconds(), "doubled");
        clock.advance(Duration.ofSeconds(61));
        assertTrue(accounts.login("zhang.min", "correct horse battery").ok());
        assertEquals("wrong username or password", accounts.login("zhang.min", "x").error(), "a success resets the count");
    }

    /** Runs {@code n} logins at once (released together by a latch) and returns their answers. */
    private java.util.List<Accounts.Login> atOnce(Accounts on, int n, java.util.function.IntFunction<Accounts.Login> login)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Accounts.Login>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return login.apply(k);
                }));
            }
            go.countDown();
            java.util.List<Accounts.Login> out = new java.util.ArrayList<>();
            for (var f : futures) {
                out.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentySimultaneousWrongPasswordsLockTheAccountAndTheRightOneWaits() throws Exception {
        accounts.create("zhang.min", "correct horse battery", Role.ADMIN, null);
        var answers = atOnce(accounts, 20, i -> accounts.login("zhang.min", "guess " + i, "192.0.2." + i));
        long checked = answers.stream().filter(a -> "wrong username or password".equals(a.error())).count();
        long locked = answers.stream().filter(a -> a.retryAfterSeconds() > 0).count();
        assertTrue(answers.stream().noneMatch(Accounts.Login::ok));
        assertEquals(Accounts.FREE_FAILURES, checked, "only the free attempts reach the hash: " + answers);
        assertEquals(20 - Accounts.FREE_FAILURES, locked, answers.toString());
        Accounts.Login right = accounts.login("zhang.min", "correct horse battery", "198.51.100.1");
        assertFalse(right.ok(), "the right password waits out the lock");
        assertEquals(30, right.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(29));
        assertFalse(accounts.login("zhang.min", "correct horse battery").ok(), "still locked");
        clock.advance(Duration.ofSeconds(2));
        assertTrue(accounts.login("zhang.min", "correct horse battery").ok(), "after the lock");
    }

    @Test
    void atMostTheGivenNumberOfPasswordsAreHashedAtOnce() throws Exception {
        Accounts one = new Accounts(db.dataSource(), clock, 1);
        var answers = atOnce(one, 4, i -> one.login("user" + i, "guess " + i, "192.0.2." + i));
        assertTrue(answers.stream().allMatch(a -> "wrong username or password".equals(a.error())), answers.toString());
        assertEquals(1, one.hashingPeak(), "a flood of logins waits its turn for the CPU");
    }

    @Test
    void aDisabledUserCannotLogIn() {
        accounts.create("wang.fang", "correct horse battery", Role.REVIEWER, null);
        accounts.setDisabled("wang.fang", true);
        assertFalse(accounts.login("wang.fang", "correct horse battery").ok());
        accounts.setDisabled("wang.fang", false);
        accounts.setPassword("wang.fang", "a new long password");
        assertTrue(accounts.login("wang.fang", "a new long password").ok());
        assertFalse(accounts.login("wang.fang", "correct horse battery").ok());
    }

    @Test
    void accountsSurviveARestart() throws Exception {
        accounts.create("chen.jie", "correct horse battery", Role.DESIGNER, null);
        db.close();
        db = Database.embedded(dir);
        accounts = new Accounts(db.dataSource(), clock);
        assertEquals(Role.DESIGNER, accounts.login("chen.jie", "correct horse battery").user().role());
        assertTrue(accounts.ensureAdmin(null).isEmpty(), "no admin is added to a database that has users");
    }
}
