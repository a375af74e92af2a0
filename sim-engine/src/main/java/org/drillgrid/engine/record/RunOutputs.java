package org.drillgrid.engine.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.engine.score.Scorecard;
import org.drillgrid.engine.score.Scoring;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * Runs a scenario at full speed with its inputs and writes a run folder: {@code events.jsonl},
 * {@code metrics.json}, {@code kpis.csv}, {@code scorecard.json}, the flood grids (and one depth grid at
 * each inject), the inputs ({@code orders.jsonl}, {@code controls.jsonl}, {@code ratings.jsonl}, one JSON
 * per line) and {@code run.json}, from which {@code drillgrid replay} can make the run again. The headless
 * {@code run} and the export of an exercise session both write their folders here.
 */
public final class RunOutputs {

    /** The inputs of a run, each with its time {@code t} (ratings judge the run; they do not change it). */
    public record Inputs(List<Order> orders, List<ControllerAction> actions, List<ObserverRating> ratings) {
        public static final Inputs NONE = new Inputs(List.of(), List.of(), List.of());
    }

    /** What was written. */
    public record Written(RunMetrics metrics, Scorecard scorecard, RunManifest manifest) {
    }

    public static final String ORDERS = "orders.jsonl";
    public static final String CONTROLS = "controls.jsonl";
    public static final String RATINGS = "ratings.jsonl";

    private RunOutputs() {
    }

    /**
     * @param source    the scenario as {@code replay} will find it again: a file path or a bundled id
     * @param gridTimes extra sim times to write depth grids at (a scenario with a flood only)
     * @param progress  told the sim time after every tick (may be null)
     */
    public static Written write(LoadedScenario loaded, String source, long seed, long until, Policy policy,
            Inputs inputs, Path dir, List<Long> gridTimes, LongConsumer progress) throws IOException {
        return write(loaded, source, seed, until, until, policy, inputs, dir, gridTimes, progress);
    }

    /**
     * As above, but stops (a controller's stop, {@code run-ended} "stopped") once sim time {@code stopAt}
     * is reached, before {@code until}: how an exercise session that was stopped or is still under way
     * is made again.
     */
    public static Written write(LoadedScenario loaded, String source, long seed, long until, long stopAt,
            Policy policy, Inputs inputs, Path dir, List<Long> gridTimes, LongConsumer progress) throws IOException {
        var s = loaded.scenario();
        Files.createDirectories(dir);
        String orders = lines(dir.resolve(ORDERS), inputs.orders());
        String controls = lines(dir.resolve(CONTROLS), inputs.actions());
        String ratings = lines(dir.resolve(RATINGS), inputs.ratings());
        List<SimEvent> scored = new ArrayList<>();
        long started = System.nanoTime();
        try (SimulationRun run = SimulationRun.start(loaded, seed, until, dir.resolve("events.jsonl"), policy,
                inputs.orders());
                FloodOutputs flood = run.flood().isEmpty() ? null
                        : new FloodOutputs(run.flood().get(), s.grid(), dir, gridTimes);
                KpiSeries series = new KpiSeries(dir.resolve("kpis.csv"))) {
            for (ControllerAction a : inputs.actions()) {
                run.replayInput(a);
            }
            run.subscribe(series);
            run.subscribe(e -> {
                if (e instanceof InjectFired || e instanceof OrderIssued || e instanceof OrderRejected) {
                    scored.add(e);
                }
                if (flood != null && e instanceof InjectFired f) {
                    flood.snapshotAt(f.t()); // a map of the water at each inject, for the report
                }
            });
            while (run.now() < stopAt && run.step()) {
                if (flood != null) {
                    flood.afterTick(run.now());
                }
                if (progress != null) {
                    progress.accept(run.now());
                }
            }
            run.stop();
            if (flood != null) {
                flood.afterTick(run.now());
            }
            RunMetrics metrics = RunMetrics.of(run, (System.nanoTime() - started) / 1e9);
            metrics.writeJson(dir.resolve("metrics.json"));
            Scorecard card = Scoring.score(s, seed, until, policy.name(), scored, run.kpis(), inputs.ratings());
            card.writeJson(dir.resolve("scorecard.json"));
            RunManifest manifest = new RunManifest(s.id(), s.nameOrId(), source, seed, until,
                    stopAt < until ? Long.valueOf(stopAt) : null, policy.name(), orders,
                    controls, ratings, run.eventTotal(), RunManifest.sha256(dir.resolve("events.jsonl")));
            manifest.write(dir);
            return new Written(metrics, card, manifest);
        }
    }

    /** Writes one JSON per line; returns the file's name, or null (and no file) when there is nothing. */
    private static String lines(Path file, List<?> items) throws IOException {
        Files.deleteIfExists(file);
        if (items.isEmpty()) {
            return null;
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Object o : items) {
                w.write(Json.mapper().writeValueAsString(o));
                w.write('\n');
            }
        }
        return file.getFileName().toString();
    }
}
