package org.drillgrid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.drillgrid.engine.record.RunOutputs;
import org.drillgrid.engine.record.RunMetrics;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code drillgrid run FILE|ID --seed N --until 6h --out DIR}: a headless run at full speed. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario headless at full speed.",
                "Writes DIR/events.jsonl (the event log), DIR/metrics.json, DIR/kpis.csv, DIR/scorecard.json,",
                "DIR/summary.txt and DIR/run.json (what 'drillgrid replay DIR' needs to make the run again)."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioArgument scenario;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: the scenario's seed)")
    private Long seed;

    @Option(names = "--until", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "sim time to stop at, e.g. 6h, 90m, 3600 (default: the scenario's duration)")
    private SimDuration until;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: runs/<id>-seed<N>)")
    private Path out;

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = "none",
            description = "who pulls the levers: none (no response, the default) or auto (a plan-following commander)")
    private String policy;

    @Option(names = "--orders", paramLabel = "FILE",
            description = "scripted orders, one JSON order per line: {\"t\": <sim s>, \"role\": ..., \"type\": ..., ...}")
    private Path orders;

    @Option(names = "--ratings", paramLabel = "FILE",
            description = "observer ratings, one JSON per line: {\"objective\": ..., \"rating\": \"P|S|M|U\", \"note\": ...}")
    private Path ratings;

    @Option(names = "--quiet", description = "no progress bar")
    private boolean quiet;

    @Option(names = "--grid-times", split = ",", paramLabel = "T", converter = DurationConverter.class,
            description = "with a flood: also write DIR/grids/depth_<seconds>.asc at these sim times, e.g. 1800,1h")
    private java.util.List<SimDuration> gridTimes = new java.util.ArrayList<>();

    @Override
    public Integer call() throws IOException, ScenarioException {
        LoadedScenario loaded = scenario.load();
        var s = loaded.scenario();
        long runSeed = seed != null ? seed : s.seedOrDefault();
        long duration = s.duration().seconds();
        long end = until != null ? until.seconds() : duration;
        if (end <= 0 || end > duration) {
            throw new InputException("--until " + SimDuration.format(end) + " is outside the scenario's duration ("
                    + s.duration() + ")");
        }
        Path dir = out != null ? out : Path.of("runs", s.id() + "-seed" + runSeed);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out " + dir + " is a file, not a folder");
        }
        org.drillgrid.engine.response.Policy chosen;
        try {
            chosen = org.drillgrid.engine.response.Policy.of(policy);
        } catch (IllegalArgumentException e) {
            throw new InputException("--policy: " + e.getMessage());
        }
        java.util.List<org.drillgrid.model.order.Order> timeline = readOrders(end);
        java.util.List<org.drillgrid.model.drill.ObserverRating> rated = readRatings();
        if (!gridTimes.isEmpty() && loaded.scenario().hazardsOrEmpty().stream()
                .noneMatch(h -> h instanceof org.drillgrid.model.hazard.FloodSpec)) {
            throw new InputException("--grid-times needs a scenario with a flood hazard");
        }
        ProgressBar bar = quiet ? null : new ProgressBar(spec.commandLine().getErr(), end);
        var written = RunOutputs.write(loaded, source(), runSeed, end, chosen,
                RunOutputs.Inputs.ofOrders(timeline, rated), dir,
                gridTimes.stream().map(SimDuration::seconds).toList(), bar == null ? null : bar::update);
        if (bar != null) {
            bar.done(end);
        }
        RunMetrics metrics = written.metrics();
        String summary = metrics.summary();
        Files.writeString(dir.resolve("summary.txt"), summary);
        spec.commandLine().getOut().print(summary);
        spec.commandLine().getOut().println("written to " + dir);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private String source() {
        java.nio.file.Path p = java.nio.file.Path.of(scenario.given());
        return Files.exists(p) ? p.toAbsolutePath().normalize().toString() : scenario.given();
    }

    private java.util.List<org.drillgrid.model.order.Order> readOrders(long end) throws IOException {
        if (orders == null) {
            return java.util.List.of();
        }
        if (!Files.isRegularFile(orders)) {
            throw new InputException("--orders " + orders + ": " + notAFile(orders));
        }
        try {
            var list = org.drillgrid.model.order.OrderReader.readFile(orders);
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).t() >= end) {
                    throw new InputException("--orders: order " + (i + 1) + " (" + list.get(i).typeName() + " at t="
                            + list.get(i).t() + ") is not before the run's end (" + SimDuration.format(end) + ")");
                }
            }
            return list;
        } catch (org.drillgrid.model.order.OrderException e) {
            throw new InputException("--orders " + e.getMessage());
        }
    }

    /** Why an input path is not read: missing, or a FIFO, device or folder that would block or never end. */
    private static String notAFile(Path p) {
        return Files.exists(p) ? "not a regular file (a folder, pipe, device or socket)" : "no such file";
    }

    private java.util.List<org.drillgrid.model.drill.ObserverRating> readRatings() throws IOException {
        if (ratings == null) {
            return java.util.List.of();
        }
        if (!Files.isRegularFile(ratings)) {
            throw new InputException("--ratings " + ratings + ": " + notAFile(ratings));
        }
        return ObserverRatings.read(ratings);
    }

}
