package org.drillgrid.model.validate;

/**
 * The ranges of the numbers the engine computes with, one place for the validator, the ad-hoc injects
 * of a running exercise and the documentation (docs/scenario-format.md, "Ranges"). Each bound is a
 * physical or resource limit with room to spare, so that whatever validates runs to its end: no
 * overflow to infinity, no time step that shrinks to nothing, no array larger than the heap.
 */
public final class Bounds {

    /** Lowest ground and water level, m above datum (the Dead Sea shore is at -430 m). */
    public static final double MIN_LEVEL = -500;
    /** Highest ground and water level, m above datum (Everest: 8 849 m). */
    public static final double MAX_LEVEL = 9_000;
    /**
     * Most a stage boundary or a reservoir may stand above the highest ground of the grid, m: water deeper
     * than that shrinks the flood solver's stable step (α·Δx/√(g·h)) until a run never ends.
     */
    public static final double MAX_WATER_ABOVE_GROUND = 100;
    /** Heaviest rain, mm/h: the one-minute world record (31.2 mm, Unionville 1956) is 1 872 mm/h. */
    public static final double MAX_RAIN_MM_PER_HOUR = 2_000;
    /** Largest factor of a rain zone. */
    public static final double MAX_RAIN_FACTOR = 10;
    /** Largest inflow or sink, m³/s: the Amazon's largest floods carry some 300 000 m³/s. */
    public static final double MAX_DISCHARGE = 300_000;
    /** Smallest flood time-step factor α: below it the sub-steps only cost time (Bates et al. 2010 use 0.7). */
    public static final double MIN_ALPHA = 0.05;
    /** Design storm: the longest return period, years. */
    public static final double MAX_RETURN_PERIOD = 10_000;
    /** Design storm: the largest formula coefficients A1 (mm/min), C and b (min). */
    public static final double MAX_STORM_COEFFICIENT = 1_000;
    /** Most residents per m² of a cell (Kowloon Walled City held some 1.3 at its densest). */
    public static final double MAX_RESIDENTS_PER_M2 = 2;
    /** Most residents in the whole grid: each is a household member the engine keeps in memory. */
    public static final long MAX_RESIDENTS = 10_000_000;
    /** Most people in one team, and most boats, pumps or detectors it brings. */
    public static final int MAX_TEAM = 10_000;
    /** Largest pump rate, m³/h per pump (large mobile pumps move some 3 000). */
    public static final double MAX_PUMP_RATE = 10_000;
    /** Most units of one item in a stock, an agreement or a day's production. */
    public static final long MAX_QUANTITY = 1_000_000_000L;
    /** Most trucks of one depot. */
    public static final int MAX_TRUCKS = 1_000;
    /** Largest payload of one truck, kg. */
    public static final double MAX_TRUCK_KG = 100_000;
    /** Most people one shelter holds. */
    public static final long MAX_SHELTER = 1_000_000;
    /** Farthest an epicentre may lie from the grid, m. */
    public static final double MAX_EPICENTRE_DISTANCE = 1_000_000;
    /** Largest radius of a fire-near condition, km. */
    public static final double MAX_FIRE_NEAR_KM = 100;
    /** Longest wait, reading interval or latency in a drill script: the longest scenario. */
    public static final long MAX_WAIT_SECONDS = ScenarioValidator.MAX_DURATION;
    /**
     * Heap a run needs per grid cell, bytes: the layers, the flood's depths and discharges with their
     * halos, the road network's state and the flow fields of shelters and team tasks. Measured: 190-200
     * bytes live on 500 x 500 and 1 000 x 1 000 grids with a flood, two teams, two shelters and the auto
     * policy (docs/scenario-format.md, "Ranges"); twice that leaves room for more flow fields and the
     * collector.
     */
    public static final long HEAP_BYTES_PER_CELL = 400;
    /** Heap a run needs per resident (households and their state), bytes: measured 187, with room. */
    public static final long HEAP_BYTES_PER_RESIDENT = 300;
    /** What a run needs whatever its size: the engine's own classes and buffers, bytes. */
    public static final long HEAP_BASE_BYTES = 64L << 20;

    private Bounds() {
    }

    /** Heap, in bytes, a run of a grid of {@code cells} with {@code residents} needs. */
    public static long heapNeeded(long cells, long residents) {
        return HEAP_BASE_BYTES + cells * HEAP_BYTES_PER_CELL + residents * HEAP_BYTES_PER_RESIDENT;
    }

    /** Whether {@code v} is a level (ground, water, crest) within the bounds. */
    public static boolean isLevel(double v) {
        return v >= MIN_LEVEL && v <= MAX_LEVEL;
    }

    /** Whether {@code v} is a rain intensity within the bounds (mm/h, at least 0). */
    public static boolean isRain(double v) {
        return v >= 0 && v <= MAX_RAIN_MM_PER_HOUR;
    }
}
