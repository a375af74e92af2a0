package org.drillgrid.engine.move;

import java.util.LinkedHashMap;
import java.util.Map;
import org.drillgrid.engine.World;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;

/**
 * The city as a network to move on: every cell is a node linked to its 8 neighbours, fast where the
 * {@code roads} layer has a road, slow elsewhere (local streets and tracks the layer does not draw),
 * impassable to vehicles on open water and in forest. Closures come from water deeper than a mode can
 * pass, from orders (a closed road or underpass keeps the public out, not rescue vehicles) and from
 * debris. Vehicles queue at each cell behind the vehicles before them (a point queue with the road
 * class's saturation headway), so a mass evacuation congests. Single-threaded: the agent phase owns it.
 */
public final class Mobility {

    /** Free walking speed (m/s). */
    public static final double WALK_SPEED = 1.2;
    /** Walking speed of people with reduced mobility (m/s). */
    public static final double SLOW_WALK_SPEED = 0.8;
    /** Boat speed on floodwater (m/s), about 14 km/h among streets and debris. */
    static final double BOAT_SPEED = 4.0;
    /** Depth from which a boat floats rather than rides its trailer (m). */
    static final double BOAT_FLOATS = 0.3;
    /** Truck speeds are this share of car speeds. */
    static final double TRUCK_FACTOR = 0.8;
    /** Re-check flood closures at most this often (s) unless an agent meets one first. */
    public static final long CLOSURE_REFRESH = 300;
    /** An agent meeting a closure forces a refresh, but not more often than this (s). */
    static final long FORCED_REFRESH = 60;
    /** Depths where some mode's passage changes, ascending: cars and boats afloat, walkers, trucks. */
    private static final double[] DEPTH_STEPS = {Mode.CAR.maxDepth(), Mode.WALK.maxDepth(), Mode.TRUCK.maxDepth()};
    /** Memory the cached flow fields may take (8 bytes a cell each); at least 16 and at most 512 fields. */
    private static final long FIELD_CACHE_BYTES = 512L << 20;
    /**
     * A flow field computed before the water last changed a closure is still followed until an agent
     * following it meets a closed cell it cannot step round (then it is recomputed with the closures of
     * the moment) or until it is 2 h old. Closures by order and debris are found the same way.
     */
    public static final double MAX_FIELD_AGE = 7200;

    final int cols;
    final int rows;
    final int cells;
    final double cellSize;
    private final RoadClass[] road;
    private final LandUse[] land;
    private final Depths depths;
    private final byte[] floodLevel;
    private final boolean[] closedByOrder;
    private final boolean[] blocked;
    private final double[] freeAt;
    private long version;
    private long orderVersion;
    private double refreshedAt = Double.NEGATIVE_INFINITY;
    private final int maxFields;
    private final Map<Long, FlowField> fields = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FlowField> eldest) {
            return size() > maxFields;
        }
    };
    private long fieldsComputed;

    public Mobility(World world, Depths depths) {
        this.cols = world.scenario().grid().cols();
        this.rows = world.scenario().grid().rows();
        this.cells = cols * rows;
        this.cellSize = world.scenario().grid().cellSize();
        this.maxFields = (int) Math.max(16, Math.min(512, FIELD_CACHE_BYTES / (8L * cells)));
        this.depths = depths;
        GridLayer roads = world.loaded().layer("roads").orElse(GridLayer.constant(cols, rows, 0));
        GridLayer uses = world.loaded().layer("landUse").orElse(GridLayer.constant(cols, rows,
                LandUse.URBAN_RESIDENTIAL.code()));
        this.road = new RoadClass[cells];
        this.land = new LandUse[cells];
        RoadClass[] classes = RoadClass.values();
        for (int i = 0; i < cells; i++) {
            int code = (int) roads.at(i);
            road[i] = code >= 0 && code < classes.length ? classes[code] : RoadClass.NONE;
            land[i] = LandUse.ofCode(uses.at(i));
        }
        this.floodLevel = new byte[cells];
        this.closedByOrder = new boolean[cells];
        this.blocked = new boolean[cells];
        this.freeAt = new double[cells];
        refreshFloodClosures(0);
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public double cellSize() {
        return cellSize;
    }

    /** Changes whenever the set of closed cells changes; flow fields older than this are recomputed. */
    public long version() {
        return version;
    }

    /** Flow fields computed so far (for benchmarks). */
    public long fieldsComputed() {
        return fieldsComputed;
    }

    public RoadClass roadAt(int cell) {
        return road[cell];
    }

    /** Whether the cell is on the drawn road network. */
    public boolean isRoad(int cell) {
        return road[cell] != RoadClass.NONE;
    }

    /** Closes (or reopens) a cell's road to the public by order; rescue trucks and boats still pass. */
    public void setClosedByOrder(int cell, boolean closed) {
        if (closedByOrder[cell] != closed) {
            closedByOrder[cell] = closed;
            version++;
            orderVersion++;
        }
    }

    public boolean closedByOrder(int cell) {
        return closedByOrder[cell];
    }

    /** Debris or damage blocks (or no longer blocks) every vehicle at a cell; walkers climb over. */
    public void setBlocked(int cell, boolean isBlocked) {
        if (blocked[cell] != isBlocked) {
            blocked[cell] = isBlocked;
            version++;
            orderVersion++;
        }
    }

    public boolean blocked(int cell) {
        return blocked[cell];
    }

    /**
     * Brings flood closures up to date with the water now, at most every {@link #CLOSURE_REFRESH} seconds
     * unless forced; the version moves only when some cell crossed a mode's depth limit.
     */
    public void refreshFloodClosures(double now, boolean force) {
        if (now - refreshedAt < (force ? FORCED_REFRESH : CLOSURE_REFRESH)) {
            return;
        }
        refreshFloodClosures(now);
    }

    private void refreshFloodClosures(double now) {
        refreshedAt = now;
        boolean changed = false;
        for (int i = 0; i < cells; i++) {
            byte level = level(depths.at(i));
            if (level != floodLevel[i]) {
                floodLevel[i] = level;
                changed = true;
            }
        }
        if (changed) {
            version++;
        }
    }

    private static byte level(double depth) {
        byte l = 0;
        for (double step : DEPTH_STEPS) {
            if (depth >= step) {
                l++;
            }
        }
        return l;
    }

    /** Whether an agent travelling by {@code mode} may enter the cell now (live water depth). */
    public boolean passable(int cell, Mode mode) {
        return passable(cell, mode, depths.at(cell));
    }

    private boolean passable(int cell, Mode mode, double depth) {
        if (mode == Mode.BOAT) {
            // afloat anywhere there is water enough; on its trailer, wherever a truck goes
            return depth >= BOAT_FLOATS || passable(cell, Mode.TRUCK, depth);
        }
        if (depth >= mode.maxDepth()) {
            return false;
        }
        if (land[cell] == LandUse.WATER && road[cell] == RoadClass.NONE) {
            return false;
        }
        if (mode == Mode.WALK) {
            return !closedByOrder[cell];
        }
        if (blocked[cell]) {
            return false;
        }
        if (mode == Mode.CAR && closedByOrder[cell]) {
            return false;
        }
        return road[cell] != RoadClass.NONE || land[cell] != LandUse.FOREST;
    }

    /** Seconds to cross a cell straight, with the closures of the last refresh; infinite where closed. */
    double crossSeconds(int cell, Mode mode, double walkSpeed) {
        double depth = representativeDepth(floodLevel[cell]);
        if (!passable(cell, mode, depth)) {
            return Double.POSITIVE_INFINITY;
        }
        return cellSize / speed(cell, mode, walkSpeed, depth);
    }

    /** A depth inside the band a flood level stands for, so closures match the last refresh. */
    private static double representativeDepth(byte level) {
        return level == 0 ? 0 : DEPTH_STEPS[level - 1];
    }

    /** Free speed (m/s) through a cell, before queues. */
    double speed(int cell, Mode mode, double walkSpeed, double depth) {
        switch (mode) {
            case WALK:
                double w = land[cell] == LandUse.FOREST ? walkSpeed / 2 : walkSpeed;
                return depth >= 0.1 ? w / 2 : w; // wading
            case BOAT:
                if (depth >= BOAT_FLOATS) {
                    return BOAT_SPEED;
                }
                return carSpeed(cell) * TRUCK_FACTOR;
            case TRUCK:
                return carSpeed(cell) * TRUCK_FACTOR;
            default:
                return carSpeed(cell);
        }
    }

    /** Car free speed (m/s) by road class; off the drawn network, local streets or field tracks. */
    private double carSpeed(int cell) {
        return switch (road[cell]) {
            case ARTERIAL -> 50 / 3.6;
            case MAIN, UNDERPASS -> 40 / 3.6;
            case LOCAL -> 30 / 3.6;
            case NONE -> switch (land[cell]) {
                case URBAN_DENSE, URBAN_RESIDENTIAL, INDUSTRIAL, PARK -> 15 / 3.6;
                default -> 10 / 3.6;
            };
        };
    }

    /** Seconds between vehicles leaving a cell at saturation flow: 3 600 / (veh/h). */
    private double headway(int cell) {
        return switch (road[cell]) {
            case ARTERIAL -> 3600.0 / 3600; // two lanes a direction at 1 800 veh/h each
            case MAIN, UNDERPASS -> 3600.0 / 1800;
            case LOCAL -> 3600.0 / 900;
            case NONE -> 3600.0 / 600;
        };
    }

    /**
     * Moves the trip one cell toward its target and returns when it will be there (s), or
     * {@link Trip#ARRIVED} / {@link Trip#STUCK}. A trip whose next cell has closed since its route was
     * computed takes a new route from where it stands.
     */
    public double advance(Trip trip, double now) {
        if (trip.cell == trip.target) {
            return Trip.ARRIVED;
        }
        FlowField f = field(trip, now, false);
        int next = f.next[trip.cell];
        if (next < 0 || next != trip.target && !passable(next, trip.mode)) {
            next = sidestep(f, trip);
            if (next < 0) {
                refreshFloodClosures(now, true);
                f = field(trip, now, true);
                next = f.next[trip.cell];
                if (next < 0 || next != trip.target && !passable(next, trip.mode)) {
                    return Trip.STUCK;
                }
            }
            trip.reroutes++;
        }
        double depth = depths.at(next);
        double straight = 0.5 * (cellSize / speed(trip.cell, trip.mode, trip.walkSpeed, depths.at(trip.cell))
                + cellSize / speed(next, trip.mode, trip.walkSpeed, depth));
        boolean diagonal = trip.cell % cols != next % cols && trip.cell / cols != next / cols;
        double arrive = now + straight * (diagonal ? Math.sqrt(2) : 1);
        if (trip.mode.queues() || trip.mode == Mode.BOAT && depth < BOAT_FLOATS) {
            arrive = Math.max(arrive, freeAt[next]);
            freeAt[next] = arrive + headway(next);
        }
        trip.moveTo(next);
        return arrive;
    }

    /**
     * A way round a cell that closed since the field was computed: the open neighbour closest to the
     * target by the field's times, if it is closer than where the trip stands; -1 if none is.
     */
    private int sidestep(FlowField f, Trip trip) {
        int c = trip.cell % cols;
        int r = trip.cell / cols;
        int best = -1;
        float bestTime = f.seconds[trip.cell];
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int nc = c + dc;
                int nr = r + dr;
                if ((dr != 0 || dc != 0) && nc >= 0 && nr >= 0 && nc < cols && nr < rows) {
                    int j = nr * cols + nc;
                    if (f.seconds[j] < bestTime && (j == trip.target || passable(j, trip.mode))) {
                        bestTime = f.seconds[j];
                        best = j;
                    }
                }
            }
        }
        return best;
    }

    /** Travel time (s) from a cell to a target by a mode with the current closures, infinite if none. */
    public double travelSeconds(int from, int target, Mode mode) {
        return flowField(target, mode, WALK_SPEED, refreshedAt, false).seconds[from];
    }

    /** Straight-line travel time (s) by a mode on a main road, ignoring closures: for ranking many candidates. */
    public double crowFliesSeconds(int from, int to, Mode mode) {
        double dx = from % cols - to % cols;
        double dy = from / cols - to / cols;
        double metres = Math.hypot(dx, dy) * cellSize;
        double speed = mode == Mode.WALK ? WALK_SPEED : 40 / 3.6 * (mode == Mode.CAR ? 1 : TRUCK_FACTOR);
        return metres / speed;
    }

    private FlowField field(Trip trip, double now, boolean blockedAhead) {
        if (trip.field == null || stale(trip.field, now, blockedAhead)) {
            if (trip.solo) {
                trip.field = FlowField.compute(this, trip.target, trip.mode, WALK_SPEED, now, trip.cell);
                fieldsComputed++;
            } else {
                trip.field = flowField(trip.target, trip.mode, trip.walkSpeed, now, blockedAhead);
            }
        }
        return trip.field;
    }

    private boolean stale(FlowField f, double now, boolean blockedAhead) {
        return f.version != version && (blockedAhead || now - f.computedAt >= MAX_FIELD_AGE);
    }

    private FlowField flowField(int target, Mode mode, double walkSpeed, double now, boolean blockedAhead) {
        long key = ((long) target << 8) | mode.ordinal();
        FlowField f = fields.get(key);
        if (f == null || stale(f, now, blockedAhead)) {
            f = FlowField.compute(this, target, mode, WALK_SPEED, now);
            fieldsComputed++;
            fields.put(key, f);
        }
        return f;
    }

    long orderVersion() {
        return orderVersion;
    }
}
