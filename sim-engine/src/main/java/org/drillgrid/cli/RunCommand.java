package org.drillgrid.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.record.FloodOutputs;
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
                "Writes DIR/events.jsonl (the event log), DIR/metrics.json and DIR/summary.txt."})
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
        Files.createDirectories(dir);
        long started = System.nanoTime();
        ProgressBar bar = quiet ? null : new ProgressBar(spec.commandLine().getErr(), end);
        try (SimulationRun run = SimulationRun.start(loaded, runSeed, end, dir.resolve("events.jsonl"), chosen);
                FloodOutputs flood = floodOutputs(run, dir);
                org.drillgrid.engine.record.KpiSeries series = new org.drillgrid.engine.record.KpiSeries(
                        dir.resolve("kpis.csv"))) {
            run.subscribe(series);
            while (run.step()) {
                if (flood != null) {
                    flood.afterTick(run.now());
                }
                if (bar != null) {
                    bar.update(run.now());
                }
            }
            if (flood != null) {
                flood.afterTick(run.now());
            }
            if (bar != null) {
                bar.done(run.now());
            }
            RunMetrics metrics = RunMetrics.of(run, (System.nanoTime() - started) / 1e9);
            metrics.writeJson(dir.resolve("metrics.json"));
            String summary = metrics.summary();
            Files.writeString(dir.resolve("summary.txt"), summary);
            spec.commandLine().getOut().print(summary);
            spec.commandLine().getOut().println("written to " + dir);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    private FloodOutputs floodOutputs(SimulationRun run, Path dir) throws IOException {
        if (run.flood().isEmpty()) {
            if (!gridTimes.isEmpty()) {
                throw new InputException("--grid-times needs a scenario with a flood hazard");
            }
            return null;
        }
        return new FloodOutputs(run.flood().get(), run.scenario().scenario().grid(), dir,
                gridTimes.stream().map(SimDuration::seconds).toList());
    }
}
