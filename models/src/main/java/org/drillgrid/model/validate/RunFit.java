package org.drillgrid.model.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.Scenario;

/**
 * The rules that need the rasters or the machine, checked once the document itself is valid: the heap a
 * run of the grid and its residents needs against this JVM's largest heap, the residents of the whole
 * grid, and water levels against the highest ground (docs/scenario-format.md, "Ranges").
 */
final class RunFit {

    private RunFit() {
    }

    /** Before the layers are read: whether the heap can hold the grid at all. */
    static boolean gridFits(GridSpec grid, List<Violation> out) {
        return heap(grid, 0, Runtime.getRuntime().maxMemory(), out);
    }

    /** With the layers read and their values checked. */
    static void check(Scenario s, Map<String, GridLayer> layers, List<Violation> out) {
        GridLayer population = layers.get("population");
        long residents = population == null ? 0 : LayerReader.residents(population);
        if (residents > Bounds.MAX_RESIDENTS) {
            out.add(new Violation("$.layers.population", String.format(Locale.ROOT,
                    "%d residents in the grid; at most %d are simulated", residents, Bounds.MAX_RESIDENTS)));
            return;
        }
        if (!heap(s.grid(), residents, Runtime.getRuntime().maxMemory(), out)) {
            return;
        }
        GridLayer elevation = layers.get("elevation");
        if (elevation != null) {
            double top = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < elevation.size(); i++) {
                top = Math.max(top, elevation.at(i));
            }
            waterLevels(s, top, out);
        }
    }

    /** Whether a run of {@code grid} with {@code residents} fits a heap of {@code max} bytes; if not, says so. */
    static boolean heap(GridSpec grid, long residents, long max, List<Violation> out) {
        long cells = (long) grid.cols() * grid.rows();
        long needed = Bounds.heapNeeded(cells, residents);
        if (max != Long.MAX_VALUE && needed > max) {
            out.add(new Violation("$.grid", String.format(Locale.ROOT,
                    "a run of %d cells%s needs about %d MB of heap, and this Java has %d MB; give Java more "
                            + "(-Xmx, e.g. DRILLGRID_JAVA_OPTS=-Xmx%dm) or use fewer cells",
                    cells, residents > 0 ? " and " + residents + " residents" : "", needed >> 20, max >> 20,
                    ((needed >> 20) / 256 + 1) * 256)));
            return false;
        }
        return true;
    }

    /** Stage boundaries and reservoirs at most {@link Bounds#MAX_WATER_ABOVE_GROUND} above the highest ground. */
    private static void waterLevels(Scenario s, double top, List<Violation> out) {
        double limit = top + Bounds.MAX_WATER_ABOVE_GROUND;
        var hazards = s.hazardsOrEmpty();
        for (int h = 0; h < hazards.size(); h++) {
            if (!(hazards.get(h) instanceof FloodSpec f)) {
                continue;
            }
            String path = "$.hazards[" + h + "]";
            var bs = f.boundariesOrEmpty();
            for (int i = 0; i < bs.size(); i++) {
                FloodSpec.EdgeBoundary b = bs.get(i);
                if (b == null || !"stage".equals(b.type()) || b.series() == null) {
                    continue;
                }
                var points = b.series().points();
                for (int k = 0; k < points.size(); k++) {
                    double v = points.get(k).get(1);
                    if (v > limit) {
                        out.add(new Violation(path + ".boundaries[" + i + "].series[" + k + "]", tooHigh("stage", v, top)));
                    }
                }
            }
            var rs = f.reservoirsOrEmpty();
            for (int i = 0; i < rs.size(); i++) {
                FloodSpec.Reservoir r = rs.get(i);
                if (r != null && r.level() != null && r.level() > limit) {
                    out.add(new Violation(path + ".reservoirs[" + i + "].level", tooHigh("level", r.level(), top)));
                }
            }
        }
    }

    private static String tooHigh(String what, double v, double top) {
        return String.format(Locale.ROOT, "%s %s m is more than %s m above the highest ground (%s m)", what,
                plain(v), plain(Bounds.MAX_WATER_ABOVE_GROUND), plain(top));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
