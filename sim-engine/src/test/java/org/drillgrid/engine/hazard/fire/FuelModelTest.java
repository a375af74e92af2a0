package org.drillgrid.engine.hazard.fire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fuel model tables against the publications: Anderson (1982, INT-GTR-122, table 1) for the 13 models of Albini
 * (1976), in tons/acre rounded to two decimals; Scott and Burgan (2005, RMRS-GTR-153, table 7) for the 40.
 */
class FuelModelTest {

    /** Anderson's tons/acre are Albini's lb/ft² rounded to two decimals. */
    private static final double ROUNDED = 0.005 + 1e-9;

    private static FuelModel model(String code) {
        return FuelModel.byCode(code).orElseThrow();
    }

    @Test
    void allStandardModelsArePresent() {
        List<FuelModel> all = FuelModel.all();
        assertEquals(13 + 40 + 5, all.size());
        assertEquals(53, all.stream().filter(FuelModel::burnable).count());
        Set<String> codes = all.stream().map(FuelModel::code).collect(Collectors.toSet());
        for (int i = 1; i <= 13; i++) {
            assertTrue(codes.contains(Integer.toString(i)), "model " + i);
        }
        String[][] families = {{"GR", "9"}, {"GS", "4"}, {"SH", "9"}, {"TU", "5"}, {"TL", "9"}, {"SB", "4"}};
        for (String[] family : families) {
            for (int i = 1; i <= Integer.parseInt(family[1]); i++) {
                assertTrue(codes.contains(family[0] + i), family[0] + i);
            }
        }
        assertEquals(58, codes.size(), "codes are unique");
    }

    @Test
    void codesAreCaseInsensitiveAndUnknownOnesAreEmpty() {
        assertEquals(124, model("gs4").number());
        assertEquals(101, model(" Gr1 ").number());
        assertEquals(4, model("4").number());
        assertEquals(4, model("FM4").number(), "BehavePlus's code for the original models");
        assertEquals(model("SB4"), FuelModel.byNumber(204).orElseThrow());
        assertTrue(FuelModel.byCode("GR10").isEmpty());
        assertTrue(FuelModel.byCode("14").isEmpty());
        assertTrue(FuelModel.byCode(null).isEmpty());
        assertTrue(FuelModel.byNumber(0).isEmpty());
    }

    @Test
    void nonBurnableModelsCarryNoFuel() {
        int[] numbers = {91, 92, 93, 98, 99};
        String[] codes = {"NB1", "NB2", "NB3", "NB8", "NB9"};
        for (int i = 0; i < codes.length; i++) {
            FuelModel nb = model(codes[i].toLowerCase());
            assertEquals(numbers[i], nb.number());
            assertFalse(nb.burnable(), codes[i]);
        }
    }

    @Test
    void andersonModelsMatchTable1() {
        // Anderson (1982) table 1: loads 1-h, 10-h, 100-h, live (tons/acre); 1-h SAV; depth (ft); Mx (%)
        assertAnderson(model("1"), 0.74, 0, 0, 0, 3500, 1.0, 12);
        assertAnderson(model("2"), 2.00, 1.00, 0.50, 0.50, 3000, 1.0, 15);
        assertAnderson(model("4"), 5.01, 4.01, 2.00, 5.01, 2000, 6.0, 20);
        assertAnderson(model("9"), 2.92, 0.41, 0.15, 0, 2500, 0.2, 25);
        assertAnderson(model("13"), 7.01, 23.04, 28.05, 0, 1500, 3.0, 25);
        assertEquals(0.50, model("2").loadLiveHerb(), ROUNDED, "model 2's live fuel is herbaceous");
        assertEquals(5.01, model("4").loadLiveWoody(), ROUNDED, "model 4's is woody");
        for (int i = 1; i <= 13; i++) {
            assertFalse(model(Integer.toString(i)).dynamic(), "model " + i + " is static");
        }
    }

    private static void assertAnderson(FuelModel f, double l1, double l10, double l100, double live, double sav,
            double depth, double mx) {
        assertEquals(l1, f.load1h(), ROUNDED, f.code());
        assertEquals(l10, f.load10h(), ROUNDED, f.code());
        assertEquals(l100, f.load100h(), ROUNDED, f.code());
        assertEquals(live, f.loadLiveHerb() + f.loadLiveWoody(), ROUNDED, f.code());
        assertEquals(sav, f.sav1h(), 0, f.code());
        assertEquals(depth, f.depth(), 0, f.code());
        assertEquals(mx, f.extinctionMoistureDead(), 0, f.code());
        assertEquals(8000, f.heatDead(), 0, f.code());
    }

    @Test
    void scottAndBurganModelsMatchTable7() {
        // code, loads 1-h, 10-h, 100-h, herb, woody (tons/acre), SAV 1-h, herb, woody (1/ft), depth (ft), Mx (%),
        // heat (BTU/lb)
        assertSb(model("GR1"), 0.10, 0, 0, 0.30, 0, 2200, 2000, 0.4, 15, 8000);
        assertSb(model("GR6"), 0.10, 0, 0, 3.40, 0, 2200, 2000, 1.5, 40, 9000);
        assertSb(model("GS4"), 1.90, 0.30, 0.10, 3.40, 7.10, 1800, 1600, 2.1, 40, 8000);
        assertSb(model("SH5"), 3.60, 2.10, 0, 0, 2.90, 750, 1600, 6.0, 15, 8000);
        assertSb(model("SH9"), 4.50, 2.45, 0, 1.55, 7.00, 750, 1500, 4.4, 40, 8000);
        assertSb(model("TU5"), 4.00, 4.00, 3.00, 0, 3.00, 1500, 750, 1.0, 25, 8000);
        assertSb(model("TL8"), 5.80, 1.40, 1.10, 0, 0, 1800, 1600, 0.3, 35, 8000);
        assertSb(model("SB4"), 5.25, 3.50, 5.25, 0, 0, 2000, 1600, 2.7, 25, 8000);
        // dynamic (D) and static (S) types of table 7
        for (String code : new String[] {"GR1", "GR9", "GS1", "GS4", "SH1", "SH9", "TU1", "TU3"}) {
            assertTrue(model(code).dynamic(), code);
        }
        for (String code : new String[] {"SH2", "SH8", "TU2", "TU4", "TU5", "TL1", "TL9", "SB1"}) {
            assertFalse(model(code).dynamic(), code);
        }
    }

    private static void assertSb(FuelModel f, double l1, double l10, double l100, double herb, double woody,
            double sav1, double savWoody, double depth, double mx, double heat) {
        double[] expected = {l1, l10, l100, herb, woody, sav1, depth, mx, heat, heat};
        double[] actual = {f.load1h(), f.load10h(), f.load100h(), f.loadLiveHerb(), f.loadLiveWoody(), f.sav1h(),
            f.depth(), f.extinctionMoistureDead(), f.heatDead(), f.heatLive()};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-12, f.code() + " column " + i);
        }
        if (woody > 0) {
            assertEquals(savWoody, f.savLiveWoody(), 0, f.code());
        }
    }

    @Test
    void herbsCureLinearlyFrom120To30PercentMoisture() {
        // Scott and Burgan (2005), p. 7-8 and fig. 4
        FuelModel gr2 = model("GR2");
        assertEquals(1, gr2.curedHerbFraction(10), 0);
        assertEquals(1, gr2.curedHerbFraction(30), 1e-12);
        // BehavePlus's rounded line 1.333 - 1.11 M: 0.5005 at 75 %, 0.001 at 120 %, none from 120.1 %
        assertEquals(0.5005, gr2.curedHerbFraction(75), 1e-12);
        assertEquals(0.001, gr2.curedHerbFraction(120), 1e-12);
        assertEquals(0, gr2.curedHerbFraction(121), 0);
        assertEquals(0, gr2.curedHerbFraction(200), 0);
        assertEquals(0, model("SH2").curedHerbFraction(10), 0, "a static model never cures");
    }

    @Test
    void curedGrassSpreadsFasterThanGreenAndGreenBehavesLikeAStaticModel() {
        FuelModel gr2 = model("GR2");
        Moisture green = new Moisture(6, 7, 8, 121, 90); // BehavePlus's line reaches 0 just above 120 %
        Spread cured = Rothermel.spread(gr2, new Moisture(6, 7, 8, 30, 90), 2, 0, 0, 0);
        Spread uncured = Rothermel.spread(gr2, green, 2, 0, 0, 0);
        assertTrue(cured.headRosMps() > 5 * uncured.headRosMps(), cured + " vs " + uncured);
        FuelModel staticCopy = new FuelModel(1000, "X", gr2.load1h(), gr2.load10h(), gr2.load100h(),
                gr2.loadLiveHerb(), gr2.loadLiveWoody(), gr2.sav1h(), gr2.savLiveHerb(), gr2.savLiveWoody(),
                gr2.depth(), gr2.extinctionMoistureDead(), gr2.heatDead(), gr2.heatLive(), false);
        assertEquals(Rothermel.spread(staticCopy, green, 2, 0, 0, 0), uncured);
    }

    @Test
    void aModelNeedsNonNegativeLoadsADepthAndAnExtinctionMoisture() {
        assertThrows(IllegalArgumentException.class,
                () -> new FuelModel(1, "X", -1, 0, 0, 0, 0, 2000, 1500, 1500, 1, 12, 8000, 8000, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FuelModel(1, "X", 1, 0, 0, 0, 0, 2000, 1500, 1500, 0, 12, 8000, 8000, false));
        assertThrows(IllegalArgumentException.class,
                () -> new FuelModel(1, " ", 1, 0, 0, 0, 0, 2000, 1500, 1500, 1, 12, 8000, 8000, false));
    }
}
