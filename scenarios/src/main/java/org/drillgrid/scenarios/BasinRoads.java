package org.drillgrid.scenarios;

import java.util.List;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;

/**
 * The roads of a {@link RiverBasin}: a national road along the south bank of the main river, an
 * arterial up the third tributary to the south edge, main roads up the dammed valleys to the dams,
 * streets in the towns, field roads every kilometre on the plain and a lane from every village to the
 * nearest road. Roads bridge tributaries and ponds but never the main river or a reservoir.
 */
final class BasinRoads {

    /** How far a village lane may run to reach a road, cells. */
    private static final int LANE_REACH = 25;

    private final CityPlan plan;
    private final BasinTerrain terrain;
    private final Canvas kinds;
    private final Canvas roads;

    BasinRoads(CityPlan plan, BasinTerrain terrain, Canvas kinds) {
        this.plan = plan;
        this.terrain = terrain;
        this.kinds = kinds;
        this.roads = new Canvas(plan.cols(), plan.rows());
    }

    Canvas draw(List<int[]> villages) {
        Channel huai = terrain.huai;
        Roads.trace(roads, huai, 0, huai.size() - 1, 0, 7, RoadClass.ARTERIAL, this::passable);
        Channel third = terrain.tributaries.get(2);
        Roads.trace(roads, third, third.size() - 1, 0, 3, 0, RoadClass.ARTERIAL, this::passable);
        for (int k = 0; k < terrain.reservoirs.size(); k++) {
            Channel river = terrain.tributaries.get(k);
            Roads.trace(roads, river, river.size() - 1, terrain.reservoirs.get(k).sample(), 3, 0, RoadClass.MAIN,
                    this::passable);
        }
        streetsAndFields();
        for (int[] v : villages) {
            lane(v[0], v[1]);
        }
        return roads;
    }

    /** Town streets every 300 m (main every 600 m); field roads every kilometre on the plain below 70 m. */
    private void streetsAndFields() {
        int field = plan.cells(1000);
        for (int r = 0; r < plan.rows(); r++) {
            for (int c = 0; c < plan.cols(); c++) {
                if (!passable(c, r)) {
                    continue;
                }
                Settlement kind = Settlement.of(kinds.get(c, r));
                boolean town = kind != Settlement.NONE && kind != Settlement.VILLAGE;
                if (town && (r % 6 == 0 || c % 6 == 0)) {
                    Roads.draw(roads, c, r, RoadClass.MAIN);
                } else if (town && (r % 3 == 0 || c % 3 == 0)) {
                    Roads.draw(roads, c, r, RoadClass.LOCAL);
                } else if (terrain.z.get(c, r) < 70 && terrain.huaiField.at(c, r) > 4
                        && (r % field == field / 2 || c % field == field / 2)) {
                    Roads.draw(roads, c, r, RoadClass.LOCAL);
                }
            }
        }
    }

    /** The shortest straight lane north, south, east or west from a village to a road, if one is in reach. */
    private void lane(int col, int row) {
        if (roads.get(col, row) != 0) {
            return;
        }
        int best = Integer.MAX_VALUE;
        int[] bestDir = null;
        for (int[] d : new int[][] {{0, -1}, {0, 1}, {1, 0}, {-1, 0}}) {
            for (int k = 1; k <= LANE_REACH && k < best; k++) {
                int c = col + k * d[0];
                int r = row + k * d[1];
                if (!roads.contains(c, r) || !passable(c, r)) {
                    break;
                }
                if (roads.get(c, r) != 0) {
                    best = k;
                    bestDir = d;
                }
            }
        }
        if (bestDir != null) {
            Roads.straight(roads, col, row, col + best * bestDir[0], row + best * bestDir[1], RoadClass.LOCAL,
                    this::passable);
        }
    }

    /** Any land, and water that is neither the main river nor a reservoir (a tributary or a pond). */
    private boolean passable(int c, int r) {
        return !terrain.use.is(c, r, LandUse.WATER.code())
                || terrain.huaiField.at(c, r) > 1.5 && terrain.lakes.get(c, r) == 0;
    }
}
