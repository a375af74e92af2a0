package org.drillgrid.engine.hazard.fire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.World;
import org.drillgrid.engine.hazard.Terrain;
import org.drillgrid.engine.people.People;
import org.drillgrid.engine.people.Population;
import org.drillgrid.engine.response.FireControl;
import org.drillgrid.model.event.FireIgnited;
import org.drillgrid.model.event.FireStatus;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The forest fire in the run (docs/fire.md): Rothermel surface spread in each cell's fuel, on the DEM's slope,
 * in the wind of the hour, carried across the grid by {@link FireGrid}. Water, built-up land, bare ground and
 * (by the scenario's choice) roads do not burn; fireline that teams cut stops it. A populated cell is reached
 * when it or a neighbour burns: its households are affected and those at home flee. No randomness: the fire
 * is the same in every run of the same inputs.
 */
public final class FireHazard implements Steppable, FireView, FireControl {

    private static final long serialVersionUID = 1L;
    private static final long HOUR = 3600;

    /**
     * Metres of fireline one firefighter cuts an hour, by fuel family. Grass: a 15-person crew cuts about
     * 900 ft (274 m) an hour (the hand-crew production rule of thumb after Haven, Hunter and Storey 1982,
     * USDA FS PSW-62), 18 m per person-hour. Shrub, timber and slash: our calibration, a third, a half and a
     * quarter of that (heavier fuel is harder to clear).
     */
    static final double LINE_GRASS = 18;
    static final double LINE_SHRUB = 6;
    static final double LINE_TIMBER = 9;
    static final double LINE_SLASH = 4.5;

    private final transient FireSpec spec;
    private final transient SimClock clock;
    private final transient EventSink events;
    private final int cols;
    private final int rows;
    private final double cellSize;
    private final transient FuelModel[] fuel;
    private final transient Terrain terrain;
    private final transient Moisture moisture;
    private final transient List<List<Double>> wind;
    private final transient Map<Integer, Spread[]> spreadByWind = new HashMap<>();
    private final transient FireGrid grid;
    private final transient List<Pending> ignitions = new ArrayList<>();
    private final boolean[] populated;
    private final boolean[] reached;
    private final boolean[] fireline;
    private int firelineCells;
    private int reachedCells;
    private transient People people;

    private record Pending(long t, int cell, String cause) {
    }

    public FireHazard(World world, FireSpec spec, SimClock clock, EventSink events) {
        this.spec = spec;
        this.clock = clock;
        this.events = events;
        GridSpec g = world.scenario().grid();
        this.cols = g.cols();
        this.rows = g.rows();
        this.cellSize = g.cellSize();
        int n = cols * rows;
        GridLayer uses = world.loaded().layer("landUse").orElse(GridLayer.constant(cols, rows, LandUse.NONE.code()));
        GridLayer roads = world.loaded().layer("roads").orElse(GridLayer.constant(cols, rows, 0));
        this.fuel = new FuelModel[n];
        String barriers = spec.roadBarriersOrDefault();
        for (int i = 0; i < n; i++) {
            FuelModel f = FuelModel.byCode(spec.fuelFor(LandUse.ofCode(uses.at(i)))).orElseThrow();
            int road = (int) roads.at(i);
            boolean barrier = barriers.equals("all") && road > 0 && road != RoadClass.UNDERPASS.code()
                    || barriers.equals("major") && (road == RoadClass.ARTERIAL.code() || road == RoadClass.MAIN.code());
            fuel[i] = barrier || !f.burnable() ? null : f;
        }
        this.terrain = new Terrain(world.elevation(), cellSize);
        List<Double> m = spec.moistureOrDefault();
        this.moisture = new Moisture(m.get(0), m.get(1), m.get(2), m.get(3), m.get(4));
        this.wind = spec.windOrEmpty();
        this.grid = new FireGrid(cols, rows, cellSize, this::spreadAt);
        for (FireSpec.Ignition ig : spec.ignitionsOrEmpty()) {
            ignitions.add(new Pending(ig.at().seconds(), ig.cell().row() * cols + ig.cell().col(), "scenario"));
        }
        ignitions.sort(Comparator.comparingLong(Pending::t));
        this.populated = new boolean[n];
        this.reached = new boolean[n];
        this.fireline = new boolean[n];
    }

    /** Gives the fire the people it drives out. */
    public void attach(People people) {
        this.people = people;
        Population p = people.population();
        for (int cell = 0; cell < cols * rows; cell++) {
            populated[cell] = p.endAt(cell) > p.firstAt(cell);
        }
    }

    /** The wind entry in force at t: index into the series, -1 before the first (calm). */
    private int windIndex(double t) {
        int k = -1;
        for (int i = 0; i < wind.size() && wind.get(i).get(0) <= t; i++) {
            k = i;
        }
        return k;
    }

    private Spread spreadAt(int cell, double t) {
        FuelModel f = fuel[cell];
        if (f == null || fireline[cell]) {
            return null;
        }
        int k = windIndex(t);
        Spread[] cache = spreadByWind.computeIfAbsent(k, x -> new Spread[cols * rows]);
        if (cache[cell] == null) {
            double speed = k < 0 ? 0 : wind.get(k).get(1);
            double from = k < 0 ? 0 : wind.get(k).get(2);
            cache[cell] = Rothermel.spread(f, moisture, speed, from, terrain.slopePercent(cell), terrain.upslopeDeg(cell));
        }
        return cache[cell];
    }

    /** Starts a fire at a cell at time t; false when nothing there can burn or it burned already. */
    public boolean ignite(int cell, long t, String cause) {
        if (fuel[cell] == null || fireline[cell] || grid.burned(cell)) {
            return false;
        }
        ignitions.add(new Pending(t, cell, cause));
        ignitions.sort(Comparator.comparingLong(Pending::t));
        return true;
    }

    @Override
    public void step(SimState state) {
        long t0 = clock.tickStart();
        long t1 = clock.tickEnd();
        while (!ignitions.isEmpty() && ignitions.get(0).t() < t1) {
            Pending p = ignitions.remove(0);
            if (fuel[p.cell()] != null && !fireline[p.cell()] && !grid.burned(p.cell())) {
                grid.ignite(p.cell(), Math.max(p.t(), t0));
                events.emit(new FireIgnited(t1, p.cell() % cols, p.cell() / cols, p.cause()));
            } else if (p.cause().equals("scenario")) {
                // an inject's ignition is refused where it is asked for; the scenario's is reported here
                events.emit(new org.drillgrid.model.event.CommandGiven(t1, "ignition", new org.drillgrid.model.scenario
                        .CellRef(p.cell() % cols, p.cell() / cols).toString(), null, "scenario", false,
                        "nothing can burn at that cell"));
            }
        }
        int before = reachedCells;
        for (int cell : grid.advanceTo(t1)) {
            reach(cell, grid.arrival(cell));
        }
        if (reachedCells != before || t1 / HOUR != t0 / HOUR && grid.burnedCount() > 0) {
            events.emit(new FireStatus(t1, Math.round(grid.burnedAreaM2() / 100) / 100.0, front(), firelineCells,
                    reachedCells));
        }
    }

    /** A burned cell reaches itself and its eight neighbours where people live. */
    private void reach(int cell, double t) {
        neighbourhood(cell).filter(i -> populated[i] && !reached[i]).forEach(i -> {
            reached[i] = true;
            reachedCells++;
            if (people != null) {
                people.fireReached(i, t);
            }
        });
    }

    /** Burned cells with a neighbour that can still burn: the active front. */
    private int front() {
        int n = 0;
        for (int cell = 0; cell < cols * rows; cell++) {
            if (grid.burned(cell) && neighbourhood(cell).anyMatch(i -> fuel[i] != null && !fireline[i]
                    && !grid.burned(i))) {
                n++;
            }
        }
        return n;
    }

    /** A cell and its up to eight neighbours on the grid, row by row. */
    private java.util.stream.IntStream neighbourhood(int cell) {
        int c = cell % cols;
        int r = cell / cols;
        return java.util.stream.IntStream.rangeClosed(Math.max(0, r - 1), Math.min(rows - 1, r + 1))
                .flatMap(rr -> java.util.stream.IntStream.rangeClosed(Math.max(0, c - 1), Math.min(cols - 1, c + 1))
                        .map(cc -> rr * cols + cc));
    }

    // ---- FireControl

    @Override
    public double linePerPersonHour(int cell) {
        FuelModel f = fuel[cell];
        if (f == null || fireline[cell] || grid.burned(cell)) {
            return 0;
        }
        String code = f.code();
        if (code.startsWith("GR") || code.equals("1") || code.equals("2") || code.equals("3")) {
            return LINE_GRASS;
        }
        if (code.startsWith("GS") || code.startsWith("SH") || code.equals("4") || code.equals("5") || code.equals("6")
                || code.equals("7")) {
            return LINE_SHRUB;
        }
        if (code.startsWith("SB") || code.equals("11") || code.equals("12") || code.equals("13")) {
            return LINE_SLASH;
        }
        return LINE_TIMBER;
    }

    @Override
    public boolean fireline(int cell, double now) {
        if (fuel[cell] == null || fireline[cell] || grid.burned(cell)) {
            return false;
        }
        fireline[cell] = true;
        firelineCells++;
        grid.block(cell);
        return true;
    }

    // ---- FireView

    @Override
    public double arrival(int cell) {
        return grid.arrival(cell);
    }

    @Override
    public boolean burned(int cell) {
        return grid.burned(cell);
    }

    @Override
    public boolean isFireline(int cell) {
        return fireline[cell];
    }

    @Override
    public double burnedHa() {
        return grid.burnedAreaM2() / 10_000;
    }

    @Override
    public double[] arrivals() {
        double[] out = new double[cols * rows];
        for (int i = 0; i < out.length; i++) {
            out[i] = grid.arrival(i);
        }
        return out;
    }

    @Override
    public double nearestKm(org.drillgrid.engine.people.Area a, double withinKm) {
        int reach = (int) Math.ceil(withinKm * 1000 / cellSize);
        double best = Double.POSITIVE_INFINITY;
        for (int r = Math.max(0, a.row0() - reach); r <= Math.min(rows - 1, a.row1() + reach); r++) {
            for (int c = Math.max(0, a.col0() - reach); c <= Math.min(cols - 1, a.col1() + reach); c++) {
                if (grid.burned(r * cols + c)) {
                    int dc = Math.max(0, Math.max(a.col0() - c, c - a.col1()));
                    int dr = Math.max(0, Math.max(a.row0() - r, r - a.row1()));
                    best = Math.min(best, Math.hypot(dc, dr) * cellSize / 1000);
                }
            }
        }
        return best <= withinKm ? best : Double.NaN;
    }

    @Override
    public int cols() {
        return cols;
    }
}
