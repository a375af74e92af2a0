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

    /**
     * The inputs of a run: {@code timeline} holds orders and controller actions, each with its time
     * {@code t}, in the order they arrived (inputs of the same tick are applied in that order); ratings judge
     * the run, they do not change it.
     */
    public record Inputs(List<Object> timeline, List<ObserverRating> ratings) {
        public static final Inputs NONE = new Inputs(List.of(), List.of());

        public Inputs {
            for (Object o : timeline) {
                if (!(o instanceof Order) && !(o instanceof ControllerAction)) {
                    throw new IllegalArgumentException("an input is an order or a controller action, not " + o);
                }
            }
            timeline = List.copyOf(timeline);
            ratings = List.copyOf(ratings);
        }

        /** Orders only (a headless run's {@code --orders}). */
        public static Inputs ofOrders(List<Order> orders, List<ObserverRating> ratings) {
            return new Inputs(new ArrayList<>(orders), ratings);
        }

        boolean ordersOnly() {
            return timeline.stream().allMatch(Order.class::isInstance);
        }
    }

    /** What was written. */
    public record Written(RunMetrics metrics, Scorecard scorecard, RunManifest manifest) {
    }

    public static final String ORDERS = "orders.jsonl";
    /** Orders and controller actions in arrival order, one {@code {"order": …}} or {@code {"control": …}} a line. */
    public static final String INPUTS = "inputs.jsonl";
    public static final String RATINGS = "ratings.jsonl";
    /**
     * The scenario document the run was made of (without its layer files): what the report names places,
     * shelters, teams and injects by.
     */
    public static final String SCENARIO = "scenario.snapshot.json";

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
        org.drillgrid.model.json.Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(SCENARIO).toFile(), s);
        boolean ordersOnly = inputs.ordersOnly();
        String orders = lines(dir.resolve(ORDERS), ordersOnly ? inputs.timeline() : List.of());
        String mixed = lines(dir.resolve(INPUTS), ordersOnly ? List.of() : wrapped(inputs.timeline()));
        String ratings = lines(dir.resolve(RATINGS), inputs.ratings());
        List<SimEvent> scored = new ArrayList<>();
        long started = System.nanoTime();
        try (SimulationRun run = SimulationRun.start(loaded, seed, until, dir.resolve("events.jsonl"), policy,
                List.of());
                FloodOutputs flood = run.flood().isEmpty() ? null
                        : new FloodOutputs(run.flood().get(), s.grid(), dir, gridTimes);
                HazardOutputs hazards = run.quake().isEmpty() && run.fire().isEmpty() ? null
                        : new HazardOutputs(run.quake().orElse(null), run.fire().orElse(null), s.grid(), dir);
                KpiSeries series = new KpiSeries(dir.resolve("kpis.csv"))) {
            queue(run, inputs.timeline());
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
                if (hazards != null) {
                    hazards.afterTick(run.now());
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
                    mixed, ratings, run.eventTotal(), RunManifest.sha256(dir.resolve("events.jsonl")));
            manifest.write(dir);
            return new Written(metrics, card, manifest);
        }
    }

    /** Queues orders and controller actions in their arrival order (the same order as in a live run). */
    public static void queue(SimulationRun run, List<?> timeline) {
        for (Object o : timeline) {
            if (o instanceof Order order) {
                run.replayInput(order);
            } else {
                run.replayInput((ControllerAction) o);
            }
        }
    }

    private static List<Object> wrapped(List<Object> timeline) {
        List<Object> out = new ArrayList<>();
        for (Object o : timeline) {
            out.add(java.util.Map.of(o instanceof Order ? "order" : "control", o));
        }
        return out;
    }

    /** Reads an {@value #INPUTS} file back: orders and controller actions in their order. */
    public static List<Object> readInputs(Path file) throws IOException {
        List<Object> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            var node = Json.mapper().readTree(line);
            if (node.has("order")) {
                out.add(Json.mapper().treeToValue(node.get("order"), Order.class));
            } else if (node.has("control")) {
                out.add(Json.mapper().treeToValue(node.get("control"), ControllerAction.class));
            } else {
                throw new IOException(file.getFileName() + ": a line without \"order\" or \"control\": " + line);
            }
        }
        return out;
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
