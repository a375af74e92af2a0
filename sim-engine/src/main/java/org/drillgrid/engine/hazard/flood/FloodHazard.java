package org.drillgrid.engine.hazard.flood;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.World;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.ShelterFlooded;
import org.drillgrid.model.event.UnderpassFlooded;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.Shelter;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The flood in the HAZARDS phase: advances the solver through each tick, keeps per-cell maxima, and
 * reports what a command post would hear of: underpasses becoming unsafe for cars (depth ≥
 * {@value #UNDERPASS_CLOSED} m) or safe again, shelters flooded (≥ {@value #SHELTER_FLOODED} m) and, every
 * hour, the extent of the water.
 */
public final class FloodHazard implements Steppable, FloodView, org.drillgrid.engine.people.Hazard,
        org.drillgrid.engine.response.FloodControl {

    private static final long serialVersionUID = 1L;
    /** About 0.3 m (12 in) of moving water carries away most cars (US National Weather Service flood-safety guidance). */
    public static final double UNDERPASS_CLOSED = 0.3;
    /** About 0.6 m (2 ft) carries away SUVs and pick-up trucks (the same guidance): rescue vehicles stop here. */
    public static final double TRUCKS_STOP = 0.6;
    /** Water a shelter cannot keep people in: knee deep. */
    public static final double SHELTER_FLOODED = 0.5;
    /** Depth counted as wet in status reports and first-wetting times (m). */
    public static final double WET = 0.1;
    private static final long STATUS_EVERY = 3600;

    private final transient FloodSolver solver;
    private final transient FloodSetup.Forcing forcing;
    private final transient Levees levees;
    private final transient java.util.Map<String, Double> crests = new java.util.HashMap<>();
    private final transient SimClock clock;
    private final transient EventSink events;
    private final int cols;
    private final int[] underpasses;
    private final int[] roads;
    private final boolean[] underpassClosed;
    private final transient List<Shelter> shelters;
    private final boolean[] shelterFlooded;
    private final double[] maxDepth;
    private final double[] maxHazard;
    private final double[] firstWet;
    private final transient LandUse[] landUse;
    private volatile double[] published;
    private volatile double[] publishedSpeeds;
    private volatile double publishedVolume;
    private volatile long subSteps;

    public FloodHazard(World world, FloodSpec spec, SimClock clock, EventSink events) {
        this.cols = world.scenario().grid().cols();
        FloodSetup setup = FloodSetup.of(world, spec);
        this.solver = setup.solver();
        this.forcing = setup.forcing();
        this.levees = new Levees(solver, spec);
        for (FloodSpec.Levee l : spec.leveesOrEmpty()) {
            crests.put(l.id(), l.crest());
        }
        this.clock = clock;
        this.events = events;
        this.underpasses = world.loaded().layer("roads").map(FloodHazard::underpassCells).orElse(new int[0]);
        this.roads = world.loaded().layer("roads").map(FloodHazard::roadCells).orElse(new int[0]);
        this.underpassClosed = new boolean[underpasses.length];
        this.shelters = world.forces().sheltersOrEmpty();
        this.shelterFlooded = new boolean[shelters.size()];
        int n = world.scenario().grid().cellCount();
        this.maxDepth = new double[n];
        this.maxHazard = new double[n];
        this.firstWet = new double[n];
        java.util.Arrays.fill(firstWet, Double.NaN);
        GridLayer uses = world.loaded().layer("landUse").orElse(GridLayer.constant(cols, n / cols, 0));
        this.landUse = new LandUse[n];
        for (int i = 0; i < n; i++) {
            landUse[i] = LandUse.ofCode(uses.at(i));
        }
        this.published = solver.depths();
        this.publishedSpeeds = new double[n];
        this.publishedVolume = solver.volume();
    }

    private static int[] underpassCells(GridLayer roads) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < roads.size(); i++) {
            if (roads.at(i) == RoadClass.UNDERPASS.code()) {
                cells.add(i);
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] roadCells(GridLayer roads) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < roads.size(); i++) {
            if (roads.at(i) != RoadClass.NONE.code()) {
                cells.add(i);
            }
        }
        return cells.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void step(SimState state) {
        long t0 = clock.tickStart();
        long t1 = clock.tickEnd();
        levees.apply(t0, t1, events);
        subSteps += solver.advance(t0, t1 - t0);
        double[] h = solver.depths();
        double[] v = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            if (h[i] <= 0) {
                continue;
            }
            v[i] = solver.speed(i);
            maxDepth[i] = Math.max(maxDepth[i], h[i]);
            maxHazard[i] = Math.max(maxHazard[i], HazardRating.of(h[i], v[i], landUse[i]));
            if (h[i] > WET && Double.isNaN(firstWet[i])) {
                firstWet[i] = t1;
            }
        }
        underpasses(h, t1);
        shelters(h, t1);
        if (t1 % STATUS_EVERY == 0) {
            status(h, t1);
        }
        published = h;
        publishedSpeeds = v;
        publishedVolume = solver.volume();
    }

    private void underpasses(double[] h, long t) {
        for (int k = 0; k < underpasses.length; k++) {
            int cell = underpasses[k];
            boolean closed = h[cell] >= UNDERPASS_CLOSED;
            if (closed != underpassClosed[k]) {
                underpassClosed[k] = closed;
                events.emit(new UnderpassFlooded(t, List.of(cell % cols, cell / cols), mm(h[cell]), closed));
            }
        }
    }

    private void shelters(double[] h, long t) {
        for (int k = 0; k < shelters.size(); k++) {
            Shelter s = shelters.get(k);
            double d = h[s.cell().row() * cols + s.cell().col()];
            if (!shelterFlooded[k] && d >= SHELTER_FLOODED) {
                shelterFlooded[k] = true;
                events.emit(new ShelterFlooded(t, s.id(), mm(d)));
            }
        }
    }

    private void status(double[] h, long t) {
        int wet = 0;
        double max = 0;
        for (double d : h) {
            if (d > WET) {
                wet++;
            }
            max = Math.max(max, d);
        }
        int cars = 0;
        int trucks = 0;
        for (int cell : roads) {
            if (h[cell] >= UNDERPASS_CLOSED) {
                cars++;
            }
            if (h[cell] >= TRUCKS_STOP) {
                trucks++;
            }
        }
        double rain = Math.round(forcing.rainMmPerHour(t - 1) * 10) / 10.0; // to 0.1 mm/h, as gauges report
        events.emit(new FloodStatus(t, wet, mm(max), Math.round(solver.volume()), rain, cars, trucks));
    }

    /** Depths in events are rounded to the millimetre: enough for people, and stable text. */
    private static double mm(double metres) {
        return Math.round(metres * 1000) / 1000.0;
    }

    /**
     * An inject's dam or levee breach from {@code t}; see {@code Levees.breachNow}. False when the levee is
     * unknown or no breach bottom is known.
     */
    public boolean breach(String levee, long t, Double to, Long overSeconds) {
        Double crest = crests.get(levee);
        return crest != null && levees.breachNow(levee, t, to, overSeconds, crest);
    }

    /** An inject's cloudburst: {@code mmPerHour} more rain everywhere from {@code from} for {@code seconds}. */
    public void addRain(long from, long seconds, double mmPerHour) {
        forcing.addBurst(from, from + seconds, mmPerHour);
    }

    /** The storm's rain (mm/h) at time t, before any zone factor: the figure forecasts and warnings use. */
    public double rainNow(double t) {
        return forcing.rainMmPerHour(t);
    }

    /** Rain (mm/h) falling on a cell at time t, as a gauge there would read it. */
    public double rainAt(int cell, double t) {
        return forcing.rain(cell, t) / FloodSetup.MM_PER_HOUR;
    }

    /** Live water depth (m) at a cell, for agents acting in the same tick. */
    @Override
    public double at(int cell) {
        return solver.depth(cell);
    }

    @Override
    public double speed(int cell) {
        return solver.speed(cell);
    }

    @Override
    public double rating(int cell) {
        double d = solver.depth(cell);
        return d <= 0 ? 0 : HazardRating.of(d, solver.speed(cell), landUse[cell]);
    }

    @Override
    public int startPump(int cell, double cubicMetresPerSecond) {
        return solver.addSink(cell, cubicMetresPerSecond);
    }

    @Override
    public void stopPump(int pump) {
        solver.setSinkCapacity(pump, 0);
    }

    @Override
    public int[] leveeCells(String levee) {
        return levees.cells(levee);
    }

    @Override
    public int reinforce(String levee, long t) {
        return levees.reinforce(levee, t);
    }

    @Override
    public double[] depths() {
        return published.clone();
    }

    @Override
    public double[] speeds() {
        return publishedSpeeds.clone();
    }

    @Override
    public double[] maxDepths() {
        return maxDepth.clone();
    }

    @Override
    public long subSteps() {
        return subSteps;
    }

    @Override
    public double[] maxHazardRatings() {
        return maxHazard.clone();
    }

    @Override
    public double[] firstWettingTimes() {
        return firstWet.clone();
    }

    @Override
    public MassBalance massBalance() {
        return solver.massBalance();
    }

    @Override
    public double volume() {
        return publishedVolume;
    }
}
