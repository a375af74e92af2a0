package org.drillgrid.engine.hazard.flood;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.EventSink;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.scenario.CellRef;

/**
 * Levees, dams and reservoirs on the solver's ground: crests raised at set-up, lakes filled to their
 * level at t = 0, breaches lowering crest cells linearly over their duration.
 */
final class Levees {

    private static final long DEFAULT_BREACH_SECONDS = 1800;

    private record Breach(String levee, int[] cells, double crest, double to, long at, long over) {
    }

    private final FloodSolver solver;
    private final int cols;
    private final List<Breach> breaches = new ArrayList<>();
    private boolean[] announced;
    private boolean[] held;
    private final java.util.Map<String, int[]> leveeCells = new java.util.LinkedHashMap<>();

    Levees(FloodSolver solver, FloodSpec spec) {
        this.solver = solver;
        this.cols = solver.cols();
        for (FloodSpec.Levee l : spec.leveesOrEmpty()) {
            leveeCells.put(l.id(), l.cells().stream().mapToInt(this::index).toArray());
            for (CellRef c : l.cells()) {
                int i = index(c);
                solver.setBed(i, Math.max(solver.bed(i), l.crest()));
            }
            if (l.breach() != null) {
                List<CellRef> cells = l.breach().cells() == null ? l.cells() : l.breach().cells();
                long over = l.breach().over() == null ? DEFAULT_BREACH_SECONDS : l.breach().over().seconds();
                breaches.add(new Breach(l.id(), cells.stream().mapToInt(this::index).toArray(), l.crest(),
                        l.breach().to(), l.breach().at().seconds(), Math.max(1, over)));
            }
        }
        this.announced = new boolean[breaches.size()];
        this.held = new boolean[breaches.size()];
        for (FloodSpec.Reservoir r : spec.reservoirsOrEmpty()) {
            fill(index(r.cell()), r.level());
        }
    }

    private int index(CellRef c) {
        return c.row() * cols + c.col();
    }

    /** Fills the cells connected to {@code start} whose ground is below {@code level}. */
    private void fill(int start, double level) {
        int rows = solver.rows();
        boolean[] seen = new boolean[cols * rows];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        while (!queue.isEmpty()) {
            int i = queue.poll();
            if (solver.bed(i) >= level) {
                continue;
            }
            solver.setDepth(i, level - solver.bed(i));
            int c = i % cols;
            int r = i / cols;
            int[] next = {c > 0 ? i - 1 : -1, c < cols - 1 ? i + 1 : -1, r > 0 ? i - cols : -1, r < rows - 1 ? i + cols : -1};
            for (int n : next) {
                if (n >= 0 && !seen[n]) {
                    seen[n] = true;
                    queue.add(n);
                }
            }
        }
    }

    /**
     * Lowers breaching crests to where they stand at time t; reports each breach once, stamped
     * {@code stamp} (the tick's end, like every hazard event, so the log's time never goes back).
     */
    void apply(long t, long stamp, EventSink events) {
        for (int k = 0; k < breaches.size(); k++) {
            Breach b = breaches.get(k);
            if (t < b.at() || held[k]) {
                continue;
            }
            if (!announced[k]) {
                announced[k] = true;
                events.emit(new LeveeBreached(stamp, b.levee(), b.cells().length, b.to()));
            }
            double f = Math.min(1, (t - b.at()) / (double) b.over());
            double z = b.crest() - f * (b.crest() - b.to());
            for (int i : b.cells()) {
                solver.setBed(i, Math.min(solver.bed(i), z));
            }
        }
    }

    /**
     * Breaches a levee now (an inject's effect): its crest cells (those of its scripted breach, else all)
     * fall to {@code to} (null: the scripted bottom) over {@code over} seconds (null: the scripted span,
     * else 30 min). A reinforcement does not stop it. Returns false when there is no such levee or no
     * bottom is known.
     */
    boolean breachNow(String levee, long t, Double to, Long over, double crestOf) {
        int[] cells = leveeCells.get(levee);
        if (cells == null) {
            return false;
        }
        Breach scripted = null;
        for (Breach b : breaches) {
            if (b.levee().equals(levee)) {
                scripted = b;
            }
        }
        Double bottom = to != null ? to : scripted == null ? null : scripted.to();
        if (bottom == null) {
            return false;
        }
        int[] where = scripted == null ? cells : scripted.cells();
        double crest = scripted == null ? crestOf : scripted.crest();
        long span = over != null ? over : scripted == null ? DEFAULT_BREACH_SECONDS : scripted.over();
        breaches.add(new Breach(levee, where, crest, bottom, t, Math.max(1, span)));
        announced = java.util.Arrays.copyOf(announced, breaches.size());
        held = java.util.Arrays.copyOf(held, breaches.size());
        return true;
    }

    /** The cells of a levee (or dam), or null when there is none of that id. */
    int[] cells(String levee) {
        int[] c = leveeCells.get(levee);
        return c == null ? null : c.clone();
    }

    /**
     * A reinforcement (a sandbag ring, a raised crest) finished at time t: a scripted breach of the levee
     * that has not begun yet does not happen. Returns the number of breaches so prevented.
     */
    int reinforce(String levee, long t) {
        int n = 0;
        for (int k = 0; k < breaches.size(); k++) {
            Breach b = breaches.get(k);
            if (b.levee().equals(levee) && t < b.at() && !held[k]) {
                held[k] = true;
                n++;
            }
        }
        return n;
    }
}
