package org.drillgrid.engine.people;

import java.util.Arrays;
import org.drillgrid.model.grid.GridLayer;
import ec.util.MersenneTwisterFast;

/**
 * The residents as households, one agent each, stored column-wise (an array per attribute) so a city of
 * 100 000 households costs a few megabytes and no per-household objects. Households are placed from
 * the {@code population} layer cell by cell in row-major order, sizes drawn from the 2020 census
 * distribution until the cell's residents are housed; ids are indexes in that order.
 */
public final class Population {

    /** Share of households by size 1..6 (6 stands for 6 or more): China's 2020 census (see docs/agents.md). */
    static final double[] SIZE_SHARES = {0.2539, 0.2968, 0.2099, 0.1317, 0.0619, 0.0458};
    /** Chance that a person needs help to move (aged 80+ or severely disabled). */
    static final double REDUCED_MOBILITY = 0.05;
    /** Private cars per household (37.1 per 100 households, 2020). */
    static final double CAR_OWNERSHIP = 0.371;

    /** What a household is doing. */
    public enum State {
        /** At home, no warning received. */
        UNAWARE,
        /** At home, warned, deciding what to do. */
        DECIDING,
        /** At home, decided to stay (or to shelter in place). */
        STAYING,
        /** On the way to a shelter. */
        EVACUATING,
        /** In a shelter with a place. */
        SHELTERED,
        /** Reached shelters that were all full or closed; waiting outside one. */
        STRANDED
    }

    final int count;
    final int cols;
    final int[] home;
    final byte[] size;
    final boolean[] reducedMobility;
    final boolean[] car;
    final State[] state;
    /** Sim times (s), NaN until it happened. */
    final double[] warnedAt;
    final double[] affectedAt;
    final double[] shelteredAt;
    final double[] relievedAt;
    final double[] trappedAt;
    final double[] rescuedAt;
    /** Strongest warning received: 0 none, 1..4 blue..red, 5 an evacuation order. */
    final byte[] warning;
    /** Strongest warning the household has decided on. */
    final byte[] decided;
    final boolean[] cued;
    final boolean[] trapped;
    final byte[] injured;
    final byte[] dead;
    /** Highest hazard rating the household's casualties were drawn for. */
    final float[] exposure;
    /** Shelter index a household is heading to or staying in, -1 none; ordered shelter, -1 none. */
    final int[] shelter;
    final int[] orderedShelter;
    /** Households by home cell: members of cell c are byCell[cellStart[c] .. cellStart[c+1]). */
    final int[] cellStart;
    /** Cells with at least one household, ascending. */
    final int[] populatedCells;

    private Population(int count, int cells, int cols) {
        this.count = count;
        this.cols = cols;
        home = new int[count];
        size = new byte[count];
        reducedMobility = new boolean[count];
        car = new boolean[count];
        state = new State[count];
        Arrays.fill(state, State.UNAWARE);
        warnedAt = nan(count);
        affectedAt = nan(count);
        shelteredAt = nan(count);
        relievedAt = nan(count);
        trappedAt = nan(count);
        rescuedAt = nan(count);
        warning = new byte[count];
        decided = new byte[count];
        cued = new boolean[count];
        trapped = new boolean[count];
        injured = new byte[count];
        dead = new byte[count];
        exposure = new float[count];
        shelter = new int[count];
        orderedShelter = new int[count];
        Arrays.fill(shelter, -1);
        Arrays.fill(orderedShelter, -1);
        cellStart = new int[cells + 1];
        populatedCells = null;
    }

    private Population(Population p, int[] populated) {
        this.count = p.count;
        this.cols = p.cols;
        this.home = p.home;
        this.size = p.size;
        this.reducedMobility = p.reducedMobility;
        this.car = p.car;
        this.state = p.state;
        this.warnedAt = p.warnedAt;
        this.affectedAt = p.affectedAt;
        this.shelteredAt = p.shelteredAt;
        this.relievedAt = p.relievedAt;
        this.trappedAt = p.trappedAt;
        this.rescuedAt = p.rescuedAt;
        this.warning = p.warning;
        this.decided = p.decided;
        this.cued = p.cued;
        this.trapped = p.trapped;
        this.injured = p.injured;
        this.dead = p.dead;
        this.exposure = p.exposure;
        this.shelter = p.shelter;
        this.orderedShelter = p.orderedShelter;
        this.cellStart = p.cellStart;
        this.populatedCells = populated;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /** Households drawn for the residents of every cell of {@code population}, with {@code random}. */
    public static Population of(GridLayer population, MersenneTwisterFast random) {
        int cells = population.size();
        int[] persons = new int[cells];
        long total = 0;
        for (int i = 0; i < cells; i++) {
            persons[i] = (int) Math.round(Math.max(0, population.at(i)));
            total += persons[i];
        }
        // Draw sizes into a growable buffer: the count is known only after drawing.
        byte[] sizes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, total)];
        int[] homes = new int[sizes.length];
        int n = 0;
        for (int c = 0; c < cells; c++) {
            int left = persons[c];
            while (left > 0) {
                int s = Math.min(left, drawSize(random));
                sizes[n] = (byte) s;
                homes[n] = c;
                n++;
                left -= s;
            }
        }
        Population p = new Population(n, cells, population.cols());
        int populated = 0;
        for (int i = 0; i < n; i++) {
            p.home[i] = homes[i];
            p.size[i] = sizes[i];
            double allAble = Math.pow(1 - REDUCED_MOBILITY, sizes[i]);
            p.reducedMobility[i] = random.nextDouble() >= allAble;
            p.car[i] = random.nextDouble() < CAR_OWNERSHIP;
            p.cellStart[homes[i] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            if (p.cellStart[c + 1] > 0) {
                populated++;
            }
            p.cellStart[c + 1] += p.cellStart[c];
        }
        int[] cellsWithPeople = new int[populated];
        int k = 0;
        for (int c = 0; c < cells; c++) {
            if (p.cellStart[c + 1] > p.cellStart[c]) {
                cellsWithPeople[k++] = c;
            }
        }
        return new Population(p, cellsWithPeople);
    }

    private static int drawSize(MersenneTwisterFast random) {
        double u = random.nextDouble();
        double acc = 0;
        for (int s = 0; s < SIZE_SHARES.length - 1; s++) {
            acc += SIZE_SHARES[s];
            if (u < acc) {
                return s + 1;
            }
        }
        return 6;
    }

    public int count() {
        return count;
    }

    public long persons() {
        long p = 0;
        for (byte s : size) {
            p += s;
        }
        return p;
    }

    public int home(int h) {
        return home[h];
    }

    public int size(int h) {
        return size[h];
    }

    public State state(int h) {
        return state[h];
    }

    public boolean hasCar(int h) {
        return car[h];
    }

    public boolean reducedMobility(int h) {
        return reducedMobility[h];
    }

    public double warnedAt(int h) {
        return warnedAt[h];
    }

    public double affectedAt(int h) {
        return affectedAt[h];
    }

    public double relievedAt(int h) {
        return relievedAt[h];
    }

    public double trappedAtOrNaN(int h) {
        return trappedAt[h];
    }

    public double rescuedAt(int h) {
        return rescuedAt[h];
    }

    public double shelteredAt(int h) {
        return shelteredAt[h];
    }

    public boolean trapped(int h) {
        return trapped[h];
    }

    public int dead(int h) {
        return dead[h];
    }

    public int injured(int h) {
        return injured[h];
    }

    /** The first household living in a cell, and one past the last. */
    public int firstAt(int cell) {
        return cellStart[cell];
    }

    public int endAt(int cell) {
        return cellStart[cell + 1];
    }

    int[] populatedCells() {
        return populatedCells;
    }

    /** At home (not gone to a shelter), alive. */
    boolean atHome(int h) {
        State s = state[h];
        return s == State.UNAWARE || s == State.DECIDING || s == State.STAYING;
    }
}
