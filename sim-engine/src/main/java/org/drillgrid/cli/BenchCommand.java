package org.drillgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drillgrid bench FILE|ID}: times full-speed runs of a scenario (no files written) and prints each
 * run and the median, as sim-time/wall-time ratio and, with a flood, solver cell updates per second.
 * Speed is measured here, never in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchFloodCommand.class, BenchCityCommand.class},
        description = {"Time full-speed runs of a scenario and print the figures (median of --runs).",
                "'bench flood' measures the flood solver against the machine's copy bandwidth;",
                "'bench city' times the whole engine on a synthetic city of 100 000 households."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|ID", arity = "0..1",
            description = "scenario file (or folder with scenario.json) or bundled id")
    private String scenario;

    @Option(names = "--until", converter = DurationConverter.class, defaultValue = "6h",
            description = "sim time per run (default: ${DEFAULT-VALUE})")
    private SimDuration until;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Override
    public Integer call() throws IOException, ScenarioException {
        if (runs < 1 || warmup < 0) {
            throw new InputException("--runs must be >= 1 and --warmup >= 0");
        }
        if (scenario == null) {
            throw new InputException("name a scenario (FILE|ID), or use 'bench flood' or 'bench city'");
        }
        LoadedScenario loaded = org.drillgrid.model.validate.ScenarioLoader.load(ScenarioArgument.resolve(scenario));
        long end = Math.min(until.seconds(), loaded.scenario().duration().seconds());
        PrintWriter out = spec.commandLine().getOut();
        int cells = loaded.scenario().grid().cellCount();
        out.printf(Locale.ROOT, "bench %s: %s of sim time, %d cells, %d warm-up + %d timed runs%n",
                loaded.scenario().id(), SimDuration.format(end), cells, warmup, runs);
        List<Double> walls = new ArrayList<>();
        long subSteps = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime();
            try (SimulationRun run = SimulationRun.start(loaded, loaded.scenario().seedOrDefault(), end, null)) {
                while (run.step()) {
                    // full speed
                }
                subSteps = run.flood().map(f -> f.subSteps()).orElse(0L);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (i >= warmup) {
                walls.add(wall);
                out.printf(Locale.ROOT, "  run %d: %.3f s wall, %,.0f x real time%n", i - warmup + 1, wall, end / wall);
            }
        }
        double median = median(walls);
        out.printf(Locale.ROOT, "median: %.3f s wall, %,.0f x real time", median, end / median);
        if (subSteps > 0) {
            out.printf(Locale.ROOT, ", %d flood sub-steps, %.1f million cell updates/s", subSteps,
                    subSteps * (double) cells / median / 1e6);
        }
        out.println();
        out.flush();
        return 0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
