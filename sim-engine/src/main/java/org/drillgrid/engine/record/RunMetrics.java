package org.drillgrid.engine.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.engine.World;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Targets;

/**
 * The figures of a finished (or stopped) run, written as {@code metrics.json}: what was run, how far,
 * events by type, the world it ran on, the targets it is scored against, and how fast it ran.
 * Everything but {@code wallSeconds} and {@code simPerWall} is determined by scenario + seed.
 */
@JsonPropertyOrder({"scenario", "seed", "until", "simSeconds", "ticks", "timeStep", "finished", "events",
        "world", "targets", "policy"})
public record RunMetrics(String scenario, long seed, long until, long simSeconds, long ticks, long timeStep,
        boolean finished, Map<String, Long> events, WorldFigures world, Targets targets,
        @com.fasterxml.jackson.annotation.JsonUnwrapped org.drillgrid.engine.kpi.Kpis kpis, double wallSeconds,
        double simPerWall) {

    /** The world a run started from. */
    @JsonPropertyOrder({"cols", "rows", "cellSize", "population", "teams", "teamMembers", "depots", "shelters",
            "shelterCapacity"})
    public record WorldFigures(int cols, int rows, double cellSize, long population, int teams, int teamMembers,
            int depots, int shelters, long shelterCapacity) {
    }

    public static RunMetrics of(SimulationRun run, double wallSeconds) {
        World w = run.world();
        var s = w.scenario();
        WorldFigures world = new WorldFigures(s.grid().cols(), s.grid().rows(), s.grid().cellSize(), w.population(),
                w.forces().teamsOrEmpty().size(), w.teamMembers(), w.forces().depotsOrEmpty().size(),
                w.forces().sheltersOrEmpty().size(), w.shelterCapacity());
        double ratio = wallSeconds > 0 ? run.now() / wallSeconds : 0;
        return new RunMetrics(s.id(), run.seed(), run.until(), run.now(), run.ticks(), s.timeStepSeconds(),
                run.isFinished(), run.eventCounts(), world, s.targetsOrNone(), run.kpis(), round(wallSeconds, 3),
                Math.round(ratio));
    }

    public void writeJson(Path file) throws IOException {
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }

    /** A few lines for people: what ran, how far, what happened. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("Drillgrid run of ").append(scenario).append(", seed ").append(seed).append('\n');
        sb.append(String.format(Locale.ROOT, "simulated %s of %s in %d ticks of %s%s%n", SimDuration.format(simSeconds),
                SimDuration.format(until), ticks, SimDuration.format(timeStep), finished ? "" : " (not finished)"));
        sb.append(String.format(Locale.ROOT, "world: %d x %d cells of %s m, %,d residents, %d teams (%d people), "
                + "%d depots, %d shelters for %,d people%n", world.cols, world.rows, num(world.cellSize),
                world.population, world.teams, world.teamMembers, world.depots, world.shelters, world.shelterCapacity));
        sb.append("events:");
        events.forEach((type, n) -> sb.append(' ').append(type).append('=').append(n));
        sb.append('\n');
        if (targets != null) {
            sb.append("targets: relief within ").append(num(targets.reliefHours())).append(" h, warning coverage ")
                    .append(num(targets.warningCoverage())).append(" %\n");
        }
        if (kpis != null) {
            sb.append(kpiSummary(kpis));
        }
        sb.append(String.format(Locale.ROOT, "wall time %.2f s (%,.0f x real time)%n", wallSeconds, simPerWall));
        return sb.toString();
    }

    /** The response indicators against their targets, for people. */
    static String kpiSummary(org.drillgrid.engine.kpi.Kpis k) {
        StringBuilder sb = new StringBuilder();
        var r = k.relief();
        sb.append(String.format(Locale.ROOT, "policy %s: %,d residents in %,d households%n", k.policy(),
                k.population(), k.households()));
        sb.append(String.format(Locale.ROOT, "relief: %,d affected, %,d relieved; within %s h: %s of %,d judged"
                + " (target: all)%s; median %s h, p90 %s h, max %s h%n", r.affected(), r.relieved(),
                num(r.targetHours()), pct(r.withinTargetShare()), r.judged(),
                r.pending() > 0 ? String.format(Locale.ROOT, ", %,d too recent to judge", r.pending()) : "",
                num(r.medianHours()), num(r.p90Hours()), num(r.maxHours())));
        var w = k.warning();
        String met = w.target() == null || w.coverage() == null ? ""
                : w.coverage() >= w.target() ? " - met" : " - not met";
        sb.append(String.format(Locale.ROOT, "warning coverage: %s of %,d at risk warned before the hazard came"
                + " (target %s)%s; median lead %s min%n", pct(w.coverage()), w.atRisk(), pct(w.target()), met,
                num(w.medianLeadMinutes())));
        sb.append(String.format(Locale.ROOT, "evacuated in time: %s; trapped %,d, rescued %,d (median %s h);"
                + " injured %,d, dead %,d%n", pct(k.evacuatedShare()), k.trapped().total(), k.trapped().rescued(),
                num(k.trapped().medianRescueHours()), k.injured(), k.deaths()));
        return sb.toString();
    }

    private static String pct(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String num(Double v) {
        if (v == null) {
            return "-";
        }
        return v == Math.rint(v) ? Long.toString(v.longValue()) : Double.toString(v);
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
