package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Yu Yanxiang et al. (2013), table 1, eastern strong-earthquake region: long axis I = 5.7123 + 1.3626 M
 * - 4.2903 lg(R + 25), short axis I = 3.6588 + 1.3626 M - 3.5406 lg(R + 13). Hand values for M 6 at R = 10 km:
 * 5.7123 + 8.1756 - 4.2903 × 1.5441 = 7.263 and 3.6588 + 8.1756 - 3.5406 × 1.3617 = 7.013.
 */
class AttenuationRegionTest {

    /** The relations are quoted to two decimals of intensity in the project plan. */
    private static final double PLAN_DIGITS = 0.01;
    /** How far apart the two axes may be at the epicentre: the table's own rounding gives up to 0.0004. */
    private static final double EPICENTRE_AGREEMENT = 0.001;

    @Test
    void magnitudeSixAtTenKilometresMatchesThePlan() {
        assertEquals(7.26, AttenuationRegion.EAST.longAxis(6, 10), PLAN_DIGITS);
        assertEquals(7.01, AttenuationRegion.EAST.shortAxis(6, 10), PLAN_DIGITS);
        assertEquals(0.5826, AttenuationRegion.EAST.sigma(), 0);
    }

    @Test
    void epicentralIntensityAgreesOnBothAxes() {
        // the paper's property that fixes the two R0 values missing from the stored copy of table 1
        for (AttenuationRegion r : AttenuationRegion.values()) {
            for (double m = 4; m <= 8; m += 0.5) {
                assertEquals(r.longAxis(m, 0), r.shortAxis(m, 0), EPICENTRE_AGREEMENT, r + " M" + m);
            }
        }
    }

    @Test
    void radiusInvertsTheRelation() {
        for (AttenuationRegion r : AttenuationRegion.values()) {
            for (double km : new double[] {0.5, 10, 85, 300}) {
                assertEquals(km, r.longRadius(7, r.longAxis(7, km)), 1e-9 * km);
                assertEquals(km, r.shortRadius(7, r.shortAxis(7, km)), 1e-9 * km);
            }
            assertTrue(r.longRadius(7, r.longAxis(7, 0) + 0.5) < 0, "above the epicentral intensity no radius");
        }
    }

    @Test
    void intensityFallsWithDistanceAndTheShortAxisFallsFaster() {
        for (AttenuationRegion r : AttenuationRegion.values()) {
            for (double km = 1; km < 1000; km *= 1.5) {
                assertTrue(r.longAxis(6.5, km * 1.5) < r.longAxis(6.5, km));
                assertTrue(r.shortAxis(6.5, km * 1.5) < r.shortAxis(6.5, km));
            }
            // the fitted relations cross far out (the middle region first, at 171 km): inside that the ellipse is
            // longer along the strike
            for (double km = 1; km < 170; km += 1) {
                assertTrue(r.shortAxis(6.5, km) < r.longAxis(6.5, km), r + " at " + km);
            }
        }
        assertTrue(AttenuationRegion.MIDDLE.shortAxis(6.5, 175) > AttenuationRegion.MIDDLE.longAxis(6.5, 175));
    }

    @Test
    void jsonNamesRoundTrip() {
        assertEquals("east", AttenuationRegion.EAST.json());
        for (AttenuationRegion r : AttenuationRegion.values()) {
            assertEquals(Optional.of(r), AttenuationRegion.ofJson(r.json()));
        }
        assertEquals(Optional.empty(), AttenuationRegion.ofJson("EAST"));
        assertEquals(Optional.empty(), AttenuationRegion.ofJson("west"));
    }
}
