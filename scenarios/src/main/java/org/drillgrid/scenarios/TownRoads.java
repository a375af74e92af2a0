package org.drillgrid.scenarios;

import java.util.List;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;

/** The road grid of an {@link UrbanPlain}, drawn over its finished land use. */
final class TownRoads {

    private final CityPlan plan;
    private final int cols;
    private final int rows;
    private final Canvas use;
    private final boolean[] inTown;
    private final int railCol;
    private final Channel.Field river;
    private final Canvas roads;

    TownRoads(CityPlan plan, Canvas use, boolean[] inTown, int railCol, Channel.Field river) {
        this.plan = plan;
        this.cols = plan.cols();
        this.rows = plan.rows();
        this.use = use;
        this.inTown = inTown;
        this.railCol = railCol;
        this.river = river;
        this.roads = new Canvas(cols, rows);
    }

    /**
     * Arterials every kilometre over the whole grid; in town main roads every 500 m and local streets every
     * 250 m; in the country field roads every 500 m and a lane from every village to the nearest of them.
     * Only arterials and main roads bridge the river, nothing crosses the lake, and only the arterials
     * cross the railway, through the underpasses {@link UrbanPlain} digs.
     */
    Canvas draw(List<int[]> villages) {
        int art = plan.cells(1000);
        int main = plan.cells(500);
        int local = plan.cells(250);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean town = inTown[r * cols + c];
                RoadClass road = r % art == art / 2 || c % art == art / 2 ? RoadClass.ARTERIAL
                        : town && (r % main == 0 || c % main == 0) ? RoadClass.MAIN
                        : (r % local == 0 || c % local == 0) && (town || r % main == 0 || c % main == 0)
                                ? RoadClass.LOCAL : RoadClass.NONE;
                if (road != RoadClass.NONE && mayCross(c, r, road)) {
                    Roads.draw(roads, c, r, road);
                }
            }
        }
        for (int[] v : villages) {
            int toCol = (int) StrictMath.round((double) v[0] / main) * main;
            int toRow = (int) StrictMath.round((double) v[1] / main) * main;
            Roads.straight(roads, v[0], v[1], clamp(toCol, cols), v[1], RoadClass.LOCAL,
                    (c, r) -> mayCross(c, r, RoadClass.LOCAL));
            Roads.straight(roads, v[0], v[1], v[0], clamp(toRow, rows), RoadClass.LOCAL,
                    (c, r) -> mayCross(c, r, RoadClass.LOCAL));
        }
        return roads;
    }

    private boolean mayCross(int c, int r, RoadClass road) {
        if (c == railCol) {
            return false;
        }
        if (!use.is(c, r, LandUse.WATER.code())) {
            return true;
        }
        boolean lake = river.at(c, r) > 1.0;
        return !lake && road != RoadClass.LOCAL;
    }

    private static int clamp(int v, int size) {
        return StrictMath.max(0, StrictMath.min(size - 1, v));
    }
}
