package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.drillgrid.model.scenario.LandUse;
import org.junit.jupiter.api.Test;

/** FD2321/TR2 hazard rating HR = d·(v + 0.5) + DF and its debris-factor steps. */
class HazardRatingTest {

    private static final double EXACT = 1e-12;

    @Test
    void shallowWaterHasNoDebrisFactor() {
        assertEquals(0.2 * (1.0 + 0.5), HazardRating.of(0.2, 1.0, LandUse.URBAN_DENSE), EXACT);
    }

    @Test
    void deeperWaterAddsHalfOnOpenLandAndOneAmongBuildingsOrTrees() {
        assertEquals(0.5 * (2.0 + 0.5) + 0.5, HazardRating.of(0.5, 2.0, LandUse.CROPLAND), EXACT);
        assertEquals(0.5 * (2.0 + 0.5) + 1.0, HazardRating.of(0.5, 2.0, LandUse.URBAN_RESIDENTIAL), EXACT);
        assertEquals(0.5 * (2.0 + 0.5) + 1.0, HazardRating.of(0.5, 2.0, LandUse.FOREST), EXACT);
    }

    @Test
    void stillKneeDeepWaterInTownIsSignificant() {
        // 0.5 m standing water in a street: 0.5·0.5 + 1 = 1.25, the lower bound of "danger for most"
        assertEquals(HazardRating.SIGNIFICANT, HazardRating.of(0.5, 0, LandUse.URBAN_DENSE), EXACT);
    }

    @Test
    void dryGroundIsNoHazard() {
        assertEquals(0, HazardRating.of(0, 3, LandUse.FOREST));
    }
}
