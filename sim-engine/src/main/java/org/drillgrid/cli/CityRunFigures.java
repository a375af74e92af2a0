package org.drillgrid.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.hazard.flood.FloodView;
import org.drillgrid.engine.people.People;
import org.drillgrid.engine.people.Population;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.validate.LoadedScenario;

/**
 * One full-speed run of {@code bench city} and what it did: wall time (run start to run end, nothing
 * else), then counters read after the clock stopped: solver sub-steps, agenda actions, flow fields, what
 * became of the households, and events by type.
 */
record CityRunFigures(long simSeconds, double wallSeconds, long subSteps, long agendaActions, long flowFields,
        int households, int reached, int sheltered, int stranded, int rescued, Map<String, Long> events,
        long eventTotal) {

    /** Runs {@code scenario} from 0 to {@code until} with {@code policy}, timing the run alone. */
    static CityRunFigures time(LoadedScenario scenario, long seed, long until, Policy policy) throws IOException {
        System.gc(); // the previous run's garbage is not this run's cost
        long t0 = System.nanoTime();
        try (SimulationRun run = SimulationRun.start(scenario, seed, until, null, policy)) {
            while (run.step()) {
                // full speed
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            People people = run.response().people();
            Population pop = people.population();
            int reached = 0;
            int sheltered = 0;
            int stranded = 0;
            int rescued = 0;
            for (int h = 0; h < pop.count(); h++) {
                reached += Double.isNaN(people.hazardReachedAt(pop.home(h))) ? 0 : 1;
                sheltered += pop.state(h) == Population.State.SHELTERED ? 1 : 0;
                stranded += pop.state(h) == Population.State.STRANDED ? 1 : 0;
                rescued += Double.isNaN(pop.rescuedAt(h)) ? 0 : 1;
            }
            return new CityRunFigures(run.now(), wall, run.flood().map(FloodView::subSteps).orElse(0L),
                    run.response().agenda().done(), run.response().mobility().fieldsComputed(), pop.count(), reached,
                    sheltered, stranded, rescued, run.eventCounts(), run.eventTotal());
        }
    }

    double simPerWall() {
        return simSeconds / wallSeconds;
    }

    /** Wall time, speed and the engine's work counters, on one line. */
    String timing() {
        return String.format(Locale.ROOT, "%.3f s wall, %,.0f x real time; %,d flood sub-steps, %,d agenda actions, "
                + "%,d flow fields computed", wallSeconds, simPerWall(), subSteps, agendaActions, flowFields);
    }

    /** What became of the households (a household counts once, in its state at the end). */
    String whatBecameOfHouseholds() {
        return String.format(Locale.ROOT, "households %,d: %,d reached by water >= %.1f m (%.1f %%), %,d sheltered, "
                + "%,d stranded, %,d rescued", households, reached, People.AFFECTED_DEPTH,
                households == 0 ? 0.0 : 100.0 * reached / households, sheltered, stranded, rescued);
    }

    /** Events by type, sorted by type name. */
    String eventsByType() {
        return String.format(Locale.ROOT, "events %,d: ", eventTotal) + events.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
