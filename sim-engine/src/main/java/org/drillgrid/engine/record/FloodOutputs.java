package org.drillgrid.engine.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.drillgrid.engine.hazard.flood.FloodView;
import org.drillgrid.engine.hazard.flood.MassBalance;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.GridSpec;

/**
 * Flood outputs of a headless run: {@code grids/depth_<t>.asc} (m) and {@code grids/speed_<t>.asc} (m/s) at
 * requested times (the first tick end at
 * or after each), at the end {@code grids/max_depth.asc} (m), {@code grids/max_hazard.asc} (FD2321 rating)
 * and {@code grids/first_wet.asc} (s when a cell first held 0.1 m; nodata where never), and {@code mass_balance.csv} with one row per
 * tick. Grids have the scenario grid's geometry; depths are written to the millimetre.
 */
public final class FloodOutputs implements AutoCloseable {

    private static final int DECIMALS = 3;

    private final FloodView flood;
    private final Path grids;
    private final AsciiGrid.Header header;
    private final Deque<Long> gridTimes;
    private final BufferedWriter balance;

    public FloodOutputs(FloodView flood, GridSpec grid, Path dir, List<Long> gridTimes) throws IOException {
        this.flood = flood;
        this.grids = Files.createDirectories(dir.resolve("grids"));
        this.header = new AsciiGrid.Header(grid.cols(), grid.rows(), grid.originXOrZero(), grid.originYOrZero(),
                grid.cellSize(), AsciiGrid.DEFAULT_NODATA);
        this.gridTimes = new ArrayDeque<>(gridTimes.stream().sorted().distinct().toList());
        this.balance = Files.newBufferedWriter(dir.resolve("mass_balance.csv"), StandardCharsets.UTF_8);
        balance.write("t,volume_m3,inflow_m3,outflow_m3,rain_m3,losses_m3,relative_error\n");
    }

    /** Also writes the depth and speed grids at the end of the tick that reaches {@code t}. */
    public void snapshotAt(long t) {
        java.util.List<Long> all = new java.util.ArrayList<>(gridTimes);
        all.add(t);
        gridTimes.clear();
        all.stream().sorted().distinct().forEach(gridTimes::add);
    }

    /** Call after every tick with the sim time reached. */
    public void afterTick(long now) throws IOException {
        while (!gridTimes.isEmpty() && gridTimes.peekFirst() <= now) {
            long t = gridTimes.pollFirst();
            write("depth_" + t + ".asc", flood.depths());
            write("speed_" + t + ".asc", flood.speeds());
        }
        MassBalance m = flood.massBalance();
        double v = flood.volume();
        balance.write(String.format(Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3e%n", now, v, m.inflow(),
                m.outflow(), m.rain(), m.losses(), m.relativeError(v)));
    }

    private void write(String name, double[] values) throws IOException {
        try (Writer w = Files.newBufferedWriter(grids.resolve(name), StandardCharsets.US_ASCII)) {
            AsciiGrid.write(w, header, new GridLayer(header.cols(), header.rows(), values), DECIMALS);
        }
    }

    @Override
    public void close() throws IOException {
        write("max_depth.asc", flood.maxDepths());
        write("max_hazard.asc", flood.maxHazardRatings());
        write("first_wet.asc", flood.firstWettingTimes());
        balance.close();
    }
}
