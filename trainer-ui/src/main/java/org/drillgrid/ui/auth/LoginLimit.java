package org.drillgrid.ui.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The login limit: failed attempts counted per username and per client address, and a bound on how many
 * password hashes are checked at once.
 *
 * <p>An attempt is counted <em>before</em> its password is checked, in one atomic step with the check of
 * the lock ({@link ConcurrentHashMap#compute}); a success takes it back. So attempts that overlap cannot
 * all read the same old count: of 20 simultaneous guesses only the first {@link Accounts#FREE_FAILURES}
 * reach the hash, and the rest are refused as locked without costing a hash. The lock lasts 30 s from the
 * {@value Accounts#FREE_FAILURES}th failure, doubling with each further one to at most 15 min.
 *
 * <p>A username's count is cleared by a success. An address's count is not (one good account must not
 * open the way to spraying others); it is forgotten {@link #ADDRESS_MEMORY} after its last failure and
 * allows {@value #ADDRESS_FREE_FAILURES} failures, enough for a classroom behind one address.
 *
 * <p>bcrypt of cost 12 costs the server up to a second of CPU: at most {@link #hashers} hashes run at
 * once, and an attempt that waits longer than {@link #HASH_WAIT} for its turn is refused as busy, so a
 * flood of logins cannot starve the exercises.
 */
final class LoginLimit {

    static final int ADDRESS_FREE_FAILURES = 30;
    static final Duration ADDRESS_MEMORY = Duration.ofMinutes(15);
    static final Duration HASH_WAIT = Duration.ofSeconds(20);
    /** Above this many remembered usernames or addresses, those neither locked nor counting are dropped. */
    private static final int MAX_REMEMBERED = 100_000;

    private final Clock clock;
    private final Map<String, Count> users = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();
    private final Semaphore hashers;
    private final AtomicInteger hashing = new AtomicInteger();
    private final AtomicInteger hashingPeak = new AtomicInteger();

    /**
     * Failures so far and when the last was counted; the lock follows from them, so taking an attempt back
     * also takes back the lock it set.
     */
    private record Count(int failures, Instant last, int free) {
        Instant lockedUntil() {
            if (failures < free) {
                return null;
            }
            long seconds = Math.min(Accounts.MAX_LOCK.toSeconds(),
                    Accounts.FIRST_LOCK.toSeconds() << Math.min(20, failures - free));
            return last.plusSeconds(seconds);
        }

        boolean locked(Instant now) {
            Instant until = lockedUntil();
            return until != null && now.isBefore(until);
        }
    }

    /** Why an attempt may not go on: locked for some seconds, or the server too busy hashing. */
    record Refusal(String reason, long retryAfterSeconds) {
    }

    LoginLimit(Clock clock, int concurrentHashes) {
        this.clock = clock;
        this.hashers = new Semaphore(Math.max(1, concurrentHashes), true);
    }

    /**
     * Counts an attempt for the username and the address (null: not known) before its password is checked;
     * returns the refusal when either is locked, and then counts nothing.
     */
    Refusal begin(String user, String address) {
        Instant now = clock.instant();
        forgetIdle(now);
        Refusal[] refused = new Refusal[1];
        if (address != null) {
            addresses.compute(address, (k, c) -> {
                if (c != null && !c.locked(now) && now.isAfter(c.last().plus(ADDRESS_MEMORY))) {
                    c = null; // quiet long enough: a fresh start
                }
                if (c != null && c.locked(now)) {
                    refused[0] = locked(now, c);
                    return c;
                }
                return failed(c, now, ADDRESS_FREE_FAILURES);
            });
            if (refused[0] != null) {
                return refused[0];
            }
        }
        users.compute(user, (k, c) -> {
            if (c != null && c.locked(now)) {
                refused[0] = locked(now, c);
                return c;
            }
            return failed(c, now, Accounts.FREE_FAILURES);
        });
        if (refused[0] != null) {
            takeBack(address); // no password was tried from there
        }
        return refused[0];
    }

    /** The attempt succeeded: the username's count is cleared and the address's attempt taken back. */
    void succeeded(String user, String address) {
        users.remove(user);
        takeBack(address);
    }

    /** One attempt fewer for the address, and so the lock that attempt set, if any. */
    private void takeBack(String address) {
        if (address != null) {
            addresses.computeIfPresent(address, (k, c) -> c.failures() <= 1 ? null
                    : new Count(Math.max(0, c.failures() - 1), c.last(), c.free()));
        }
    }

    private static Count failed(Count c, Instant now, int free) {
        return new Count((c == null ? 0 : c.failures()) + 1, now, free);
    }

    private static Refusal locked(Instant now, Count c) {
        long wait = Math.max(1, (Duration.between(now, c.lockedUntil()).toMillis() + 999) / 1000);
        return new Refusal("too many failed logins: try again in " + wait + " s", wait);
    }

    private void forgetIdle(Instant now) {
        for (Map<String, Count> m : java.util.List.of(users, addresses)) {
            if (m.size() > MAX_REMEMBERED) {
                m.values().removeIf(c -> !c.locked(now) && now.isAfter(c.last().plus(ADDRESS_MEMORY)));
            }
        }
    }

    /**
     * Runs a password check when a hashing slot is free within {@link #HASH_WAIT}; returns null when none
     * came free (the caller answers "busy").
     */
    Boolean hashed(java.util.function.BooleanSupplier check) {
        try {
            if (!hashers.tryAcquire(HASH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            hashingPeak.accumulateAndGet(hashing.incrementAndGet(), Math::max);
            return check.getAsBoolean();
        } finally {
            hashing.decrementAndGet();
            hashers.release();
        }
    }

    /** The most password checks that have run at once (for tests). */
    int hashingPeak() {
        return hashingPeak.get();
    }
}
