package org.drillgrid.ui.load;

import java.util.concurrent.TimeUnit;

/**
 * A token bucket shared by every simulated trainee: at most {@code perSecond} requests a second on
 * average, {@code burst} at once. A request over the cap waits its turn before it is sent, so the wait
 * is never part of a measured latency. The expected load is well under the cap; it is a safety bound.
 */
final class RateCap {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long refilledAt = System.nanoTime();
    private long throttled;

    RateCap(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
    }

    void acquire() throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            tokens -= 1; // taken now, even if owed: later callers queue behind this one
            if (tokens >= 0) {
                return;
            }
            throttled++;
            waitNanos = (long) (-tokens / perSecond * 1e9);
        }
        TimeUnit.NANOSECONDS.sleep(waitNanos);
    }

    /** How many requests had to wait for the cap. */
    synchronized long throttled() {
        return throttled;
    }

    double perSecond() {
        return perSecond;
    }
}
