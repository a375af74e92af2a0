package org.drillgrid.ui.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The counting of {@link LoginLimit} without hashing: per address, and what a success takes back. */
class LoginLimitTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final LoginLimit limit = new LoginLimit(clock, 1);

    @Test
    void oneAddressSprayingManyUsernamesIsLockedButOthersAreNot() {
        for (int i = 0; i < LoginLimit.ADDRESS_FREE_FAILURES; i++) {
            assertNull(limit.begin("user" + i, "203.0.113.9"), "attempt " + i); // each username far below its own limit
        }
        LoginLimit.Refusal r = limit.begin("someone-else", "203.0.113.9");
        assertNotNull(r, "the address is locked");
        assertEquals(30, r.retryAfterSeconds());
        assertNull(limit.begin("someone-else", "203.0.113.10"), "another address is not");
        clock.advance(Duration.ofSeconds(31));
        assertNull(limit.begin("someone-else", "203.0.113.9"), "after the lock, one more try");
        assertEquals(60, limit.begin("user0", "203.0.113.9").retryAfterSeconds(), "and the lock doubles");
    }

    @Test
    void successesFromOneAddressAreNotCountedButDoNotClearItsFailures() {
        for (int i = 0; i < 100; i++) {
            assertNull(limit.begin("trainee" + i, "203.0.113.1"), "a classroom behind one address, login " + i);
            limit.succeeded("trainee" + i, "203.0.113.1");
        }
        for (int i = 0; i < LoginLimit.ADDRESS_FREE_FAILURES - 1; i++) {
            assertNull(limit.begin("guess" + i, "203.0.113.1"));
        }
        assertNull(limit.begin("good", "203.0.113.1"));
        limit.succeeded("good", "203.0.113.1"); // one good account does not reset the address
        assertNull(limit.begin("guess-last", "203.0.113.1"));
        assertNotNull(limit.begin("guess-more", "203.0.113.1"), "the address reached its limit");
    }

    @Test
    void anAddressIsForgottenAfterAQuietSpell() {
        for (int i = 0; i < LoginLimit.ADDRESS_FREE_FAILURES - 1; i++) {
            assertNull(limit.begin("u" + i, "203.0.113.7"));
        }
        clock.advance(LoginLimit.ADDRESS_MEMORY.plus(Duration.ofSeconds(1)));
        for (int i = 0; i < LoginLimit.ADDRESS_FREE_FAILURES - 1; i++) {
            assertNull(limit.begin("v" + i, "203.0.113.7"), "a fresh count, attempt " + i);
        }
    }

    @Test
    void aLockedUsernameDoesNotCountAgainstTheAddress() {
        for (int i = 0; i < org.drillgrid.ui.auth.Accounts.FREE_FAILURES; i++) {
            assertNull(limit.begin("admin", "203.0.113." + i));
        }
        for (int i = 0; i < LoginLimit.ADDRESS_FREE_FAILURES + 5; i++) {
            assertNotNull(limit.begin("admin", "203.0.113.200"), "admin is locked");
        }
        assertNull(limit.begin("other", "203.0.113.200"), "refused attempts tried no password from there");
    }
}
