package org.drillgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.drillgrid.engine.bench.BenchmarkCity;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.validate.LoadedScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drillgrid bench city}: the whole engine at city scale. Builds {@link BenchmarkCity} from the seed
 * (100 000 households, 200 teams, 20 depots, 40 shelters on 500 × 500 cells, a 72 h river flood), runs it
 * with the {@code auto} policy and prints each run's wall time, sim-time/wall-time ratio and work counters,
 * then the median. The flood's share is measured by running the same city without people or forces and
 * with no policy ({@code --flood-runs} times); the rest of the wall time is the agents'. The last line is
 * exactly {@code sim/wall: <median, rounded>}.
 */
@Command(name = "city", mixinStandardHelpOptions = true,
        description = {"Time the engine on a synthetic city: 100 000 households, 200 teams, 20 depots,",
                "40 shelters, 500 x 500 cells of 50 m, a 72 h river flood, the auto policy.",
                "The last line is 'sim/wall: <median>'."})
final class BenchCityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--until", converter = DurationConverter.class, defaultValue = "72h",
            description = "sim time per run, at most 72h (default: ${DEFAULT-VALUE})")
    private SimDuration until;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--seed", defaultValue = "1",
            description = "seed of the city and of the runs (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--flood-runs", defaultValue = "1",
            description = "runs of the flood alone (same city, no people, no forces, no policy) to tell the flood's "
                    + "share; 0 skips them (default: ${DEFAULT-VALUE})")
    private int floodRuns;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || warmup < 0 || floodRuns < 0) {
            throw new InputException("--runs must be >= 1, --warmup and --flood-runs >= 0");
        }
        if (until.seconds() <= 0 || until.seconds() > BenchmarkCity.DURATION) {
            throw new InputException("--until must be between 1s and " + SimDuration.format(BenchmarkCity.DURATION)
                    + ", is " + until);
        }
        long end = until.seconds();
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        LoadedScenario city = BenchmarkCity.build(seed);
        describe(out, city, (System.nanoTime() - t0) / 1e9, end);
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            CityRunFigures f = CityRunFigures.time(city, seed, end, Policy.of("auto"));
            boolean timed = i >= warmup;
            if (timed) {
                walls.add(f.wallSeconds());
            }
            String label = timed ? "run " + (i - warmup + 1) : "warm-up " + (i + 1);
            out.printf(Locale.ROOT, "  %s: %s%n    %s%n    %s%n", label, f.timing(), f.whatBecameOfHouseholds(),
                    f.eventsByType());
            out.flush();
        }
        double median = BenchCommand.median(walls);
        out.printf(Locale.ROOT, "median of %d: %.3f s wall, %,.0f x real time%n", runs, median, end / median);
        if (floodRuns > 0) {
            floodShare(out, city, end, median);
        }
        out.printf(Locale.ROOT, "sim/wall: %d%n", Math.round(end / median));
        out.flush();
        return 0;
    }

    private void describe(PrintWriter out, LoadedScenario city, double buildSeconds, long end) {
        var s = city.scenario();
        var forces = s.forcesOrNone();
        long persons = Math.round(city.layer("population").orElseThrow().sum());
        long reserve = forces.teamsOrEmpty().stream().filter(Team::onRequestOrDefault).count();
        long capacity = forces.sheltersOrEmpty().stream().mapToLong(sh -> sh.capacity()).sum();
        out.printf(Locale.ROOT, "bench city: seed %d, %d x %d cells of %.0f m, %s of sim time in steps of %ds, "
                + "policy auto, %d warm-up + %d timed runs, %d cores%n", seed, s.grid().cols(), s.grid().rows(),
                s.grid().cellSize(), SimDuration.format(end), s.timeStepSeconds(), warmup, runs,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "city: %,d residents, %d teams (%d held in reserve), %d depots, %d shelters "
                + "(%,d places), river flood with rain; built in %.2f s%n", persons, forces.teamsOrEmpty().size(),
                reserve, forces.depotsOrEmpty().size(), forces.sheltersOrEmpty().size(), capacity, buildSeconds);
        out.flush();
    }

    /**
     * Times the flood alone: the same ground, water and rain with no residents, no forces and no policy.
     * Pumps the auto policy sends change the water a little, so the sub-step counts are printed to compare.
     */
    private void floodShare(PrintWriter out, LoadedScenario city, long end, double median) throws IOException {
        LoadedScenario bare = BenchmarkCity.withoutPeople(city);
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < floodRuns; i++) {
            CityRunFigures f = CityRunFigures.time(bare, seed, end, Policy.NONE);
            walls.add(f.wallSeconds());
            out.printf(Locale.ROOT, "  flood alone %d: %s%n", i + 1, f.timing());
            out.flush();
        }
        double flood = BenchCommand.median(walls);
        double rest = median - flood;
        out.printf(Locale.ROOT, "flood alone: %.3f s wall (%.0f %% of the median run), %,.0f x real time%n", flood,
                100 * flood / median, end / flood);
        out.printf(Locale.ROOT, "agents and the rest (median run minus flood alone): %.3f s wall, %s%n", rest,
                rest > 0 ? String.format(Locale.ROOT, "%,.0f x real time", end / rest) : "within the noise");
    }
}
