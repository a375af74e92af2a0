package org.drillgrid.engine.hazard.quake;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.World;
import org.drillgrid.engine.hazard.Terrain;
import org.drillgrid.engine.hazard.flood.FloodHazard;
import org.drillgrid.engine.move.Mobility;
import org.drillgrid.engine.people.People;
import org.drillgrid.engine.people.Population;
import org.drillgrid.engine.response.Response;
import org.drillgrid.model.event.BuildingsDamaged;
import org.drillgrid.model.event.Earthquake;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.grid.ValueNoise;
import org.drillgrid.model.hazard.QuakeSpec;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.StructureClass;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The earthquake in the run (docs/quake.md): the main shock at its time, then the aftershocks drawn from the
 * seed and those the drill script or a controller adds. Each shock shakes every cell by the elliptical
 * intensity attenuation, damages each household's home by the fragility of the cell's structure class,
 * hurts, kills and buries the people at home by the casualty rates of the damage state, blocks roads with
 * debris and (optionally) sliding ground, and breaches the flood's dams that shake hard enough. Draws come
 * from a generator of its own seeded from the run's seed, in a fixed order (cells, then households), so a
 * run repeats exactly.
 */
public final class QuakeHazard implements Steppable, QuakeView {

    private static final long serialVersionUID = 1L;

    /** A shock to come or past: when, how strong, where (epicentre in fractional grid cells). */
    public record Shock(long t, double magnitude, double col, double row, boolean aftershock) {
    }

    private final transient QuakeSpec spec;
    private final transient SimClock clock;
    private final transient EventSink events;
    private final transient MersenneTwisterFast random;
    private final transient AttenuationRegion region;
    private final transient FloodHazard flood;
    private final transient Terrain terrain;
    private final transient StructureClass[] buildings;
    private final transient double[] epsilon;
    private final int cols;
    private final int rows;
    private final double cellKm;
    private final transient java.time.OffsetDateTime start;
    private final transient List<Shock> pending = new ArrayList<>();
    private final transient List<Shock> struck = new ArrayList<>();
    /** Worst intensity and PGA (g) each cell has felt so far. */
    private final double[] intensity;
    private final double[] lastIntensity;
    private final double[] pga;
    /** Per household, the worst damage state of its home so far (Fragility.DamageState ordinal). */
    private byte[] damage;
    /** Per cell, the worst damage state of any home in it so far. */
    private final byte[] cellDamage;
    private final boolean[] slid;
    private final boolean[] damBroken;
    private transient Response response;
    /** The cell with the most households, where the early warning's lead time is given; -1 where nobody lives. */
    private int mostPopulated = -1;
    private final transient GridLayer elevation;

    public QuakeHazard(World world, QuakeSpec spec, SimClock clock, EventSink events, long seed, long until,
            FloodHazard flood) {
        this.spec = spec;
        this.clock = clock;
        this.events = events;
        this.flood = flood;
        this.random = new MersenneTwisterFast(seed * 0x2545F4914F6CDD1DL + 0x9A4EL);
        this.region = AttenuationRegion.ofJson(spec.regionOrDefault()).orElseThrow();
        GridSpec grid = world.scenario().grid();
        this.cols = grid.cols();
        this.rows = grid.rows();
        this.cellKm = grid.cellSize() / 1000;
        this.terrain = new Terrain(world.elevation(), grid.cellSize());
        this.elevation = world.elevation();
        int n = cols * rows;
        this.buildings = world.buildings();
        this.epsilon = new double[n];
        if (Boolean.TRUE.equals(spec.variability())) {
            // a smooth scatter field correlated over about 5 km, standardised over the grid (mean 0, sd 1)
            ValueNoise noise = new ValueNoise(seed ^ 0x51E15L);
            double scale = Math.max(1, 5 / cellKm);
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double v = noise.fractal(c, r, scale, 3, 0.5);
                    epsilon[r * cols + c] = v;
                    sum += v;
                    squares += v * v;
                }
            }
            double mean = sum / n;
            double sd = Math.sqrt(Math.max(1e-12, squares / n - mean * mean));
            for (int i = 0; i < n; i++) {
                epsilon[i] = (epsilon[i] - mean) / sd;
            }
        }
        this.start = world.scenario().startTime().orElse(null);
        this.intensity = new double[n];
        this.lastIntensity = new double[n];
        this.pga = new double[n];
        this.cellDamage = new byte[n];
        this.slid = new boolean[n];
        this.damBroken = new boolean[spec.damsOrEmpty().size()];
        QuakeSpec.Epicentre e = spec.epicentre();
        double col = e.cell() != null ? e.cell().col() + 0.5 : (e.x() - grid.originXOrZero()) / grid.cellSize();
        double row = e.cell() != null ? e.cell().row() + 0.5 : rows - (e.y() - grid.originYOrZero()) / grid.cellSize();
        long at = spec.at().seconds();
        pending.add(new Shock(at, spec.magnitude(), col, row, false));
        // drawn over the scenario's whole duration (not the run's end), so a shorter run is a prefix of a longer
        long horizon = Math.max(until, world.scenario().duration() == null ? until
                : world.scenario().duration().seconds());
        if (spec.aftershocksEnabled() && at < horizon) {
            Aftershocks sequence = new Aftershocks(spec.magnitude(), spec.minAftershockMagnitude());
            double halfRupture = ruptureLengthKm(spec.magnitude()) / 2 / cellKm;
            double strike = Math.toRadians(spec.strikeDegOrDefault());
            for (Aftershocks.Shock s : sequence.sample(0, horizon - at, random::nextDouble)) {
                double along = (2 * random.nextDouble() - 1) * halfRupture;
                // magnitudes to 0.1, as catalogues give them
                pending.add(new Shock(at + (long) Math.ceil(s.tSeconds()), Math.round(s.magnitude() * 10) / 10.0,
                        col + along * Math.sin(strike), row - along * Math.cos(strike), true));
            }
        }
        pending.sort(Comparator.comparingLong(Shock::t));
    }

    /**
     * Surface rupture length (km) of a shock, Wells and Coppersmith (1994), all slip types:
     * log10 L = −3.22 + 0.69 M. Aftershocks strike along it.
     */
    static double ruptureLengthKm(double magnitude) {
        return Math.pow(10, -3.22 + 0.69 * magnitude);
    }

    /** Gives the quake the people, roads and teams it acts on. */
    public void attach(Response response) {
        this.response = response;
        Population p = response.people().population();
        this.damage = new byte[p.count()];
        int most = 0;
        for (int cell = 0; cell < cols * rows; cell++) {
            if (p.endAt(cell) - p.firstAt(cell) > most) {
                most = p.endAt(cell) - p.firstAt(cell);
                mostPopulated = cell;
            }
        }
        response.expectRubble();
    }

    /** An aftershock the drill script or a controller adds now, at a cell. */
    public void aftershock(int cell, double magnitude, long t) {
        pending.add(new Shock(t, magnitude, cell % cols + 0.5, cell / cols + 0.5, true));
        pending.sort(Comparator.comparingLong(Shock::t));
    }

    @Override
    public void step(SimState state) {
        long end = clock.tickEnd();
        while (!pending.isEmpty() && pending.get(0).t() < end) {
            strike(pending.remove(0), end);
        }
    }

    private void strike(Shock s, long stamp) {
        IntensityField field = new IntensityField(region, s.magnitude(), spec.strikeDegOrDefault());
        double depth = spec.depthKmOrDefault();
        double max = 0;
        double[] now = new double[cols * rows];
        double[] g = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                double east = (c + 0.5 - s.col()) * cellKm;
                double north = (s.row() - (r + 0.5)) * cellKm;
                now[i] = field.at(east, north, epsilon[i]);
                g[i] = IntensityPga.pgaG(now[i]);
                max = Math.max(max, now[i]);
                intensity[i] = Math.max(intensity[i], now[i]);
                lastIntensity[i] = now[i];
                pga[i] = Math.max(pga[i], g[i]);
            }
        }
        struck.add(s);
        events.emit(new Earthquake(stamp, s.magnitude(), round(s.col(), 100), round(s.row(), 100), depth,
                round(max, 100), round(leadAtMostPopulated(s, depth), 10), s.aftershock()));
        long[] counts = damageHomes(g, s.t());
        int[] ground = groundFailure(g, s.t());
        events.emit(new BuildingsDamaged(stamp, counts[1], counts[2], counts[3], counts[4], ground[0], ground[1]));
        breachDams(g, s.t());
    }

    /** Early warning lead time (s) at the cell with the most households; 0 where nobody lives. */
    private double leadAtMostPopulated(Shock s, double depth) {
        if (mostPopulated < 0) {
            return 0;
        }
        double km = Math.hypot(mostPopulated % cols + 0.5 - s.col(), mostPopulated / cols + 0.5 - s.row()) * cellKm;
        return EarlyWarning.leadSeconds(km, depth);
    }

    /** Damages homes, then hurts, kills and buries the people at home; returns households per new worst state. */
    private long[] damageHomes(double[] g, long t) {
        People people = response.people();
        Population p = people.population();
        double occupancy = QuakeCasualties.occupancy(hourOfDay(t));
        long[] counts = new long[Fragility.DamageState.values().length];
        for (int cell = 0; cell < cols * rows; cell++) {
            int first = p.firstAt(cell);
            int last = p.endAt(cell);
            StructureClass sc = buildings[cell];
            if (first == last || sc == StructureClass.NONE) {
                continue;
            }
            double[] shares = Fragility.shares(sc, g[cell]);
            for (int h = first; h < last; h++) {
                int state = draw(shares);
                if (state <= damage[h]) {
                    continue;
                }
                damage[h] = (byte) state;
                cellDamage[cell] = (byte) Math.max(cellDamage[cell], state);
                counts[state]++;
                Fragility.DamageState ds = Fragility.DamageState.values()[state];
                if (p.state(h) == Population.State.UNAWARE || p.state(h) == Population.State.STAYING
                        || p.state(h) == Population.State.DECIDING) {
                    hurt(people, h, QuakeCasualties.rates(sc, ds), occupancy, t);
                }
                if (ds.compareTo(Fragility.DamageState.MODERATE) >= 0) {
                    people.homeDamaged(h, ds.compareTo(Fragility.DamageState.SEVERE) >= 0, "damaged", t);
                }
            }
        }
        return counts;
    }

    private void hurt(People people, int h, QuakeCasualties.Rates rates, double occupancy, long t) {
        Population p = people.population();
        int fit = p.size(h) - p.dead(h) - p.injured(h);
        int killed = 0;
        int injured = 0;
        boolean buried = false;
        for (int k = 0; k < fit; k++) {
            if (random.nextDouble() >= occupancy) {
                continue; // not at home at this hour
            }
            double u = random.nextDouble();
            if (u < rates.killed()) {
                killed++;
                continue;
            }
            if (u < rates.killed() + rates.injured()) {
                injured++;
            }
            buried |= random.nextDouble() < rates.trapped();
        }
        people.harmed(h, injured, killed);
        if (buried) {
            people.bury(h, t);
        }
    }

    private int draw(double[] shares) {
        double u = random.nextDouble();
        double sum = 0;
        for (int k = 0; k < shares.length; k++) {
            sum += shares[k];
            if (u < sum) {
                return k;
            }
        }
        return shares.length - 1;
    }

    /**
     * Roads blocked by the debris of badly damaged buildings beside them (a road cell is blocked with the
     * chance that its cell's buildings are severely damaged or collapse: our assumption), and by sliding
     * ground where landslides are on. Returns {road cells newly blocked, cells that slid}.
     */
    private int[] groundFailure(double[] g, long t) {
        Mobility m = response.mobility();
        int blocked = 0;
        int slides = 0;
        for (int cell = 0; cell < cols * rows; cell++) {
            boolean slide = false;
            if (Boolean.TRUE.equals(spec.landslides()) && !slid[cell]) {
                double p = Landslides.probability(terrain.slopeDeg(cell), g[cell]);
                slide = p > 0 && random.nextDouble() < p;
                if (slide) {
                    slid[cell] = true;
                    slides++;
                    homesLost(cell, t);
                }
            }
            if (!m.isRoad(cell) || m.blocked(cell)) {
                continue;
            }
            double debris = 0;
            if (buildings[cell] != StructureClass.NONE) {
                double[] shares = Fragility.shares(buildings[cell], g[cell]);
                debris = shares[Fragility.DamageState.SEVERE.ordinal()] + shares[Fragility.DamageState.COLLAPSE.ordinal()];
            }
            if (slide || debris > 0 && random.nextDouble() < debris) {
                m.setBlocked(cell, true);
                blocked++;
            }
        }
        return new int[] {blocked, slides};
    }

    private void homesLost(int cell, long t) {
        People people = response.people();
        Population p = people.population();
        for (int h = p.firstAt(cell); h < p.endAt(cell); h++) {
            people.homeDamaged(h, true, "landslide", t);
        }
    }

    private void breachDams(double[] g, long t) {
        List<QuakeSpec.Dam> dams = spec.damsOrEmpty();
        for (int k = 0; k < dams.size(); k++) {
            QuakeSpec.Dam d = dams.get(k);
            int[] cells = flood == null ? null : flood.leveeCells(d.levee());
            if (damBroken[k] || cells == null) {
                continue;
            }
            double threshold = d.breachPga() == null ? QuakeSpec.DEFAULT_DAM_BREACH_PGA : d.breachPga();
            double worst = 0;
            double ground = Double.POSITIVE_INFINITY;
            for (int c : cells) {
                worst = Math.max(worst, g[c]);
                // the lowest ground beside the dam: the valley floor below it
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int cc = c % cols + dc;
                        int rr = c / cols + dr;
                        if (cc >= 0 && rr >= 0 && cc < cols && rr < rows) {
                            ground = Math.min(ground, groundAt(rr * cols + cc));
                        }
                    }
                }
            }
            if (worst >= threshold) {
                damBroken[k] = flood.breach(d.levee(), t, null, null) || flood.breach(d.levee(), t, ground, null);
            }
        }
    }

    private double groundAt(int cell) {
        return elevation.at(cell);
    }

    private double hourOfDay(long t) {
        double startHour = start == null ? 0 : start.getHour() + start.getMinute() / 60.0;
        return ((startHour + t / 3600.0) % 24 + 24) % 24;
    }

    private static double round(double v, double per) {
        return Math.round(v * per) / per;
    }

    // ---- QuakeView

    @Override
    public double intensity(int cell) {
        return intensity[cell];
    }

    @Override
    public double lastShockIntensity(int cell) {
        return lastIntensity[cell];
    }

    @Override
    public double pga(int cell) {
        return pga[cell];
    }

    @Override
    public int damage(int cell) {
        return cellDamage[cell];
    }

    @Override
    public List<Shock> shocks() {
        return List.copyOf(struck);
    }

    @Override
    public int cols() {
        return cols;
    }
}
