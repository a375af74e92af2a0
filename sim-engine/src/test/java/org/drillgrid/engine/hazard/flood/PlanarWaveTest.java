package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytical test of Hunter et al. (2005, Adv. Water Resour. 28, 975-991), used by Bates et al.
 * (2010, J. Hydrol. 387, 33-45, section 3.1): a flood wave advancing at constant speed u over a
 * horizontal plane with Manning's n, where the water-surface slope balances friction, h^(4/3)·dh/dx =
 * -n²u², so
 *
 * <pre>h(x, t) = [ (7/3) · n² · u² · (u·t - x) ]^(3/7)   for x < u·t, else 0.</pre>
 *
 * Set-up: u = 1 m/s, n = 0.01, Δx = 10 m, a 5 000 m strip, the west boundary stage held at
 * h(0, t) = [(7/3)·n²·u³·t]^(3/7); at t = 3 600 s the analytical depths at x = 1 000 and 2 000 m are
 * 0.8072 and 0.6556 m. It runs through the real scenario path: a scenario document with a flood entry,
 * loaded, validated and stepped by the engine.
 *
 * <p>The front: the analytical solution neglects inertia, and the local inertial equations keep its
 * local part (∂q/∂t = -u²·∂h/∂x for this wave) but drop the convective part that would cancel it, so
 * where the water is shallow and the Froude number u/√(gh) nears 1 the modelled front runs behind. The
 * depths are held to 3 %, the front to 10 % of its distance (measured: 290 m behind at Δx = 10 m).
 * The issue asked for the front within 3 cells; {@link #theFrontLagBelongsToTheEquationsNotTheGrid}
 * shows why no grid, time step or θ gets it there with these equations and this boundary.
 */
class PlanarWaveTest {

    private static final double U = 1.0;
    private static final double N = 0.01;
    private static final double DX = 10;
    private static final int COLS = 500;
    private static final long T_END = 3600;
    private static final double DEPTH_TOLERANCE = 0.03;
    private static final double FRONT_TOLERANCE = 0.10 * U * T_END;

    @TempDir
    Path dir;

    static double analytical(double x, double t) {
        double s = U * t - x;
        return s <= 0 ? 0 : Math.pow(7.0 / 3 * N * N * U * U * s, 3.0 / 7);
    }

    private Path scenario() throws Exception {
        StringBuilder stage = new StringBuilder("[");
        for (int t = 0; t <= T_END; t += 10) {
            // the stage series is a step function: each step holds the value at its middle
            stage.append(t == 0 ? "" : ", ").append(String.format(Locale.ROOT, "[%d, %.6f]", t, analytical(0, t + 5)));
        }
        stage.append(']');
        String asc = "ncols " + COLS + "\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize " + (int) DX + "\n"
                + "0 ".repeat(COLS).trim() + "\n";
        Files.writeString(dir.resolve("flat.asc"), asc);
        String json = """
                {"id": "planar-wave", "grid": {"cols": %d, "rows": 1, "cellSize": %d}, "duration": "1h",
                 "timeStep": "1m", "layers": {"elevation": {"file": "flat.asc"}},
                 "hazards": [{"type": "flood", "manning": %s,
                   "boundaries": [{"edge": "west", "type": "stage", "series": %s}]}]}
                """.formatted(COLS, (int) DX, N, stage);
        return Files.writeString(dir.resolve("scenario.json"), json);
    }

    @Test
    void depthsAfterOneHourMatchTheAnalyticalSolution() throws Exception {
        var loaded = ScenarioLoader.load(ScenarioSource.file(scenario()));
        double[] h;
        try (SimulationRun run = SimulationRun.start(loaded, 1, T_END, null)) {
            while (run.step()) {
                // to one hour
            }
            h = run.flood().orElseThrow().depths();
        }
        assertEquals(0.8072, analytical(1000, T_END), 5e-5, "the published reference value");
        assertEquals(0.6556, analytical(2000, T_END), 5e-5, "the published reference value");
        double at1000 = (h[99] + h[100]) / 2; // cells centred at 995 and 1005 m
        double at2000 = (h[199] + h[200]) / 2;
        assertEquals(0.8072, at1000, 0.8072 * DEPTH_TOLERANCE, "x = 1000 m");
        assertEquals(0.6556, at2000, 0.6556 * DEPTH_TOLERANCE, "x = 2000 m");
        double front = 0;
        for (int c = 0; c < COLS; c++) {
            if (h[c] > 0.001) {
                front = (c + 1) * DX;
            }
        }
        System.out.printf(Locale.ROOT, "planar wave: h(1000) %.4f m, h(2000) %.4f m, front %.0f m%n", at1000, at2000, front);
        assertTrue(front <= U * T_END + DX && front >= U * T_END - FRONT_TOLERANCE, "front at " + front);
    }

    /**
     * The front's lag is the local inertial equations', not the discretisation's: halving Δx, cutting
     * α from 0.7 to 0.2 or taking θ = 1 moves the front by under 2 % while it stays 7-9 % behind u·t.
     * The held stage lets in less water than the analytical wave carries (its inflow per metre of
     * width, ∫u·h(0, t) dt = 0.7·h(0, T)·u·T = 2 339 m³ at one hour, against 2 190-2 210 m³ here),
     * because the local acceleration term steepens the profile by 1 / (1 - u²/(g·h)).
     */
    @Test
    void theFrontLagBelongsToTheEquationsNotTheGrid() {
        double[][] runs = {{10, 0.7, 0.7}, {5, 0.7, 0.7}, {10, 0.2, 0.7}, {10, 0.7, 1.0}};
        double first = Double.NaN;
        for (double[] run : runs) {
            double dx = run[0];
            int cols = (int) (5000 / dx);
            double[] manning = new double[cols];
            java.util.Arrays.fill(manning, N);
            FloodSolver s = new FloodSolver(cols, 1, dx, new double[cols], manning,
                    new FloodSettings(run[1], run[2], 0.001, 60, 1e-4));
            s.addBoundary(new Boundary(Edge.WEST, 0, 0, Boundary.Kind.STAGE, t -> analytical(0, Math.max(t, 1e-9))));
            s.advance(0, T_END);
            double[] h = s.depths();
            double front = 0;
            for (int c = 0; c < cols; c++) {
                if (h[c] > 0.001) {
                    front = (c + 1) * dx;
                }
            }
            String what = "Δx " + dx + ", α " + run[1] + ", θ " + run[2] + ": front at " + front;
            assertTrue(front > 0.91 * U * T_END && front < 0.93 * U * T_END + dx, what);
            double inflow = s.massBalance().inflow() / dx;
            assertEquals(2200, inflow, 15, what + ", inflow per metre " + inflow);
            first = Double.isNaN(first) ? front : first;
            assertEquals(first, front, 0.02 * first, what);
        }
        assertEquals(2339, 0.7 * analytical(0, T_END) * U * T_END, 1, "the analytical wave's water per metre");
    }
}
