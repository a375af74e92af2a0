package org.drillgrid.engine.api;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run played against the wall clock for a live exercise: every slice it runs as many ticks as the
 * speed allows for the wall time that passed since the last slice, on one executor thread, so ticks
 * never overlap. A slice steps for at most 80 ms and the next one starts 20 ms after it ends, so a run
 * that cannot keep up with its speed gets 80 % of a core. Controls (pause, resume, speed,
 * step, stop) may come from any thread. A tick that throws marks the run FAILED; the server goes on.
 */
public final class PacedRun {

    private static final Logger LOG = LoggerFactory.getLogger(PacedRun.class);
    /** Pause between slices. */
    static final long SLICE_MILLIS = 20;
    /** At "as fast as possible" a slice stops stepping after this long, leaving the thread to others. */
    private static final long MAX_SLICE_NANOS = 80_000_000;
    /** The wall time over which the achieved speed is measured. */
    static final long SPEED_WINDOW_NANOS = 3_000_000_000L;

    private final SimulationRun run;
    private final CopyOnWriteArrayList<Consumer<RunSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private ScheduledFuture<?> task;
    private volatile RunStatus status = RunStatus.PAUSED;
    private volatile double speed;
    private volatile boolean stopRequested;
    private final java.util.concurrent.atomic.AtomicInteger stepsRequested = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String failure;
    private volatile boolean restartWindow;
    private volatile RunSnapshot snapshot;
    private double budget;
    private long lastSlice = -1;
    private final SpeedMeter meter = new SpeedMeter(SPEED_WINDOW_NANOS);
    private volatile double achieved = Double.NaN;

    /** @param speed sim seconds per wall second; 0 = as fast as possible */
    public PacedRun(SimulationRun run, double speed) {
        this.run = run;
        this.speed = speed;
        this.snapshot = snapshotNow();
    }

    /** Starts playing on the executor. */
    public void start(ScheduledExecutorService executor) {
        start(executor, false);
    }

    /** Starts on the executor, playing or (with {@code paused}) waiting for resume or step. */
    public void start(ScheduledExecutorService executor, boolean paused) {
        synchronized (lock) {
            if (task != null) {
                throw new IllegalStateException("already started");
            }
            status = paused ? RunStatus.PAUSED : RunStatus.RUNNING;
            publish(); // the run may have been stepped before (a resumed or branched session)
            task = executor.scheduleWithFixedDelay(this::slice, 0, SLICE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    public void pause() {
        if (transition(RunStatus.RUNNING, RunStatus.PAUSED)) {
            achieved = Double.NaN;
            restartWindow = true;
            publish();
        }
    }

    public void resume() {
        if (transition(RunStatus.PAUSED, RunStatus.RUNNING)) {
            achieved = Double.NaN;
            restartWindow = true;
            publish();
        }
    }

    /** Moves from one status to another if the run is in the first; an ended run never moves again. */
    private boolean transition(RunStatus from, RunStatus to) {
        synchronized (lock) {
            if (status != from) {
                return false;
            }
            status = to;
            return true;
        }
    }

    private void end(RunStatus how) {
        synchronized (lock) {
            status = how;
        }
    }

    /** Runs one tick while paused. */
    public void step() {
        if (status == RunStatus.PAUSED) {
            stepsRequested.incrementAndGet();
        }
    }

    public void setSpeed(double simSecondsPerWallSecond) {
        if (simSecondsPerWallSecond < 0 || Double.isNaN(simSecondsPerWallSecond)) {
            throw new IllegalArgumentException("speed must be >= 0");
        }
        this.speed = simSecondsPerWallSecond;
        achieved = Double.NaN; // measured anew at the new speed (by the slice thread's next window)
        restartWindow = true;
        publish();
    }

    /** Ends the run at the next slice. */
    public void stop() {
        stopRequested = true;
    }

    public RunSnapshot snapshot() {
        return snapshot;
    }

    public SimulationRun run() {
        return run;
    }

    /** Listens to snapshots, published after every slice that changed something; returns the unsubscribe action. */
    public Runnable subscribe(Consumer<RunSnapshot> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void slice() {
        try {
            if (status != RunStatus.RUNNING) {
                lastSlice = -1; // a resumed run owes no sim time for the pause
            }
            if (stopRequested && !run.isFinished()) {
                run.stop();
            } else if (status == RunStatus.RUNNING) {
                if (!play()) {
                    return; // no tick was due: nothing to publish
                }
            } else if (stepsRequested.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                run.step();
            } else {
                return;
            }
            if (run.isFinished()) {
                end(RunStatus.FINISHED);
                cancel();
            }
        } catch (RuntimeException | Error e) {
            LOG.error("run of {} failed at t={} s", run.scenario().scenario().id(), run.now(), e);
            failure = String.valueOf(e.getMessage());
            end(RunStatus.FAILED);
            cancel();
        }
        publish();
    }

    /** Runs the ticks due; returns whether it ran any. */
    private boolean play() {
        long dt = run.scenario().scenario().timeStepSeconds();
        long startNanos = System.nanoTime();
        long ticks = run.ticks();
        if (speed == 0) {
            while (run.step() && System.nanoTime() - startNanos < MAX_SLICE_NANOS) {
                // as fast as possible within the slice
            }
            measure(0, 0);
            return true;
        }
        long nowNanos = System.nanoTime();
        double wall = lastSlice < 0 ? SLICE_MILLIS / 1000.0 : (nowNanos - lastSlice) / 1e9;
        lastSlice = nowNanos;
        // sim time owed for the wall time that passed; a run that fell behind does not race to catch up
        double owed = speed * wall;
        double due = budget + owed;
        budget = Math.min(due, Math.max(dt, speed * 0.25));
        double lost = due - budget;
        while (budget >= dt && run.step()) {
            budget -= dt;
            if (System.nanoTime() - startNanos > MAX_SLICE_NANOS) {
                lost += budget;
                budget = 0;
                break;
            }
        }
        measure(owed, lost);
        return run.ticks() != ticks || run.isFinished();
    }

    /** Feeds the slice to the meter (on the slice thread); a finished window becomes the achieved speed. */
    private void measure(double owed, double lost) {
        if (restartWindow) {
            restartWindow = false;
            meter.restart();
        }
        double measured = meter.slice(System.nanoTime(), run.now(), speed == 0 ? Double.NaN : owed, lost);
        if (!Double.isNaN(measured)) {
            achieved = measured;
        }
    }

    private void cancel() {
        synchronized (lock) {
            if (task != null) {
                task.cancel(false);
            }
        }
        try {
            run.close();
        } catch (java.io.IOException e) {
            LOG.error("event log of {} could not be closed", run.scenario().scenario().id(), e);
        }
    }

    private void publish() {
        RunSnapshot s = snapshotNow();
        snapshot = s;
        for (Consumer<RunSnapshot> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("snapshot listener failed", e);
            }
        }
    }

    private RunSnapshot snapshotNow() {
        return new RunSnapshot(run.now(), run.until(), run.ticks(), status, speed, achieved, run.eventTotal(), failure);
    }
}
