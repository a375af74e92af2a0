package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Targets;
import org.drillgrid.model.validate.LoadedScenario;
import org.junit.jupiter.api.Test;

/** The Xinyang scenario is the basin its README describes: Huai valley, Dabie hills, forest, reservoirs. */
class XinyangTerrainTest {

    private static final String ID = CityPlan.XINYANG.id();
    /** Least depth of water a reservoir basin must be able to hold behind its ridge, m. */
    private static final double RESERVOIR_MIN_DEPTH = 20.0;

    private final LoadedScenario scenario = Bundled.load(ID);
    private final GridLayer z = scenario.elevation();
    private final GridLayer landUse = Bundled.layer(scenario, "landUse");

    /** Xinyang's plan: relief within 8 h, 95 % warning coverage, < 1 death per million, < 15 000 per 100 k. */
    @Test
    void isScoredAgainstXinyangsPlanTargetsOverThreeDays() {
        Scenario s = scenario.scenario();
        assertEquals(new Targets("xinyang", 8.0, 95.0, 1.0, 15000.0), s.targetsOrNone());
        assertEquals(SimDuration.ofHours(72), s.duration());
    }

    /** Xinyang's forest cover is 42.3 %; the synthetic basin, hillier than the city's average, has 30-55 %. */
    @Test
    void forestCoversBetween30And55PercentOfTheCells() {
        double share = (double) landUse.count(v -> LandUse.ofCode(v) == LandUse.FOREST) / landUse.size();
        assertTrue(share >= 0.30 && share <= 0.55, "forest share " + share);
    }

    /** The Huai valley lies at about 40-60 m; its bed a few metres lower. */
    @Test
    void theNorthernFifthIsTheHuaiValley() {
        double[] north = rows(0, z.rows() / 5);
        assertTrue(north[0] >= 35 && north[north.length - 1] <= 60,
                "north: " + north[0] + " .. " + north[north.length - 1]);
        assertTrue(hasWater(0) && hasWater(z.cols() - 1), "the Huai should cross from west to east");
    }

    /** The Dabie foothills rise to 300-800 m in the south; valleys cut into them are lower. */
    @Test
    void theSouthernFifthIsDabieHills() {
        double[] south = rows(z.rows() - z.rows() / 5, z.rows());
        double top = south[south.length - 1];
        assertTrue(top >= 600 && top <= 850, "highest point " + top);
        assertTrue(south[south.length / 2] >= 300, "median of the hills " + south[south.length / 2]);
    }

    /**
     * Two reservoirs in the hills: water bodies away from the Huai (in the southern 60 % of the grid)
     * whose basins can hold at least 20 m of water before it spills over the lowest land around them.
     */
    @Test
    void twoReservoirBasinsInTheHillsAreHeldByRidges() {
        List<double[]> basins = new ArrayList<>();
        for (double[] body : waterBodies()) {
            if (body[0] >= 100 && body[1] > 0.4 * z.rows()) {
                basins.add(body);
            }
        }
        assertEquals(2, basins.size(), "reservoir basins found: " + basins.size());
        for (double[] basin : basins) {
            assertTrue(basin[3] - basin[2] >= RESERVOIR_MIN_DEPTH,
                    "basin from row " + basin[1] + " holds only " + (basin[3] - basin[2]) + " m");
        }
    }

    /** The injects name a dam and a hill village; the cells they name are a dam crest and a village. */
    @Test
    void theCellsTheInjectsNameAreWhatTheySay() {
        assertEquals(LandUse.BARE, LandUse.ofCode(landUse.get(54, 89)), "dam crest");
        assertEquals(LandUse.WATER, LandUse.ofCode(landUse.get(54, 90)), "lake behind the dam");
        assertEquals(LandUse.URBAN_RESIDENTIAL, LandUse.ofCode(landUse.get(75, 84)), "Gaoshan village");
        assertTrue(z.get(75, 84) > 200, "Gaoshan village is a hill village");
    }

    private double[] rows(int from, int to) {
        double[] v = new double[(to - from) * z.cols()];
        for (int r = from; r < to; r++) {
            for (int c = 0; c < z.cols(); c++) {
                v[(r - from) * z.cols() + c] = z.get(c, r);
            }
        }
        Arrays.sort(v);
        return v;
    }

    private boolean hasWater(int col) {
        for (int r = 0; r < z.rows() / 5; r++) {
            if (LandUse.ofCode(landUse.get(col, r)) == LandUse.WATER) {
                return true;
            }
        }
        return false;
    }

    /** Edge-connected water bodies as {cells, first row, lowest floor, lowest land around it}. */
    private List<double[]> waterBodies() {
        int cols = z.cols();
        boolean[] seen = new boolean[z.size()];
        List<double[]> bodies = new ArrayList<>();
        for (int start = 0; start < z.size(); start++) {
            if (seen[start] || !water(start)) {
                continue;
            }
            double cells = 0;
            double firstRow = Double.POSITIVE_INFINITY;
            double floor = Double.POSITIVE_INFINITY;
            double rim = Double.POSITIVE_INFINITY;
            ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(start));
            seen[start] = true;
            while (!todo.isEmpty()) {
                int i = todo.poll();
                cells++;
                firstRow = StrictMath.min(firstRow, i / cols);
                floor = StrictMath.min(floor, z.at(i));
                int west = i % cols > 0 ? i - 1 : -1;
                int east = i % cols < cols - 1 ? i + 1 : -1;
                for (int n : new int[] {west, east, i - cols, i + cols}) {
                    if (n < 0 || n >= z.size()) {
                        continue;
                    }
                    if (!water(n)) {
                        rim = StrictMath.min(rim, z.at(n));
                    } else if (!seen[n]) {
                        seen[n] = true;
                        todo.add(n);
                    }
                }
            }
            bodies.add(new double[] {cells, firstRow, floor, rim});
        }
        return bodies;
    }

    private boolean water(int i) {
        return LandUse.ofCode(landUse.at(i)) == LandUse.WATER;
    }
}
