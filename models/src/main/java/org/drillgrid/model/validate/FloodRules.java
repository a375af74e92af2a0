package org.drillgrid.model.validate;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.Series;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LandUse;

/** The rules of a flood entry, reported through the validator's {@code add(path, message)}. */
final class FloodRules {

    static final List<String> EDGES = List.of("west", "east", "north", "south");
    static final List<String> BOUNDARY_TYPES = List.of("stage", "inflow", "free");
    static final List<String> MODELS = List.of("none", "curve-number", "green-ampt");
    /** Soil textures of Rawls, Brakensiek and Miller (1983) the engine has parameters for. */
    static final List<String> SOILS = List.of("sand", "loamy-sand", "sandy-loam", "loam", "silt-loam",
            "sandy-clay-loam", "clay-loam", "silty-clay-loam", "sandy-clay", "silty-clay", "clay");

    private FloodRules() {
    }

    static void check(FloodSpec f, String path, GridSpec grid, BiConsumer<String, String> add) {
        if (f.manning() != null && !(f.manning() > 0 && f.manning() < 1)) {
            add.accept(path + ".manning", "must be > 0 and < 1 (s/m^(1/3); streets ~0.015, forest ~0.1)");
        }
        byLandUse(f.manningByLandUse(), path + ".manningByLandUse", n -> n > 0 && n < 1, "must be > 0 and < 1", add);
        if (f.alpha() != null && !(f.alpha() > 0 && f.alpha() <= 1)) {
            add.accept(path + ".alpha", "must be > 0 and at most 1");
        } else if (f.alpha() != null && f.alpha() < Bounds.MIN_ALPHA) {
            add.accept(path + ".alpha", "must be at least " + Bounds.MIN_ALPHA + " (a smaller factor only multiplies "
                    + "the solver's sub-steps)");
        }
        if (f.rainfall() != null) {
            rainfall(f.rainfall(), path + ".rainfall", add);
            List<FloodSpec.RainZone> zones = f.rainfall().zonesOrEmpty();
            for (int i = 0; i < zones.size(); i++) {
                zone(zones.get(i), path + ".rainfall.zones[" + i + "]", grid, add);
            }
        }
        if (f.infiltration() != null) {
            String m = f.infiltration().model();
            if (m == null || !MODELS.contains(m)) {
                add.accept(path + ".infiltration.model", "must be one of " + MODELS);
            }
            if (f.infiltration().soil() != null && !SOILS.contains(f.infiltration().soil())) {
                add.accept(path + ".infiltration.soil", "unknown soil texture (one of " + String.join(", ", SOILS) + ")");
            }
            Double se = f.infiltration().initialSaturation();
            if (se != null && !(se >= 0 && se < 1)) {
                add.accept(path + ".infiltration.initialSaturation", "must be >= 0 and < 1");
            }
            byLandUse(f.infiltration().curveNumberByLandUse(), path + ".infiltration.curveNumberByLandUse",
                    cn -> cn >= 30 && cn <= 100, "must be between 30 and 100", add);
        }
        if (f.drainage() != null) {
            if (f.drainage().capacity() == null || !Bounds.isRain(f.drainage().capacity())) {
                add.accept(path + ".drainage.capacity", "is required: mm/h, 0 to " + plain(Bounds.MAX_RAIN_MM_PER_HOUR));
            }
            if (f.drainage().landUse() != null) {
                for (int i = 0; i < f.drainage().landUse().size(); i++) {
                    if (LandUse.ofJson(f.drainage().landUse().get(i)) == null) {
                        add.accept(path + ".drainage.landUse[" + i + "]", "unknown land use (one of " + landUses() + ")");
                    }
                }
            }
        }
        List<FloodSpec.EdgeBoundary> bs = f.boundariesOrEmpty();
        for (int i = 0; i < bs.size(); i++) {
            boundary(bs.get(i), path + ".boundaries[" + i + "]", grid, add);
        }
        List<FloodSpec.Reservoir> rs = f.reservoirsOrEmpty();
        for (int i = 0; i < rs.size(); i++) {
            String p = path + ".reservoirs[" + i + "]";
            FloodSpec.Reservoir r = rs.get(i);
            if (r == null) {
                continue;
            }
            cell(r.cell(), p + ".cell", grid, add);
            if (r.level() == null) {
                add.accept(p + ".level", "is required: the water level at t = 0, m above datum");
            } else {
                level(p + ".level", r.level(), add);
            }
        }
        List<FloodSpec.Levee> ls = f.leveesOrEmpty();
        for (int i = 0; i < ls.size(); i++) {
            String p = path + ".levees[" + i + "]";
            FloodSpec.Levee l = ls.get(i);
            if (l == null) {
                continue;
            }
            if (l.cells() == null || l.cells().isEmpty()) {
                add.accept(p + ".cells", "is required: the cells of the crest");
            } else {
                for (int k = 0; k < l.cells().size(); k++) {
                    cell(l.cells().get(k), p + ".cells[" + k + "]", grid, add);
                }
            }
            if (l.crest() == null) {
                add.accept(p + ".crest", "is required: crest elevation, m above datum");
            } else {
                level(p + ".crest", l.crest(), add);
            }
            if (l.breach() != null) {
                if (l.breach().at() == null) {
                    add.accept(p + ".breach.at", "is required: when the levee gives way");
                }
                if (l.breach().to() == null) {
                    add.accept(p + ".breach.to", "is required: the breach bottom, m above datum");
                } else if (l.crest() != null && l.breach().to() >= l.crest()) {
                    add.accept(p + ".breach.to", "must be below the crest (" + l.crest() + ")");
                } else {
                    level(p + ".breach.to", l.breach().to(), add);
                }
                if (l.breach().cells() != null) {
                    for (int k = 0; k < l.breach().cells().size(); k++) {
                        var c = l.breach().cells().get(k);
                        if (l.cells() != null && c != null && !l.cells().contains(c)) {
                            add.accept(p + ".breach.cells[" + k + "]", "cell " + c + " is not one of the levee's cells");
                        }
                    }
                }
            }
        }
        List<FloodSpec.Sink> sinks = f.sinksOrEmpty();
        for (int i = 0; i < sinks.size(); i++) {
            String p = path + ".sinks[" + i + "]";
            FloodSpec.Sink sink = sinks.get(i);
            if (sink == null) {
                continue;
            }
            cell(sink.cell(), p + ".cell", grid, add);
            if (sink.capacity() == null || !(sink.capacity() > 0 && sink.capacity() <= Bounds.MAX_DISCHARGE)) {
                add.accept(p + ".capacity", "is required: m³/s > 0 and at most " + plain(Bounds.MAX_DISCHARGE));
            }
        }
        List<FloodSpec.PointInflow> ins = f.inflowsOrEmpty();
        for (int i = 0; i < ins.size(); i++) {
            String p = path + ".inflows[" + i + "]";
            FloodSpec.PointInflow in = ins.get(i);
            if (in == null) {
                continue;
            }
            cell(in.cell(), p + ".cell", grid, add);
            series(in.series(), p + ".series", Values.DISCHARGE, add);
        }
    }

    private static void rainfall(FloodSpec.Rainfall r, String p, BiConsumer<String, String> add) {
        if ((r.series() == null) == (r.design() == null)) {
            add.accept(p, "give exactly one of series and design");
        } else if (r.series() != null) {
            series(r.series(), p + ".series", Values.RAIN, add);
        } else {
            FloodSpec.DesignStorm d = r.design();
            String dp = p + ".design";
            if (d.returnPeriod() == null || d.returnPeriod() < 1) {
                add.accept(dp + ".returnPeriod", "is required: years >= 1");
            }
            if (d.duration() == null || d.duration().seconds() < 60) {
                add.accept(dp + ".duration", "is required: at least 1m");
            }
            if (d.peakRatio() != null && !(d.peakRatio() >= 0 && d.peakRatio() <= 1)) {
                add.accept(dp + ".peakRatio", "must be between 0 and 1");
            }
            if (d.step() != null && d.step().seconds() < 60) {
                add.accept(dp + ".step", "must be at least 1m");
            }
            if (d.a1() == null || !(d.a1() > 0)) {
                add.accept(dp + ".a1", "is required: the formula coefficient A1 > 0 (mm/min)");
            }
            if (d.c() == null || d.c() < 0) {
                add.accept(dp + ".c", "is required: the formula coefficient C >= 0");
            }
            if (d.b() == null || d.b() < 0) {
                add.accept(dp + ".b", "is required: the formula coefficient b >= 0 (min)");
            }
            if (d.n() == null || !(d.n() > 0 && d.n() < 1)) {
                add.accept(dp + ".n", "is required: the formula exponent n, 0 < n < 1");
            }
            designBounds(d, dp, add);
        }
    }

    /** A map from land-use names to values: every name known, every value within its range. */
    private static void byLandUse(java.util.Map<String, Double> values, String p,
            java.util.function.DoublePredicate valid, String rule, BiConsumer<String, String> add) {
        if (values == null) {
            return;
        }
        values.forEach((name, v) -> {
            if (LandUse.ofJson(name) == null) {
                add.accept(p + "." + name, "unknown land use (one of " + landUses() + ")");
            } else if (v == null || !valid.test(v)) {
                add.accept(p + "." + name, rule);
            }
        });
    }

    private static void zone(FloodSpec.RainZone z, String p, GridSpec grid, BiConsumer<String, String> add) {
        if (z == null) {
            return;
        }
        if (z.factor() == null || !(z.factor() >= 0 && z.factor() <= Bounds.MAX_RAIN_FACTOR)) {
            add.accept(p + ".factor", "is required: a factor from 0 to " + plain(Bounds.MAX_RAIN_FACTOR));
        }
        List<Integer> c = z.cells();
        if (c == null || c.size() != 4 || c.stream().anyMatch(java.util.Objects::isNull)) {
            add.accept(p + ".cells", "expected [col0, row0, col1, row1]");
        } else if (c.get(0) > c.get(2) || c.get(1) > c.get(3)) {
            add.accept(p + ".cells", "col0 <= col1 and row0 <= row1");
        } else if (grid != null && grid.cols() != null && grid.rows() != null
                && !(grid.contains(c.get(0), c.get(1)) && grid.contains(c.get(2), c.get(3)))) {
            add.accept(p + ".cells", "rectangle " + c + " reaches outside the grid (" + grid.cols() + " x " + grid.rows() + ")");
        }
    }

    private static void cell(org.drillgrid.model.scenario.CellRef c, String p, GridSpec grid,
            BiConsumer<String, String> add) {
        if (c == null) {
            add.accept(p, "is required");
        } else if (grid != null && grid.cols() != null && grid.rows() != null && !grid.contains(c.col(), c.row())) {
            add.accept(p, "cell " + c + " is outside the grid (" + grid.cols() + " x " + grid.rows() + ")");
        }
    }

    private static void boundary(FloodSpec.EdgeBoundary b, String p, GridSpec grid, BiConsumer<String, String> add) {
        if (b == null) {
            return;
        }
        if (b.edge() == null || !EDGES.contains(b.edge())) {
            add.accept(p + ".edge", "must be one of " + EDGES);
            return;
        }
        if (b.type() == null || !BOUNDARY_TYPES.contains(b.type())) {
            add.accept(p + ".type", "must be one of " + BOUNDARY_TYPES);
        } else if (!b.type().equals("free")) {
            series(b.series(), p + ".series", b.type().equals("inflow") ? Values.DISCHARGE : Values.LEVEL, add);
        }
        if (grid == null || grid.cols() == null || grid.rows() == null) {
            return;
        }
        int length = b.edge().equals("west") || b.edge().equals("east") ? grid.rows() : grid.cols();
        int from = b.from() == null ? 0 : b.from();
        int to = b.to() == null ? length - 1 : b.to();
        if (from < 0 || from >= length) {
            add.accept(p + ".from", "must be between 0 and " + (length - 1) + " (the " + b.edge() + " edge has " + length + " cells)");
        } else if (to < from || to >= length) {
            add.accept(p + ".to", "must be between from (" + from + ") and " + (length - 1));
        }
    }

    /** What the values of a step series are, with their range. */
    private enum Values {
        RAIN(0, Bounds.MAX_RAIN_MM_PER_HOUR, "rain must be between 0 and %s mm/h"),
        DISCHARGE(0, Bounds.MAX_DISCHARGE, "discharge must be between 0 and %s m³/s"),
        LEVEL(Bounds.MIN_LEVEL, Bounds.MAX_LEVEL, "stage must be a level between -500 and %s m above datum");

        final double min;
        final double max;
        final String rule;

        Values(double min, double max, String rule) {
            this.min = min;
            this.max = max;
            this.rule = String.format(Locale.ROOT, rule, plain(max));
        }
    }

    private static void series(Series s, String path, Values values, BiConsumer<String, String> add) {
        if (s == null || s.points().isEmpty()) {
            add.accept(path, "is required: [[t_seconds, value], ...]");
            return;
        }
        int bad = s.firstMalformed();
        if (bad >= 0) {
            add.accept(path + "[" + bad + "]", "expected [t_seconds, value] with times rising");
            return;
        }
        for (int i = 0; i < s.points().size(); i++) {
            double t = s.points().get(i).get(0);
            double v = s.points().get(i).get(1);
            if (!(t >= 0 && t <= 1e15)) {
                add.accept(path + "[" + i + "]", "time must be >= 0 (seconds)");
            } else if (!(v >= values.min && v <= values.max)) {
                add.accept(path + "[" + i + "]", "value: " + values.rule);
            }
        }
    }

    /**
     * The design storm's coefficients within their bounds, and its heaviest step (the average intensity of
     * the formula over one step, i = A1·(1 + C·lg P)/(step + b)^n mm/min) no heavier than the heaviest rain.
     */
    private static void designBounds(FloodSpec.DesignStorm d, String dp, BiConsumer<String, String> add) {
        if (d.returnPeriod() != null && d.returnPeriod() > Bounds.MAX_RETURN_PERIOD) {
            add.accept(dp + ".returnPeriod", "must be at most " + plain(Bounds.MAX_RETURN_PERIOD) + " years");
            return;
        }
        String[] names = {"a1", "c", "b"};
        double[] values = {nz(d.a1()), nz(d.c()), nz(d.b())};
        for (int i = 0; i < names.length; i++) {
            if (values[i] > Bounds.MAX_STORM_COEFFICIENT) {
                add.accept(dp + "." + names[i], "must be at most " + plain(Bounds.MAX_STORM_COEFFICIENT));
                return;
            }
        }
        if (d.duration() != null && d.duration().seconds() > ScenarioValidator.MAX_DURATION) {
            add.accept(dp + ".duration", "must be at most 30d");
            return;
        }
        if (d.a1() == null || d.n() == null || d.returnPeriod() == null || !(d.a1() > 0) || !(d.n() > 0)) {
            return;
        }
        double stepMinutes = (d.step() == null ? 300 : d.step().seconds()) / 60.0;
        double perMinute = d.a1() * (1 + nz(d.c()) * Math.log10(d.returnPeriod())) / Math.pow(stepMinutes + nz(d.b()), d.n());
        if (!(perMinute * 60 <= Bounds.MAX_RAIN_MM_PER_HOUR)) {
            add.accept(dp, String.format(Locale.ROOT, "the storm's heaviest step would rain %.0f mm/h; at most %s "
                    + "(check a1, c, b and n)", perMinute * 60, plain(Bounds.MAX_RAIN_MM_PER_HOUR)));
        }
    }

    private static double nz(Double v) {
        return v == null || v.isNaN() ? 0 : v;
    }

    private static void level(String p, double v, BiConsumer<String, String> add) {
        if (!Bounds.isLevel(v)) {
            add.accept(p, "must be a level between " + plain(Bounds.MIN_LEVEL) + " and " + plain(Bounds.MAX_LEVEL)
                    + " m above datum");
        }
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String landUses() {
        return String.join(", ", java.util.Arrays.stream(LandUse.values()).map(LandUse::json).toList())
                .toLowerCase(Locale.ROOT);
    }
}
