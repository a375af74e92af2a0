package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The analytical test of Hunter et al. (2005, Adv. Water Resour. 28, 975-991), used by Bates et al.
 * (2010, J. Hydrol. 387, 33-45, section 3.1) for the local inertial scheme: a flood wave advancing at
 * constant speed u over a horizontal plane with Manning's n, where the water-surface slope balances
 * friction, h^(4/3)·dh/dx = -n²u², so
 *
 * <pre>h(x, t) = [ (7/3) · n² · u² · (u·t - x) ]^(3/7)   for x < u·t, else 0.</pre>
 *
 * Parameters as in Bates et al. (2010): u = 1 m/s, n = 0.01, 25 m cells; the upstream depth is held at
 * the analytical value and the profile is compared after one hour. The analytical solution neglects
 * inertia, which the local inertial equations keep: near the front, where the water is shallow and the
 * Froude number u/√(gh) approaches 1, the modelled wave is shallower and its front lags. So the
 * profile is held to a tight tolerance over the upstream two thirds of the wave (Fr below about 0.5)
 * and the front and stored volume to looser ones.
 */
class PlanarWaveTest {

    private static final double U = 1.0;
    private static final double N = 0.01;
    private static final int COLS = 200;
    private static final double DX = 25;
    private static final double T_END = 3600;

    /** Mean absolute depth error allowed where x < (2/3)·u·t (m). */
    private static final double UPSTREAM_MEAN_ERROR = 0.01;
    /** Front (last cell deeper than 1 cm) allowed this far behind u·t (m): 10 cells, 7 % of the reach. */
    private static final double FRONT_LAG = 10 * DX;
    /** Stored volume allowed this much below the analytical one (fraction). */
    private static final double VOLUME_DEFICIT = 0.08;

    static double analytical(double x, double t) {
        double s = U * t - x;
        return s <= 0 ? 0 : Math.pow(7.0 / 3 * N * N * U * U * s, 3.0 / 7);
    }

    @Test
    void profileAfterOneHourMatchesTheAnalyticalSolution() {
        double[] n = new double[COLS];
        Arrays.fill(n, N);
        FloodSolver s = new FloodSolver(COLS, 1, DX, new double[COLS], n, FloodSettings.DEFAULT);
        // the ghost cell beyond the west edge stands at x = -dx/2
        s.addBoundary(new Boundary(Edge.WEST, 0, 0, Boundary.Kind.STAGE, t -> analytical(-DX / 2, t)));
        s.advance(0, T_END);

        double errorSum = 0;
        int upstream = 0;
        double front = 0;
        double analyticVolume = 0;
        for (int c = 0; c < COLS; c++) {
            double x = (c + 0.5) * DX;
            double expected = analytical(x, T_END);
            analyticVolume += expected * DX;
            if (x < 2.0 / 3 * U * T_END) {
                errorSum += Math.abs(s.depth(c) - expected);
                upstream++;
            }
            if (s.depth(c) > 0.01) {
                front = (c + 1) * DX;
            }
        }
        double meanError = errorSum / upstream;
        double volume = s.volume() / DX;
        System.out.printf("planar wave after 1 h: upstream mean |error| %.4f m, front %.0f m (analytical %.0f m),"
                + " volume %.0f m2 per m width (analytical %.0f m2)%n", meanError, front, U * T_END, volume,
                analyticVolume);
        assertTrue(meanError < UPSTREAM_MEAN_ERROR, "upstream mean error " + meanError);
        assertTrue(front <= U * T_END + DX && front >= U * T_END - FRONT_LAG, "front at " + front);
        assertEquals(analyticVolume, volume, analyticVolume * VOLUME_DEFICIT);
        assertEquals(analytical(DX / 2, T_END), s.depth(0), 0.005, "depth next to the held boundary");
    }
}
