package org.drillgrid.engine.hazard.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Wind adjustment factors of Albini and Baughman (1979) in the form of Andrews (2012, RMRS-GTR-266). */
class WindAdjustmentTest {

    @Test
    void unshelteredFactorOfAOneFootFuelBedMatchesBehavePlus6() {
        // Bevins' data validated against BehavePlus 6 (github.com/cbevins/fire-behavior-simulator,
        // src/dag/__behave_tests__/surfaceFire/fm010fm124.data.js): fuel model 10, depth 1 ft, open wind adjustment
        // factor 0.36210426360602416
        FuelModel fm10 = FuelModel.byCode("10").orElseThrow();
        assertEquals(0.36210426360602416, WindAdjustment.unsheltered(1.0), 1e-15);
        assertEquals(0.36210426360602416, WindAdjustment.factor(fm10, 0, 0, 0), 1e-15);
    }

    @Test
    void aCanopyShelters() {
        // 50 % cover of 30 ft trees with crown ratio 0.5: crowns fill 0.5 x 0.5 / 3 = 8.3 % of the canopy layer
        FuelModel gs4 = FuelModel.byCode("GS4").orElseThrow();
        double filled = 0.5 * 0.5 / 3;
        double expected = 0.555 / (Math.sqrt(filled * 30) * Math.log((20 + 0.36 * 30) / (0.13 * 30)));
        assertEquals(expected, WindAdjustment.factor(gs4, 0.5, 30 * 0.3048, 0.5), 1e-12);
        assertEquals(0.1699, expected, 1e-4);
        // under 5 % filled, or under 6 ft tall, the bed counts as open
        assertEquals(WindAdjustment.unsheltered(2.1), WindAdjustment.factor(gs4, 0.2, 30 * 0.3048, 0.5), 0);
        assertEquals(WindAdjustment.unsheltered(2.1), WindAdjustment.factor(gs4, 0.5, 5 * 0.3048, 0.5), 0);
    }

    @Test
    void aTenMetreWindIsAFifteenthStrongerThanTheTwentyFootOne() {
        assertEquals(10, WindAdjustment.twentyFootFromTenMetre(11.5), 1e-12);
    }
}
