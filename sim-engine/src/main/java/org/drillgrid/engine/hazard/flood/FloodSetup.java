package org.drillgrid.engine.hazard.flood;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.drillgrid.engine.World;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.Series;
import org.drillgrid.model.scenario.LandUse;

/** Builds a solver from the world's layers and a scenario's flood entry. */
record FloodSetup(FloodSolver solver, Forcing forcing) {

    /** Land use drained by storm sewers when the entry names none. */
    static final Set<LandUse> DRAINED_BY_DEFAULT = EnumSet.of(LandUse.URBAN_DENSE, LandUse.URBAN_RESIDENTIAL,
            LandUse.INDUSTRIAL);
    static final double MM_PER_HOUR = 1 / 3_600_000.0;

    /**
     * Rain, infiltration (curve number per cell, or none) and drainage over time, per cell. The solver
     * asks cell by cell at the same time t, so the values of t are computed once and kept.
     */
    static final class Forcing implements SourceTerm {
        private final Series rain;
        private final double drainageMmPerHour;
        private final boolean[] drained;
        private final CurveNumber[] soil;
        private final double[] factor;
        private final GreenAmpt[] greenAmpt;
        private final double[] infiltrated;
        private double cachedT = Double.NaN;
        private double rainNow;
        private double fallenMm;
        /**
         * Without Green-Ampt soils a cell's rain and loss capacity depend only on its curve number and
         * rain factor: the cells fall into a few such kinds. Each cell's kind, and per kind the curve
         * number (or null), the factor, and now the rain (mm/h) and the retained fraction.
         */
        private final int[] kindOf;
        private final CurveNumber[] kindSoil;
        private final double[] kindFactor;
        private final double[] kindRainNow;
        private final double[] kindRetainedNow;
        /** Extra rain added by injects: {from, until, mm/h} each. */
        private final java.util.List<double[]> bursts = new java.util.ArrayList<>();

        /** Adds {@code mmPerHour} of rain over the whole grid from {@code from} to {@code until} (sim s). */
        void addBurst(double from, double until, double mmPerHour) {
            bursts.add(new double[] {from, until, mmPerHour});
            cachedT = Double.NaN;
        }

        Forcing(Series rain, double drainageMmPerHour, boolean[] drained, CurveNumber[] soil) {
            this(rain, drainageMmPerHour, drained, soil, null);
        }

        Forcing(Series rain, double drainageMmPerHour, boolean[] drained, CurveNumber[] soil, double[] factor) {
            this(rain, drainageMmPerHour, drained, soil, factor, null);
        }

        /**
         * @param soil      curve number per cell, or null
         * @param factor    rain multiplier per cell, or null for 1 everywhere
         * @param greenAmpt Green-Ampt soil per cell (null entries: sealed), or null
         */
        Forcing(Series rain, double drainageMmPerHour, boolean[] drained, CurveNumber[] soil, double[] factor,
                GreenAmpt[] greenAmpt) {
            this.factor = factor;
            this.greenAmpt = greenAmpt;
            this.infiltrated = greenAmpt == null ? null : new double[greenAmpt.length];
            this.rain = rain;
            this.drainageMmPerHour = drainageMmPerHour;
            this.drained = drained;
            this.soil = soil;
            record Kind(CurveNumber soil, double factor) {
            }
            java.util.Map<Kind, Integer> kinds = new java.util.HashMap<>();
            this.kindOf = new int[drained.length];
            for (int i = 0; i < kindOf.length; i++) {
                Kind kind = new Kind(soil == null ? null : soil[i], factor(i));
                kindOf[i] = kinds.computeIfAbsent(kind, k -> kinds.size());
            }
            this.kindSoil = new CurveNumber[kinds.size()];
            this.kindFactor = new double[kinds.size()];
            kinds.forEach((kind, k) -> {
                kindSoil[k] = kind.soil();
                kindFactor[k] = kind.factor();
            });
            this.kindRainNow = new double[kinds.size()];
            this.kindRetainedNow = new double[kinds.size()];
        }

        @Override
        public void prepare(double t) {
            at(t);
        }

        private void at(double t) {
            if (t != cachedT) {
                cachedT = t;
                rainNow = rain == null ? 0 : rain.at(t);
                fallenMm = rain == null ? 0 : rain.integral(t) / 3600;
                for (double[] b : bursts) {
                    if (t >= b[0] && t < b[1]) {
                        rainNow += b[2];
                    }
                    fallenMm += b[2] * Math.max(0, Math.min(t, b[1]) - b[0]) / 3600;
                }
                for (int k = 0; k < kindFactor.length; k++) {
                    kindRainNow[k] = rainNow * kindFactor[k];
                    kindRetainedNow[k] = kindSoil[k] == null ? 0 : kindSoil[k].retainedFraction(fallenMm * kindFactor[k]);
                }
            }
        }

        /**
         * Without Green-Ampt soils, the figures of {@link #rain} and {@link #lossCapacity}, operation for
         * operation, with what a kind of cell shares taken once per step ({@link #at}).
         */
        @Override
        public void row(int first, int count, double t, double dt, double[] rainOut, double[] capacityOut) {
            if (greenAmpt != null) {
                SourceTerm.super.row(first, count, t, dt, rainOut, capacityOut);
                return;
            }
            at(t);
            double drains = drainageMmPerHour * MM_PER_HOUR * dt;
            for (int c = 0; c < count; c++) {
                int cell = first + c;
                int kind = kindOf[cell];
                double rainDt = kindRainNow[kind] * MM_PER_HOUR * dt;
                rainOut[c] = rainDt;
                double cellDrains = drained[cell] ? drains : 0;
                capacityOut[c] = soil == null ? cellDrains : cellDrains + rainDt * kindRetainedNow[kind];
            }
        }

        double rainMmPerHour(double t) {
            at(t);
            return rainNow;
        }

        private double factor(int cell) {
            return factor == null ? 1 : factor[cell];
        }

        @Override
        public double rain(int cell, double t) {
            return rainMmPerHour(t) * factor(cell) * MM_PER_HOUR;
        }

        private double greenAmptCapacity(int cell, double dt) {
            return greenAmpt == null || greenAmpt[cell] == null ? 0 : greenAmpt[cell].capacity(infiltrated[cell], dt);
        }

        @Override
        public void lost(int cell, double metres, double dt) {
            if (greenAmpt != null && greenAmpt[cell] != null) {
                // the soil takes first, the drains the rest
                infiltrated[cell] += Math.min(metres, greenAmptCapacity(cell, dt));
            }
        }

        @Override
        public double lossCapacity(int cell, double t, double dt) {
            double drains = drained[cell] ? drainageMmPerHour * MM_PER_HOUR * dt : 0;
            if (greenAmpt != null) {
                return drains + greenAmptCapacity(cell, dt);
            }
            if (soil == null) {
                return drains;
            }
            at(t);
            double f = factor(cell);
            return drains + rainNow * f * MM_PER_HOUR * dt * soil[cell].retainedFraction(fallenMm * f);
        }
    }

    static FloodSetup of(World world, FloodSpec spec) {
        var grid = world.scenario().grid();
        int n = grid.cellCount();
        GridLayer landUse = world.loaded().layer("landUse").orElse(GridLayer.constant(grid.cols(), grid.rows(), 0));
        double[] manning = new double[n];
        CurveNumber[] soil = curveNumbers(spec, landUse, n);
        boolean[] drained = new boolean[n];
        Set<LandUse> drainedUses = drainedUses(spec);
        for (int i = 0; i < n; i++) {
            LandUse use = LandUse.ofCode(landUse.at(i));
            manning[i] = manning(spec, use);
            drained[i] = spec.drainage() != null && drainedUses.contains(use);
        }
        FloodSettings settings = (spec.alpha() == null ? FloodSettings.DEFAULT
                : FloodSettings.DEFAULT.withAlpha(spec.alpha())).withParallel(n >= FloodSettings.PARALLEL_FROM_CELLS);
        FloodSolver solver = new FloodSolver(grid.cols(), grid.rows(), grid.cellSize(),
                world.elevation().toArray(), manning, settings);
        for (FloodSpec.EdgeBoundary b : spec.boundariesOrEmpty()) {
            solver.addBoundary(boundary(b, grid.cols(), grid.rows()));
        }
        Forcing forcing = new Forcing(rain(spec.rainfall()),
                spec.drainage() == null ? 0 : spec.drainage().capacity(), drained, soil, zoneFactors(spec, grid.cols(), n),
                greenAmpt(spec, landUse, n));
        solver.setSource(forcing);
        for (FloodSpec.Sink sink : spec.sinksOrEmpty()) {
            solver.addSink(sink.cell().row() * grid.cols() + sink.cell().col(), sink.capacity());
        }
        for (FloodSpec.PointInflow in : spec.inflowsOrEmpty()) {
            solver.addPointInflow(in.cell().row() * grid.cols() + in.cell().col(), in.series()::at);
        }
        return new FloodSetup(solver, forcing);
    }

    /** The rain as a step series: as written, or computed from a design storm. */
    static Series rain(FloodSpec.Rainfall rainfall) {
        if (rainfall == null) {
            return null;
        }
        if (rainfall.series() != null) {
            return rainfall.series();
        }
        FloodSpec.DesignStorm d = rainfall.design();
        ChicagoStorm storm = new ChicagoStorm(d.a1(), d.c(), d.b(), d.n(), d.returnPeriod(),
                d.duration().seconds() / 60.0, d.peakRatio() == null ? 0.4 : d.peakRatio());
        double start = d.start() == null ? 0 : d.start().seconds();
        double step = d.step() == null ? 5 : d.step().seconds() / 60.0;
        return new Series(storm.series(start, step).stream().map(p -> java.util.List.of(p[0], p[1])).toList());
    }

    /** Rain factor per cell from the rainfall zones (later zones win), or null without zones. */
    private static double[] zoneFactors(FloodSpec spec, int cols, int n) {
        if (spec.rainfall() == null || spec.rainfall().zonesOrEmpty().isEmpty()) {
            return null;
        }
        double[] f = new double[n];
        java.util.Arrays.fill(f, 1);
        for (FloodSpec.RainZone z : spec.rainfall().zonesOrEmpty()) {
            for (int r = z.cells().get(1); r <= z.cells().get(3); r++) {
                for (int c = z.cells().get(0); c <= z.cells().get(2); c++) {
                    f[r * cols + c] = z.factor();
                }
            }
        }
        return f;
    }

    /** Land use that takes no water in the Green-Ampt model: sealed or already water. */
    static final Set<LandUse> SEALED = EnumSet.of(LandUse.WATER, LandUse.URBAN_DENSE, LandUse.INDUSTRIAL);

    /** Green-Ampt soil per cell (null where sealed), or null without that model. */
    private static GreenAmpt[] greenAmpt(FloodSpec spec, GridLayer landUse, int n) {
        if (spec.infiltration() == null || !"green-ampt".equals(spec.infiltration().model())) {
            return null;
        }
        var inf = spec.infiltration();
        GreenAmpt soil = new GreenAmpt(GreenAmpt.texture(inf.soil() == null ? "loam" : inf.soil()),
                inf.initialSaturation() == null ? 0.3 : inf.initialSaturation());
        GreenAmpt[] cells = new GreenAmpt[n];
        for (int i = 0; i < n; i++) {
            cells[i] = SEALED.contains(LandUse.ofCode(landUse.at(i))) ? null : soil;
        }
        return cells;
    }

    /** Curve numbers per cell for the curve-number model, or null without infiltration. */
    private static CurveNumber[] curveNumbers(FloodSpec spec, GridLayer landUse, int n) {
        if (spec.infiltration() == null || !"curve-number".equals(spec.infiltration().model())) {
            return null;
        }
        java.util.Map<LandUse, CurveNumber> byUse = new java.util.EnumMap<>(LandUse.class);
        for (LandUse use : LandUse.values()) {
            var given = spec.infiltration().curveNumberByLandUse();
            double cn = given != null && given.containsKey(use.json()) ? given.get(use.json()) : CurveNumber.defaultFor(use);
            byUse.put(use, new CurveNumber(cn));
        }
        CurveNumber[] soil = new CurveNumber[n];
        for (int i = 0; i < n; i++) {
            soil[i] = byUse.get(LandUse.ofCode(landUse.at(i)));
        }
        return soil;
    }

    private static double manning(FloodSpec spec, LandUse use) {
        if (spec.manning() != null) {
            return spec.manning();
        }
        if (spec.manningByLandUse() != null && spec.manningByLandUse().containsKey(use.json())) {
            return spec.manningByLandUse().get(use.json());
        }
        return Friction.defaultFor(use);
    }

    private static Set<LandUse> drainedUses(FloodSpec spec) {
        if (spec.drainage() == null || spec.drainage().landUse() == null) {
            return DRAINED_BY_DEFAULT;
        }
        Set<LandUse> uses = EnumSet.noneOf(LandUse.class);
        spec.drainage().landUse().forEach(name -> uses.add(LandUse.ofJson(name)));
        return uses;
    }

    private static Boundary boundary(FloodSpec.EdgeBoundary b, int cols, int rows) {
        Edge edge = Edge.valueOf(b.edge().toUpperCase(Locale.ROOT));
        int length = edge == Edge.WEST || edge == Edge.EAST ? rows : cols;
        Boundary.Kind kind = Boundary.Kind.valueOf(b.type().toUpperCase(Locale.ROOT));
        Series series = b.series();
        return new Boundary(edge, b.from() == null ? 0 : b.from(), b.to() == null ? length - 1 : b.to(), kind,
                series == null ? t -> 0 : series::at);
    }
}
