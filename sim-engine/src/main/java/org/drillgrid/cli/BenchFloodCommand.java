package org.drillgrid.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.drillgrid.engine.hazard.flood.BenchmarkGrid;
import org.drillgrid.engine.hazard.flood.FloodSettings;
import org.drillgrid.engine.hazard.flood.FloodSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drillgrid bench flood --cells N}: the flood solver's throughput on a synthetic wet grid of about
 * N cells, next to a STREAM-style copy bandwidth measured in the same run, so the figure reads as a
 * fraction of what the memory bus allows. The last two lines are exactly {@code cell-updates/s: <n>}
 * and {@code bandwidth-fraction: <0..1>}.
 */
@Command(name = "flood", mixinStandardHelpOptions = true,
        description = "Flood solver throughput (cell updates/s) against the machine's copy bandwidth.")
final class BenchFloodCommand implements Callable<Integer> {

    /**
     * Bytes a cell update moves, as the issue estimates them (64-90 bytes; about 10 doubles). The solver
     * reads 5 doubles per cell and sub-step (bed, Manning's n, depth, two face fluxes) and writes 3 back
     * in place (the new depth and fluxes): 64 bytes. Until it updated the water in place it wrote them
     * into other arrays, 88 bytes with the reads the processor makes before it writes a cache line. 80 is
     * kept so that figures stay comparable.
     */
    static final double BYTES_PER_CELL_UPDATE = 80;

    @Spec
    private CommandSpec spec;

    @Option(names = "--cells", defaultValue = "1000000", description = "grid cells (default: ${DEFAULT-VALUE})")
    private int cells;

    @Option(names = "--runs", defaultValue = "5", description = "timed runs (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--steps", defaultValue = "20", description = "solver sub-steps per run (default: ${DEFAULT-VALUE})")
    private int steps;

    /**
     * Untimed runs first: the JIT compiles the vector loops only after some 60 sub-steps of 10^6 cells,
     * and runs before that measure the interpreter and C1 (2026-11-24: runs 1-3 at 110-155 M cell
     * updates/s, then 180-200 M).
     */
    @Option(names = "--warmup", defaultValue = "5", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Override
    public Integer call() {
        if (cells < 100 || runs < 1 || steps < 1 || warmup < 0) {
            throw new InputException("--cells must be >= 100, --runs and --steps >= 1, --warmup >= 0");
        }
        int side = (int) Math.round(Math.sqrt(cells));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench flood: %d x %d cells, %d sub-steps per run, %d runs after %d to warm up, %s%n",
                side, side, steps, runs, warmup, side * side >= FloodSettings.PARALLEL_FROM_CELLS
                        ? "row bands on " + Runtime.getRuntime().availableProcessors() + " cores" : "one thread");
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            double rate = solverRate(side);
            if (i >= warmup) {
                rates.add(rate);
                out.printf(Locale.ROOT, "  run %d: %.1f million cell updates/s%n", i - warmup + 1, rate / 1e6);
            }
        }
        double rate = BenchCommand.median(rates);
        double bandwidth = copyBandwidth();
        out.printf(Locale.ROOT, "copy bandwidth: %.2f GB/s (best of 10), %.0f bytes per cell update assumed%n",
                bandwidth / 1e9, BYTES_PER_CELL_UPDATE);
        out.printf(Locale.ROOT, "cell-updates/s: %.0f%n", rate);
        out.printf(Locale.ROOT, "bandwidth-fraction: %.3f%n", Math.min(1, rate * BYTES_PER_CELL_UPDATE / bandwidth));
        out.flush();
        return 0;
    }

    /** Cell updates per second over {@link #steps} sub-steps of a wet, wavy grid. */
    private double solverRate(int side) {
        int n = side * side;
        FloodSolver s = BenchmarkGrid.wavy(side, n >= FloodSettings.PARALLEL_FROM_CELLS);
        long t0 = System.nanoTime();
        int done = 0;
        double t = 0;
        while (done < steps) {
            int k = s.advance(t, 1.0); // sub-steps are ~1.4 s here: one per call
            done += k;
            t += 1.0;
        }
        return (double) done * n / ((System.nanoTime() - t0) / 1e9);
    }

    /**
     * STREAM-style copy of a 128 MB array: bytes read plus bytes written per second, the best of 10 after
     * one to warm up, as STREAM reports its best rate. The best, not the median: the ceiling is what the
     * memory gives when nothing else is in the way (single copies on this machine range 19-28 GB/s).
     */
    static double copyBandwidth() {
        double[] a = new double[16 * 1024 * 1024];
        double[] b = new double[a.length];
        Arrays.fill(a, 1.0);
        double best = 0;
        for (int i = 0; i < 11; i++) {
            long t0 = System.nanoTime();
            System.arraycopy(a, 0, b, 0, a.length);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (i > 0) {
                best = Math.max(best, 2.0 * a.length * Double.BYTES / seconds);
            }
        }
        return best;
    }
}
