package org.drillgrid.ui.map;

/**
 * How often a page redraws its map while the exercise runs: about once every {@code period}, on average
 * never more often, and without skipping a tick that comes a little early. A redraw is due from half a period
 * before the period since the last one is over, and the next falls due a period after the last was due (not
 * after it happened), unless that lies more than half a period back. At 60x a tick (60 s) comes once a
 * second, give or take a slice of the pacer; a plain "a second since the last redraw" turned a tick that came
 * 10 ms early into a wait for the next one, and the map then changed every 2 s.
 */
public final class MapPace {

    private final long periodNanos;
    private long dueNanos;
    private boolean started;

    public MapPace(long periodNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period: " + periodNanos + " ns");
        }
        this.periodNanos = periodNanos;
    }

    /** Whether a redraw is due at {@code nowNanos} ({@link System#nanoTime()}); the first always is. */
    public boolean due(long nowNanos) {
        return !started || nowNanos - dueNanos >= 0;
    }

    /** Notes a redraw at {@code nowNanos}. */
    public void drawn(long nowNanos) {
        long base = started ? dueNanos : nowNanos - periodNanos / 2;
        if (nowNanos - periodNanos / 2 - base > 0) {
            base = nowNanos - periodNanos / 2; // long after it was due: no burst of redraws to catch up
        }
        dueNanos = base + periodNanos;
        started = true;
    }
}
