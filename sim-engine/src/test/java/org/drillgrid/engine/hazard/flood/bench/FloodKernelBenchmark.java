package org.drillgrid.engine.hazard.flood.bench;

import java.util.concurrent.TimeUnit;
import org.drillgrid.engine.hazard.flood.BenchmarkGrid;
import org.drillgrid.engine.hazard.flood.FloodSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of one flood-solver sub-step on a wet, wavy grid of {@code side}² cells, serial and in
 * row bands. Score: sub-steps per second; times side² gives cell updates per second. Run with
 * {@code scripts/jmh}; it is not a unit test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector") // the solver's vector loops
public class FloodKernelBenchmark {

    @Param({"500", "1000"})
    int side;

    @Param({"false", "true"})
    boolean parallel;

    private FloodSolver solver;
    private double t;

    @Setup
    public void setUp() {
        solver = BenchmarkGrid.wavy(side, parallel);
    }

    @Benchmark
    public int subStep() {
        int k = solver.advance(t, 0.5); // below the stable step here: one sub-step per call
        t += 0.5;
        return k;
    }
}
