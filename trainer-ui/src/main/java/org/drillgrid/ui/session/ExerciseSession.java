package org.drillgrid.ui.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.api.PacedRun;
import org.drillgrid.engine.api.RunSnapshot;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.validate.LoadedScenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live exercise session: a {@link SimulationRun} played by a {@link PacedRun}, whose every event goes
 * to the session's log in the database (in batches, after each slice) and whose inputs are written to the
 * database before they are acknowledged. An input is stamped with the start of the next tick while the
 * run cannot step, so re-simulating with the stored inputs gives the same log (determinism). A depth
 * checkpoint is stored every sim hour for fast seeking.
 */
public final class ExerciseSession {

    private static final Logger LOG = LoggerFactory.getLogger(ExerciseSession.class);
    static final long CHECKPOINT_EVERY = 3600;
    /** Least wall time between two writes of a running session's events and progress. */
    static final long FLUSH_EVERY_NANOS = 250_000_000L;

    private final String id;
    private final LoadedScenario scenario;
    private final SimulationRun run;
    private final PacedRun paced;
    private final SessionStore store;
    private final Clock clock;
    private final List<SessionStore.EventRow> buffer = new ArrayList<>();
    /** Events the database already holds (a resumed session regenerates them; they are not written again). */
    private final long alreadyStored;
    private final List<SimEvent> scored = new ArrayList<>();
    private long seq;
    private long lastCheckpointHour = -1;
    private volatile RunStatus lastStatus;
    private long lastFlush;

    ExerciseSession(String id, LoadedScenario scenario, SimulationRun run, double speed, SessionStore store,
            Clock clock, long alreadyStored) {
        this.id = id;
        this.scenario = scenario;
        this.run = run;
        this.store = store;
        this.clock = clock;
        this.alreadyStored = alreadyStored;
        run.subscribeFromStart(this::record);
        this.paced = new PacedRun(run, speed);
        paced.subscribe(this::afterSlice);
    }

    private void record(SimEvent e) {
        long n = seq++;
        if (e instanceof InjectFired || e instanceof OrderIssued || e instanceof OrderRejected) {
            synchronized (scored) {
                scored.add(e);
            }
        }
        if (n < alreadyStored) {
            return;
        }
        String body = org.drillgrid.model.event.EventLogWriter.toLine(e); // the bytes of an events.jsonl line
        synchronized (buffer) {
            buffer.add(new SessionStore.EventRow(n, e.t(), e.type(), body));
        }
    }

    /**
     * Writes the buffered events, the progress and (each sim hour) a depth checkpoint. The buffer and the
     * sim time are read together under the run's lock, so the progress stored never lags the events; a
     * batch the database refused goes back to the buffer and is written with the next.
     */
    synchronized void flush() {
        List<SessionStore.EventRow> batch;
        long now;
        synchronized (run) {
            synchronized (buffer) {
                batch = new ArrayList<>(buffer);
                buffer.clear();
            }
            now = run.now();
        }
        if (!batch.isEmpty()) {
            try {
                store.appendEvents(id, batch);
            } catch (RuntimeException e) {
                synchronized (buffer) {
                    buffer.addAll(0, batch);
                }
                throw e;
            }
        }
        long hour = now / CHECKPOINT_EVERY;
        if (hour != lastCheckpointHour && run.flood().isPresent()) {
            store.saveCheckpoint(id, now, SessionStore.Checkpoint.encode(run.flood().get().depths()));
            lastCheckpointHour = hour;
        }
        RunSnapshot s = paced.snapshot();
        store.updateProgress(id, s.status().name(), now, s.speed());
        if (s.status() == RunStatus.FAILED && !failureSaved) {
            store.markFailed(id, "a tick failed at t=" + now + " s: " + s.failure());
            failureSaved = true;
        }
    }

    private boolean failureSaved;

    /** Whether the session takes inputs: it has neither ended nor failed, and no stop is pending. */
    public boolean live() {
        RunStatus s = paced.snapshot().status();
        return !run.isFinished() && s != RunStatus.FAILED && s != RunStatus.FINISHED;
    }

    private void afterSlice(RunSnapshot s) {
        try {
            // slices come every 20 ms or so: write at most every FLUSH_EVERY_NANOS, and at every change of status
            long now = System.nanoTime();
            if (s.status() == lastStatus && now - lastFlush < FLUSH_EVERY_NANOS) {
                return;
            }
            lastFlush = now;
            flush();
            if (s.status() != lastStatus) {
                lastStatus = s.status();
                LOG.info("session {} is {} at t={} s", id, s.status(), s.now());
            }
            if (s.status() == RunStatus.FINISHED || s.status() == RunStatus.FAILED) {
                Runnable then = onEnd;
                onEnd = null;
                if (then != null) {
                    then.run(); // saved to the end: the simulation's memory can go
                }
            }
        } catch (RuntimeException e) {
            LOG.error("session {} could not be saved at t={} s", id, s.now(), e);
        }
    }

    private volatile Runnable onEnd;

    /** What to do once the session has ended and its last events are saved. */
    void onEnd(Runnable action) {
        this.onEnd = action;
    }


    /**
     * Takes an order: stamps it with the next tick's start, stores it, then queues it; all while the run
     * cannot step. Returns the stored input (its seq and t): the acknowledgement.
     */
    public SessionStore.InputRow submit(Order order) {
        return take("order", order.role(), order::at, Order::t, run::replayInput);
    }

    /** Takes a controller action (fire an inject now, an ad-hoc inject) like {@link #submit(Order)}. */
    public SessionStore.InputRow submit(ControllerAction action) {
        return take("control", action.by(), action::at, ControllerAction::t, run::replayInput);
    }

    /** Stamps an input with the run's time, stores it, then queues it, all under the run's lock. */
    private <T> SessionStore.InputRow take(String kind, String who, java.util.function.LongFunction<T> stampAt,
            java.util.function.Function<T, Long> timeOf, java.util.function.Consumer<T> queue) {
        synchronized (run) {
            requireLive();
            T stamped = stampAt.apply(run.now());
            SessionStore.InputRow row = store.appendNext(id, timeOf.apply(stamped), kind, who, json(stamped),
                    clock.instant());
            queue.accept(stamped);
            return row;
        }
    }

    private void requireLive() {
        if (!live()) {
            throw new IllegalStateException("session " + id + " has ended or failed: it takes no more inputs");
        }
    }

    static String json(Object o) {
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Events that matter for scoring (injects fired, orders), in log order. */
    List<SimEvent> scoredEvents() {
        synchronized (scored) {
            return List.copyOf(scored);
        }
    }

    public String id() {
        return id;
    }

    public LoadedScenario scenario() {
        return scenario;
    }

    public SimulationRun run() {
        return run;
    }

    public PacedRun paced() {
        return paced;
    }

    /** Events generated so far (stored or buffered). */
    public long events() {
        return seq;
    }
}
