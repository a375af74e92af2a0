package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The field is the elliptical model of Yu Yanxiang et al. (2013): on the strike it must equal the long-axis relation,
 * across it the short-axis one, and every point must lie on the isoseismal ellipse of its own intensity.
 */
class IntensityFieldTest {

    private static final double ROOT = 1e-9;
    private static final double STRIKE = 30;
    private static final IntensityField FIELD = new IntensityField(AttenuationRegion.EAST, 6.5, STRIKE);

    private static double[] point(double bearingDeg, double km) {
        double b = Math.toRadians(bearingDeg);
        return new double[] {km * Math.sin(b), km * Math.cos(b)};
    }

    @Test
    void onTheAxesItIsTheAxisRelation() {
        for (double km : new double[] {0.3, 5, 40, 150}) {
            double[] along = point(STRIKE, km);
            double[] against = point(STRIKE + 180, km);
            double[] across = point(STRIKE + 90, km);
            assertEquals(AttenuationRegion.EAST.longAxis(6.5, km), FIELD.at(along[0], along[1]), ROOT);
            assertEquals(AttenuationRegion.EAST.longAxis(6.5, km), FIELD.at(against[0], against[1]), ROOT);
            assertEquals(AttenuationRegion.EAST.shortAxis(6.5, km), FIELD.at(across[0], across[1]), ROOT);
        }
        assertEquals(AttenuationRegion.EAST.longAxis(6.5, 0), FIELD.at(0, 0), 0, "epicentre: long axis at R = 0");
    }

    @Test
    void offAxisPointsLieOnTheEllipseOfTheirIntensity() {
        for (AttenuationRegion region : AttenuationRegion.values()) {
            IntensityField f = new IntensityField(region, 7, STRIKE);
            for (double bearing = 0; bearing < 360; bearing += 17) {
                double[] p = point(bearing, 60);
                double i = f.mean(p[0], p[1]);
                double x = 60 * Math.cos(Math.toRadians(bearing - STRIKE));
                double y = 60 * Math.sin(Math.toRadians(bearing - STRIKE));
                double u = x / region.longRadius(7, i);
                double v = y / region.shortRadius(7, i);
                assertEquals(1, u * u + v * v, 1e-9, region + " bearing " + bearing);
            }
        }
    }

    @Test
    void intensityFallsWithDistanceInEveryDirection() {
        for (double bearing = 0; bearing < 360; bearing += 10) {
            double previous = FIELD.at(0, 0);
            for (double km = 1; km <= 400; km *= 1.3) {
                double[] p = point(bearing, km);
                double i = FIELD.at(p[0], p[1]);
                assertTrue(i < previous, "bearing " + bearing + " at " + km + " km");
                previous = i;
            }
        }
    }

    @Test
    void theFieldIsSymmetricAboutBothAxes() {
        for (double bearing = 0; bearing < 360; bearing += 13) {
            double[] p = point(bearing, 35);
            double[] mirrored = point(2 * STRIKE - bearing, 35);
            double[] opposite = point(bearing + 180, 35);
            assertEquals(FIELD.at(p[0], p[1]), FIELD.at(mirrored[0], mirrored[1]), ROOT);
            assertEquals(FIELD.at(p[0], p[1]), FIELD.at(opposite[0], opposite[1]), ROOT);
        }
        IntensityField flipped = new IntensityField(AttenuationRegion.EAST, 6.5, STRIKE + 180);
        assertEquals(FIELD.at(12, -7), flipped.at(12, -7), ROOT);
    }

    @Test
    void theAlongStrikeDirectionFollowsTheCompassBearing() {
        IntensityField northSouth = new IntensityField(AttenuationRegion.EAST, 6.5, 0);
        assertTrue(northSouth.at(0, 30) > northSouth.at(30, 0), "strike 0: north is the long axis");
        IntensityField eastWest = new IntensityField(AttenuationRegion.EAST, 6.5, 90);
        assertTrue(eastWest.at(30, 0) > eastWest.at(0, 30), "strike 90: east is the long axis");
    }

    @Test
    void resultsStayOnTheScaleAndEpsilonAddsSigmas() {
        IntensityField great = new IntensityField(AttenuationRegion.TIBET, 9.5, 0);
        assertEquals(12, great.at(0, 0), 0);
        IntensityField small = new IntensityField(AttenuationRegion.EAST, 3, 0);
        assertEquals(0, small.at(0, 5000), 0);
        double mean = FIELD.at(20, 5);
        assertEquals(mean + 0.5826, FIELD.at(20, 5, 1), ROOT);
        assertEquals(mean - 2 * 0.5826, FIELD.at(20, 5, -2), ROOT);
        assertEquals(mean, FIELD.at(20, 5, 0), 0);
    }
}
