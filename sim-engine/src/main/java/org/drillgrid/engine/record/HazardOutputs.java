package org.drillgrid.engine.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.drillgrid.engine.hazard.fire.FireView;
import org.drillgrid.engine.hazard.quake.QuakeView;
import org.drillgrid.model.grid.AsciiGrid;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.GridSpec;

/**
 * Earthquake and fire outputs of a headless run. Fire: {@code grids/fire_arrival.asc} (s when the fire
 * reached each cell, nodata where it did not) at the end and {@code burned_area.csv} (hectares burned at
 * each tick end where it changed). Quake: {@code grids/intensity.asc} (worst intensity felt, to 0.01),
 * {@code grids/pga.asc} (worst PGA, g, to 0.001) and {@code grids/damage.asc} (worst damage state of a home
 * in the cell, 0 intact .. 4 collapse) at the end. Either may be absent.
 */
public final class HazardOutputs implements AutoCloseable {

    private final QuakeView quake;
    private final FireView fire;
    private final GridSpec grid;
    private final Path grids;
    private final BufferedWriter burned;
    private double lastHa = -1;

    public HazardOutputs(QuakeView quake, FireView fire, GridSpec grid, Path dir) throws IOException {
        this.quake = quake;
        this.fire = fire;
        this.grid = grid;
        this.grids = Files.createDirectories(dir.resolve("grids"));
        this.burned = fire == null ? null : Files.newBufferedWriter(dir.resolve("burned_area.csv"), StandardCharsets.UTF_8);
        if (burned != null) {
            burned.write("t,burned_ha\n");
        }
    }

    /** Call after every tick with the sim time reached. */
    public void afterTick(long now) throws IOException {
        if (fire != null && fire.burnedHa() != lastHa) {
            lastHa = fire.burnedHa();
            burned.write(String.format(Locale.ROOT, "%d,%.2f%n", now, lastHa));
        }
    }

    private void write(String name, double[] values, int decimals) throws IOException {
        AsciiGrid.Header header = new AsciiGrid.Header(grid.cols(), grid.rows(), grid.originXOrZero(),
                grid.originYOrZero(), grid.cellSize(), AsciiGrid.DEFAULT_NODATA);
        try (Writer w = Files.newBufferedWriter(grids.resolve(name), StandardCharsets.US_ASCII)) {
            AsciiGrid.write(w, header, new GridLayer(grid.cols(), grid.rows(), values), decimals);
        }
    }

    @Override
    public void close() throws IOException {
        int n = grid.cols() * grid.rows();
        if (fire != null) {
            write("fire_arrival.asc", fire.arrivals(), 0);
            burned.close();
        }
        if (quake != null) {
            double[] intensity = new double[n];
            double[] pga = new double[n];
            double[] damage = new double[n];
            for (int i = 0; i < n; i++) {
                intensity[i] = quake.intensity(i);
                pga[i] = quake.pga(i);
                damage[i] = quake.damage(i);
            }
            write("intensity.asc", intensity, 2);
            write("pga.asc", pga, 3);
            write("damage.asc", damage, 0);
        }
    }
}
