package org.drillgrid.engine.hazard.quake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillgrid.engine.hazard.quake.Fragility.DamageState;
import org.drillgrid.engine.hazard.quake.QuakeCasualties.Rates;
import org.drillgrid.model.scenario.StructureClass;
import org.junit.jupiter.api.Test;

/**
 * HAZUS-MH MR4 tables 13.3-13.7 as implemented in Rt (RBuildingCasualtyModel.cpp, US region), which stores per
 * building type the percent injured (severity 1-3) and killed (severity 4) with collapse folded into complete damage:
 * C1M 0.05 / 0.28 / 1.101 / 11.909 injured and 0 / 0 / 0.001 / 1.009 killed; S1M moderate 0.225, complete
 * 8.9595 / 0.5095; RM2L complete 13.6787 / 1.3087; URML 0.751 / 0.001, 2.202 / 0.002, 19.967 / 1.517.
 */
class QuakeCasualtiesTest {

    private static final double PERCENT = 0.01;
    private static final double EXACT = 1e-12;
    private static final double INJURED_PER_SURVIVOR_OF_COLLAPSE = 65.0 / 90.0;

    @Test
    void belowCompleteDamageTheRatesAreTheTable() {
        assertRates(0.05, 0, StructureClass.RC_FRAME, DamageState.SLIGHT);
        assertRates(0.28, 0, StructureClass.RC_FRAME, DamageState.MODERATE);
        assertRates(1.101, 0.001, StructureClass.RC_FRAME, DamageState.SEVERE);
        assertRates(0.225, 0, StructureClass.STEEL, DamageState.MODERATE);
        assertRates(0.225, 0, StructureClass.BRICK_CONCRETE, DamageState.MODERATE);
        assertRates(0.751, 0.001, StructureClass.BRICK_WOOD, DamageState.MODERATE);
        assertRates(2.202, 0.002, StructureClass.BRICK_WOOD, DamageState.SEVERE);
        assertRates(2.202, 0.002, StructureClass.ADOBE_RURAL, DamageState.SEVERE);
    }

    @Test
    void completeDamageReproducesTheTableTotals() {
        // killed is the table's; its injured is split into injured and trapped survivors (65 of 90 injured)
        assertComplete(11.909, 1.009, StructureClass.RC_FRAME);
        assertComplete(8.9595, 0.5095, StructureClass.STEEL);
        assertComplete(13.6787, 1.3087, StructureClass.BRICK_CONCRETE);
        assertComplete(19.967, 1.517, StructureClass.BRICK_WOOD);
        assertComplete(19.967, 1.517, StructureClass.ADOBE_RURAL);
    }

    @Test
    void trappedSurvivorsComeFromCollapseOnly() {
        // frames: 10 % of complete-damage C1M collapse, 70 % of their occupants trapped, 10 % killed: 6 % trapped alive
        assertEquals(0.06, QuakeCasualties.rates(StructureClass.RC_FRAME, DamageState.COLLAPSE).trapped(), EXACT);
        // URM: 15 % collapse, 50 % trapped, 10 % killed: 6 %
        assertEquals(0.06, QuakeCasualties.rates(StructureClass.BRICK_WOOD, DamageState.COLLAPSE).trapped(), EXACT);
        assertEquals(0.10, QuakeCasualties.collapseFraction(StructureClass.RC_FRAME), 0);
        assertEquals(0.15, QuakeCasualties.collapseFraction(StructureClass.ADOBE_RURAL), 0);
        for (StructureClass c : StructureClass.values()) {
            for (DamageState ds : DamageState.values()) {
                Rates r = QuakeCasualties.rates(c, ds);
                assertTrue(r.injured() >= 0 && r.killed() >= 0 && r.trapped() >= 0);
                assertTrue(r.injured() + r.killed() + r.trapped() <= 1, "groups are exclusive shares");
                if (ds != DamageState.COLLAPSE) {
                    assertEquals(0, r.trapped(), 0);
                }
            }
        }
    }

    @Test
    void nobodyIsHurtInIntactBuildingsOrWhereThereAreNone() {
        assertEquals(new Rates(0, 0, 0), QuakeCasualties.rates(StructureClass.RC_FRAME, DamageState.INTACT));
        assertEquals(new Rates(0, 0, 0), QuakeCasualties.rates(StructureClass.NONE, DamageState.COLLAPSE));
    }

    @Test
    void occupancyAtTheHazusHours() {
        assertEquals(0.99, QuakeCasualties.occupancy(2), EXACT);
        assertEquals(0.375, QuakeCasualties.occupancy(14), EXACT);
        assertEquals(0.50, QuakeCasualties.occupancy(17), EXACT);
        assertEquals(QuakeCasualties.occupancy(2), QuakeCasualties.occupancy(26), EXACT);
        assertEquals(QuakeCasualties.occupancy(23.5), QuakeCasualties.occupancy(-0.5), EXACT);
        for (double h = 0; h < 24; h += 0.25) {
            double share = QuakeCasualties.occupancy(h);
            assertTrue(share >= 0.375 && share <= 0.99, "hour " + h);
        }
    }

    private static void assertRates(double injuredPercent, double killedPercent, StructureClass c, DamageState ds) {
        Rates r = QuakeCasualties.rates(c, ds);
        assertEquals(injuredPercent * PERCENT, r.injured(), EXACT, c + " " + ds + " injured");
        assertEquals(killedPercent * PERCENT, r.killed(), EXACT, c + " " + ds + " killed");
        assertEquals(0, r.trapped(), 0);
    }

    private static void assertComplete(double injuredPercent, double killedPercent, StructureClass c) {
        Rates r = QuakeCasualties.rates(c, DamageState.COLLAPSE);
        assertEquals(killedPercent * PERCENT, r.killed(), EXACT, c + " killed");
        assertEquals(injuredPercent * PERCENT, r.injured() + r.trapped() * INJURED_PER_SURVIVOR_OF_COLLAPSE, EXACT,
                c + " HAZUS injured");
    }
}
