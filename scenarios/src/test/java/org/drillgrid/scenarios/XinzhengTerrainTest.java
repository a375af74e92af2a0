package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Targets;
import org.drillgrid.model.validate.LoadedScenario;
import org.junit.jupiter.api.Test;

/** The Xinzheng scenario is the city its README describes and trains what the 7·20 taught. */
class XinzhengTerrainTest {

    private static final String ID = CityPlan.XINZHENG.id();
    /** Least depth of an underpass below the street beside it for water to collect there, m. */
    private static final double UNDERPASS_MIN_DEPTH = 2.0;

    private final LoadedScenario scenario = Bundled.load(ID);
    private final GridLayer z = scenario.elevation();
    private final GridLayer roads = Bundled.layer(scenario, "roads");
    private final GridLayer landUse = Bundled.layer(scenario, "landUse");

    /** Xinzheng's plan: relief within 9 h, 92 % warning coverage, < 1 death per million, < 15 000 per 100 k. */
    @Test
    void isScoredAgainstXinzhengsPlanTargetsOverOneDay() {
        Scenario s = scenario.scenario();
        assertEquals(new Targets("xinzheng", 9.0, 92.0, 1.0, 15000.0), s.targetsOrNone());
        assertEquals(SimDuration.ofHours(24), s.duration());
    }

    /** Xinzheng lies at roughly 100-150 m on the plain that falls from the Songshan foothills to the south-east. */
    @Test
    void isAPlainBetween100And150MetresFallingToTheSouthEast() {
        assertTrue(z.min() >= 100 && z.max() <= 150, "elevation " + z.min() + " .. " + z.max());
        assertTrue(quarterMean(0, 0) > quarterMean(1, 1) + 5, "north-west should be higher than south-east");
    }

    /**
     * The drill's 7·20 lesson is the flooded underpass: there must be several, each a hollow at least
     * 2 m below the dry street cells beside it, so that water collects there first.
     */
    @Test
    void hasSeveralUnderpassesLowerThanTheStreetsBesideThem() {
        int underpasses = 0;
        for (int r = 0; r < roads.rows(); r++) {
            for (int c = 0; c < roads.cols(); c++) {
                if (roads.get(c, r) == RoadClass.UNDERPASS.code()) {
                    underpasses++;
                    double lowestBeside = lowestDryNeighbour(c, r);
                    assertTrue(lowestBeside - z.get(c, r) >= UNDERPASS_MIN_DEPTH,
                            "underpass [" + c + ", " + r + "] is only " + (lowestBeside - z.get(c, r)) + " m deep");
                }
            }
        }
        assertTrue(underpasses >= 3, "underpass cells: " + underpasses);
    }

    /** The inject that reports water in an underpass names a cell that is one. */
    @Test
    void theUnderpassTheInjectNamesIsAnUnderpass() {
        assertEquals(RoadClass.UNDERPASS.code(), roads.get(99, 50));
    }

    /** The Shuangji analogue crosses the whole grid from west to east. */
    @Test
    void aRiverCrossesFromWestToEast() {
        assertTrue(hasWater(0) && hasWater(landUse.cols() - 1), "no river at the west or east edge");
    }

    /** The plan's own number: Xuanyuan Lake Park's class II earthquake shelter holds 30 000. */
    @Test
    void xuanyuanLakeParkShelterHolds30000() {
        var shelter = scenario.scenario().forcesOrNone().sheltersOrEmpty().stream()
                .filter(s -> s.id().equals("xz-shelter-xuanyuan-lake")).findFirst().orElseThrow();
        assertEquals(30000, shelter.capacity());
        assertEquals(LandUse.PARK, LandUse.ofCode(landUse.get(shelter.cell().col(), shelter.cell().row())));
    }

    private double quarterMean(int qc, int qr) {
        int w = z.cols() / 2;
        int h = z.rows() / 2;
        double sum = 0;
        for (int r = qr * h; r < (qr + 1) * h; r++) {
            for (int c = qc * w; c < (qc + 1) * w; c++) {
                sum += z.get(c, r);
            }
        }
        return sum / (w * h);
    }

    private double lowestDryNeighbour(int col, int row) {
        double lowest = Double.POSITIVE_INFINITY;
        for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
            int c = col + d[0];
            int r = row + d[1];
            if (c >= 0 && r >= 0 && c < z.cols() && r < z.rows() && roads.get(c, r) != RoadClass.UNDERPASS.code()
                    && LandUse.ofCode(landUse.get(c, r)) != LandUse.WATER) {
                lowest = StrictMath.min(lowest, z.get(c, r));
            }
        }
        return lowest;
    }

    private boolean hasWater(int col) {
        for (int r = 0; r < landUse.rows(); r++) {
            if (LandUse.ofCode(landUse.get(col, r)) == LandUse.WATER) {
                return true;
            }
        }
        return false;
    }
}
