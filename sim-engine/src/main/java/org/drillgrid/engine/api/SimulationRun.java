package org.drillgrid.engine.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.drillgrid.engine.DrillgridSim;
import org.drillgrid.engine.World;
import org.drillgrid.engine.record.EventRecorder;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.event.EventLogWriter;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * One run of a scenario, stepped by its caller one tick at a time. Not thread-safe: one thread steps
 * it (the CLI's main thread, or a {@link PacedRun}). The run ends after {@code ceil(until / timeStep)}
 * ticks, or earlier by {@link #stop()}; either way the log closes with a {@code run-ended} event.
 */
public final class SimulationRun implements AutoCloseable {

    private final LoadedScenario scenario;
    private final DrillgridSim sim;
    private final EventRecorder recorder;
    private final long until;
    private final long totalTicks;
    private boolean finished;
    /** What the run logged while starting (run-started), for subscribers that need the whole log. */
    private final java.util.List<SimEvent> early = new java.util.ArrayList<>();

    private SimulationRun(LoadedScenario scenario, long seed, long until, EventRecorder recorder, Policy policy) {
        this.scenario = scenario;
        this.recorder = recorder;
        this.until = until;
        World world = new World(scenario);
        long dt = scenario.scenario().timeStepSeconds();
        this.totalTicks = (until + dt - 1) / dt;
        this.sim = new DrillgridSim(world, seed, until, recorder, policy);
        Runnable off = recorder.subscribe(early::add);
        sim.start();
        off.run();
    }

    /**
     * Starts a run. {@code until} (sim seconds) must be in 1..duration.
     *
     * @param eventLog file to write the event log to, or null to keep none
     */
    public static SimulationRun start(LoadedScenario scenario, long seed, long until, Path eventLog)
            throws IOException {
        return start(scenario, seed, until, eventLog, Policy.NONE);
    }

    /** Starts a run whose levers are pulled by {@code policy} (none: the no-response baseline). */
    public static SimulationRun start(LoadedScenario scenario, long seed, long until, Path eventLog, Policy policy)
            throws IOException {
        return start(scenario, seed, until, eventLog, policy, java.util.List.of());
    }

    /**
     * Starts a run with a scripted timeline of orders (each with its time {@code t}), applied in the tick
     * that holds their time; a refused one is logged and the run goes on.
     */
    public static SimulationRun start(LoadedScenario scenario, long seed, long until, Path eventLog, Policy policy,
            java.util.List<org.drillgrid.model.order.Order> orders) throws IOException {
        long duration = scenario.scenario().duration().seconds();
        if (until <= 0 || until > duration) {
            throw new IllegalArgumentException("until must be between 1 s and the scenario's duration ("
                    + duration + " s), is " + until);
        }
        EventLogWriter log = null;
        if (eventLog != null) {
            BufferedWriter w = Files.newBufferedWriter(eventLog, StandardCharsets.UTF_8);
            log = new EventLogWriter(w);
        }
        SimulationRun run = new SimulationRun(scenario, seed, until, new EventRecorder(log), policy);
        for (org.drillgrid.model.order.Order o : orders) {
            if (o.t() == null) {
                throw new IllegalArgumentException("a scripted order needs its time t: " + o);
            }
            run.sim.desk().add(o);
        }
        return run;
    }

    /**
     * Takes an order given live: it is stamped with the start of the next tick (the time it takes effect)
     * and applied there. Safe from any thread; returns the stamped order, which a replay gives back at
     * that same time to reproduce the run.
     */
    public synchronized org.drillgrid.model.order.Order submit(org.drillgrid.model.order.Order order) {
        if (finished) {
            throw new IllegalStateException("the run has ended");
        }
        org.drillgrid.model.order.Order stamped = order.at(sim.elapsed());
        sim.desk().add(stamped);
        return stamped;
    }

    /** Takes a controller action live (fire an inject now, an ad-hoc inject); stamped like {@link #submit}. */
    public synchronized org.drillgrid.model.order.ControllerAction submit(
            org.drillgrid.model.order.ControllerAction action) {
        if (finished) {
            throw new IllegalStateException("the run has ended");
        }
        org.drillgrid.model.order.ControllerAction stamped = action.at(sim.elapsed());
        sim.desk().add(stamped);
        return stamped;
    }

    /** Queues an input at its own time (replaying a session's inputs); the time must not be in the past. */
    public synchronized void replayInput(org.drillgrid.model.order.Order order) {
        requireFuture(order.t());
        sim.desk().add(order);
    }

    /** Queues a controller action at its own time (replaying a session's inputs). */
    public synchronized void replayInput(org.drillgrid.model.order.ControllerAction action) {
        requireFuture(action.t());
        sim.desk().add(action);
    }

    private void requireFuture(Long t) {
        if (t == null || t < sim.elapsed()) {
            throw new IllegalArgumentException("input at t=" + t + " is before the run's time " + sim.elapsed());
        }
    }

    /** The drill script of the run (which injects fired when; stepping thread only). */
    public org.drillgrid.engine.drill.DrillScript script() {
        return sim.script();
    }

    /** Runs one tick; at the last tick also closes the log. Returns false once the run has ended. */
    public synchronized boolean step() {
        if (finished) {
            return false;
        }
        sim.schedule.step(sim);
        if (sim.schedule.getSteps() >= totalTicks) {
            end(until == scenario.scenario().duration().seconds() ? RunEnded.DURATION : RunEnded.UNTIL);
        }
        return !finished;
    }

    /** Ends the run now (a controller's stop); no-op when already ended. */
    public synchronized void stop() {
        if (!finished) {
            end(RunEnded.STOPPED);
        }
    }

    private void end(String reason) {
        finished = true;
        recorder.emit(new RunEnded(sim.elapsed(), sim.schedule.getSteps(), reason));
        sim.finish();
        try {
            recorder.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the event log", e);
        }
    }

    public boolean isFinished() {
        return finished;
    }

    /** Sim seconds simulated so far. */
    public long now() {
        return sim.elapsed();
    }

    public long until() {
        return until;
    }

    public long ticks() {
        return sim.schedule.getSteps();
    }

    public long totalTicks() {
        return totalTicks;
    }

    public long seed() {
        return sim.seed();
    }

    /** The flood of the scenario, when it has one (read-only, safe from other threads). */
    public java.util.Optional<org.drillgrid.engine.hazard.flood.FloodView> flood() {
        return sim.flood();
    }

    /** The earthquake, when the scenario has one. */
    public java.util.Optional<org.drillgrid.engine.hazard.quake.QuakeView> quake() {
        return sim.quake();
    }

    /** The fire, when the scenario has one. */
    public java.util.Optional<org.drillgrid.engine.hazard.fire.FireView> fire() {
        return sim.fire();
    }

    /** People, teams, shelters and depots of the run (stepping thread only). */
    public org.drillgrid.engine.response.Response response() {
        return sim.response();
    }

    /** The ground truth now, for maps (takes the run's lock; safe from any thread). */
    public synchronized Frame frame() {
        Frame f = sim.response().frame(sim.elapsed(), sim.flood().map(x -> x.depths()).orElse(null));
        int n = f.cols() * f.rows();
        java.util.BitSet burned = null;
        java.util.BitSet fireline = null;
        if (sim.fire().isPresent()) {
            var fire = sim.fire().get();
            burned = new java.util.BitSet(n);
            fireline = new java.util.BitSet(n);
            for (int i = 0; i < n; i++) {
                burned.set(i, fire.burned(i));
                fireline.set(i, fire.isFireline(i));
            }
        }
        byte[] damage = null;
        if (sim.quake().isPresent()) {
            var quake = sim.quake().get();
            damage = new byte[n];
            for (int i = 0; i < n; i++) {
                damage[i] = (byte) quake.damage(i);
            }
        }
        return burned == null && damage == null ? f : f.withHazards(burned, fireline, damage);
    }

    /** The response indicators now, against the scenario's targets (stepping thread only). */
    public org.drillgrid.engine.kpi.Kpis kpis() {
        return sim.response().kpis(sim.elapsed(), scenario.scenario().targetsOrNone());
    }

    public LoadedScenario scenario() {
        return scenario;
    }

    public World world() {
        return sim.world();
    }

    /**
     * Subscribes to the whole log: first the events logged while the run started, then every event as it
     * is recorded. Only before the first tick.
     */
    public synchronized Runnable subscribeFromStart(Consumer<SimEvent> subscriber) {
        if (sim.schedule.getSteps() > 0) {
            throw new IllegalStateException("the run has already stepped");
        }
        early.forEach(subscriber);
        return recorder.subscribe(subscriber);
    }

    /** Subscribes to events as they are recorded (on the stepping thread); returns the unsubscribe action. */
    public Runnable subscribe(Consumer<SimEvent> subscriber) {
        return recorder.subscribe(subscriber);
    }

    public Map<String, Long> eventCounts() {
        return recorder.counts();
    }

    public long eventTotal() {
        return recorder.total();
    }

    @Override
    public void close() throws IOException {
        recorder.close();
    }
}
