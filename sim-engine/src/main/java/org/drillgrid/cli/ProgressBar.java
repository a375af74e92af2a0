package org.drillgrid.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.drillgrid.model.scenario.SimDuration;

/** A one-line progress bar on stderr: sim time done, and how many sim seconds pass per wall second. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000;

    private final PrintWriter err;
    private final long total;
    private final long startNanos = System.nanoTime();
    private long lastDraw = Long.MIN_VALUE;

    ProgressBar(PrintWriter err, long totalSimSeconds) {
        this.err = err;
        this.total = totalSimSeconds;
    }

    void update(long simSeconds) {
        long nowNanos = System.nanoTime();
        if (lastDraw != Long.MIN_VALUE && nowNanos - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = nowNanos;
        draw(simSeconds, nowNanos, '\r');
    }

    void done(long simSeconds) {
        draw(simSeconds, System.nanoTime(), '\r');
        err.println();
        err.flush();
    }

    private void draw(long simSeconds, long nowNanos, char lead) {
        int filled = (int) Math.min(WIDTH, WIDTH * simSeconds / Math.max(1, total));
        double wall = Math.max(1e-9, (nowNanos - startNanos) / 1e9);
        err.print(lead + "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%8s / %-8s sim/wall %,.0fx", SimDuration.format(simSeconds),
                SimDuration.format(total), simSeconds / wall));
        err.flush();
    }
}
