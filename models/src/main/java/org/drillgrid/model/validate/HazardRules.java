package org.drillgrid.model.validate;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.QuakeSpec;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.SimDuration;

/** The rules of the earthquake and fire entries, reported through the validator's {@code add(path, message)}. */
final class HazardRules {

    /** Magnitudes the attenuation relation was fitted on (Yu et al. 2013: Ms 4-8.5, extended a little). */
    static final double MIN_MAGNITUDE = 3.0;
    static final double MAX_MAGNITUDE = 9.0;

    private HazardRules() {
    }

    static void quake(QuakeSpec q, String path, GridSpec grid, FloodSpec flood, BiConsumer<String, String> add) {
        if (q.magnitude() == null) {
            add.accept(path + ".magnitude", "is required: the main shock's surface-wave magnitude, e.g. 6.0");
        } else if (!(q.magnitude() >= MIN_MAGNITUDE && q.magnitude() <= MAX_MAGNITUDE)) {
            add.accept(path + ".magnitude", "must be between " + MIN_MAGNITUDE + " and " + MAX_MAGNITUDE);
        }
        QuakeSpec.Epicentre e = q.epicentre();
        if (e == null) {
            add.accept(path + ".epicentre", "is required: a cell [col, row] or coordinates {\"x\": m, \"y\": m}");
        } else if (e.cell() != null) {
            cell(e.cell(), path + ".epicentre", grid, add);
        } else if (e.x() != null && e.y() != null && grid != null && grid.cols() != null && grid.rows() != null
                && grid.cellSize() != null) {
            // the shaking is computed from the distance to every cell: keep it a distance, not an overflow
            double x0 = grid.originX() == null ? 0 : grid.originX();
            double y0 = grid.originY() == null ? 0 : grid.originY();
            double dx = Math.max(x0 - e.x(), e.x() - (x0 + grid.cols() * grid.cellSize()));
            double dy = Math.max(y0 - e.y(), e.y() - (y0 + grid.rows() * grid.cellSize()));
            if (!(Math.max(dx, dy) <= Bounds.MAX_EPICENTRE_DISTANCE)) {
                add.accept(path + ".epicentre", "must lie within " + (long) (Bounds.MAX_EPICENTRE_DISTANCE / 1000)
                        + " km of the grid");
            }
        }
        if (q.depthKm() != null && !(q.depthKm() > 0 && q.depthKm() <= 100)) {
            add.accept(path + ".depthKm", "must be > 0 and at most 100 km (a shallow crustal earthquake)");
        }
        if (q.strikeDeg() != null && !(q.strikeDeg() >= 0 && q.strikeDeg() < 360)) {
            add.accept(path + ".strikeDeg", "must be a bearing >= 0 and < 360 degrees");
        }
        if (q.at() == null) {
            add.accept(path + ".at", "is required: when the main shock strikes, e.g. \"30m\"");
        }
        if (q.region() != null && !QuakeSpec.REGIONS.contains(q.region())) {
            add.accept(path + ".region", "must be one of " + QuakeSpec.REGIONS);
        }
        if (q.aftershocks() != null && q.aftershocks().minMagnitude() != null) {
            double min = q.aftershocks().minMagnitude();
            if (!(min >= MIN_MAGNITUDE)) {
                add.accept(path + ".aftershocks.minMagnitude", "must be at least " + MIN_MAGNITUDE);
            } else if (q.magnitude() != null && !(min < q.magnitude() - 1.2)) {
                add.accept(path + ".aftershocks.minMagnitude", "must be below the largest aftershock Båth's law "
                        + "allows, magnitude - 1.2 = " + Math.round((q.magnitude() - 1.2) * 10) / 10.0);
            }
        }
        List<QuakeSpec.Dam> dams = q.damsOrEmpty();
        for (int i = 0; i < dams.size(); i++) {
            String p = path + ".dams[" + i + "]";
            QuakeSpec.Dam d = dams.get(i);
            if (d == null) {
                continue;
            }
            if (flood == null) {
                add.accept(p, "a dam breach needs a flood hazard, and this scenario has none");
            } else if (d.levee() == null) {
                add.accept(p + ".levee", "is required: the id of a levee or dam of the flood");
            } else if (flood.leveesOrEmpty().stream().noneMatch(l -> l != null && d.levee().equals(l.id()))) {
                add.accept(p + ".levee", "no levee or dam '" + d.levee() + "' in the flood");
            }
            if (d.breachPga() != null && !(d.breachPga() > 0 && d.breachPga() <= 3)) {
                add.accept(p + ".breachPga", "must be > 0 and at most 3 (g)");
            }
        }
    }

    static void fire(FireSpec f, String path, GridSpec grid, long duration, BiConsumer<String, String> add) {
        List<FireSpec.Ignition> ignitions = f.ignitionsOrEmpty();
        for (int i = 0; i < ignitions.size(); i++) {
            String p = path + ".ignitions[" + i + "]";
            FireSpec.Ignition ig = ignitions.get(i);
            if (ig == null) {
                continue;
            }
            cell(ig.cell(), p + ".cell", grid, add);
            if (ig.at() == null) {
                add.accept(p + ".at", "is required: when the fire starts");
            } else if (duration > 0 && ig.at().seconds() >= duration) {
                add.accept(p + ".at", "is at or after the end of the run (" + SimDuration.format(duration) + ")");
            }
        }
        if (f.fuelModel() != null && f.fuelModelByLandUse() != null) {
            add.accept(path + ".fuelModelByLandUse", "give either fuelModel (one for all) or fuelModelByLandUse");
        }
        if (f.fuelModel() != null && FireSpec.fuelCode(f.fuelModel()) == null) {
            add.accept(path + ".fuelModel", "unknown fuel model '" + f.fuelModel() + "' (Anderson 1-13 or Scott and "
                    + "Burgan codes such as GR2, GS4, TU5, TL8, NB1)");
        }
        if (f.fuelModelByLandUse() != null) {
            for (Map.Entry<String, String> e : f.fuelModelByLandUse().entrySet()) {
                String p = path + ".fuelModelByLandUse." + e.getKey();
                if (LandUse.ofJson(e.getKey()) == null) {
                    add.accept(p, "unknown land use (one of " + String.join(", ",
                            java.util.Arrays.stream(LandUse.values()).map(LandUse::json).toList()) + ")");
                } else if (FireSpec.fuelCode(e.getValue()) == null) {
                    add.accept(p, "unknown fuel model '" + e.getValue() + "'");
                }
            }
        }
        List<Double> m = f.moisture();
        if (m != null) {
            if (m.size() != 5 || m.stream().anyMatch(java.util.Objects::isNull)) {
                add.accept(path + ".moisture", "expected five percentages: [1 h, 10 h, 100 h, live herbaceous, "
                        + "live woody]");
            } else {
                for (int i = 0; i < 3; i++) {
                    if (!(m.get(i) >= 1 && m.get(i) <= 60)) {
                        add.accept(path + ".moisture[" + i + "]", "dead fuel moisture must be between 1 and 60 %");
                    }
                }
                for (int i = 3; i < 5; i++) {
                    if (!(m.get(i) >= 30 && m.get(i) <= 300)) {
                        add.accept(path + ".moisture[" + i + "]", "live fuel moisture must be between 30 and 300 %");
                    }
                }
            }
        }
        List<List<Double>> wind = f.windOrEmpty();
        double last = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < wind.size(); i++) {
            String p = path + ".wind[" + i + "]";
            List<Double> w = wind.get(i);
            if (w == null || w.size() != 3 || w.stream().anyMatch(java.util.Objects::isNull)) {
                add.accept(p, "expected [t_seconds, midflame m/s, from degrees]");
                return;
            }
            if (!(w.get(0) >= 0 && w.get(0) > last)) {
                add.accept(p, "time must be >= 0 and rise from entry to entry");
            }
            last = w.get(0);
            if (!(w.get(1) >= 0 && w.get(1) <= 30)) {
                add.accept(p, "midflame wind must be between 0 and 30 m/s");
            }
            if (!(w.get(2) >= 0 && w.get(2) < 360)) {
                add.accept(p, "direction must be a bearing >= 0 and < 360 degrees (where the wind blows from)");
            }
        }
        if (f.roadBarriers() != null && !FireSpec.ROAD_BARRIERS.contains(f.roadBarriers())) {
            add.accept(path + ".roadBarriers", "must be one of " + FireSpec.ROAD_BARRIERS);
        }
    }

    private static void cell(CellRef c, String p, GridSpec grid, BiConsumer<String, String> add) {
        if (c == null) {
            add.accept(p, "is required: a cell [col, row]");
        } else if (grid != null && grid.cols() != null && grid.rows() != null && !grid.contains(c.col(), c.row())) {
            add.accept(p, "cell " + c + " is outside the grid (" + grid.cols() + " x " + grid.rows() + ")");
        }
    }
}
