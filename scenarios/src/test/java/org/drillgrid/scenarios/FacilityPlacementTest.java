package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Forces;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.validate.LoadedScenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Teams, depots and shelters stand where they could stand: the validator only checks that their cells
 * are inside the grid, these tests check that the cells make sense on the layers shipped with them.
 */
class FacilityPlacementTest {

    /** A team or a depot in a river cannot set out; every one of them must be on dry land. */
    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void teamsDepotsAndSheltersAreOnDryLand(String id) {
        LoadedScenario s = Bundled.load(id);
        GridLayer landUse = Bundled.layer(s, "landUse");
        List<String> wet = new ArrayList<>();
        for (Placed p : placed(s.scenario().forcesOrNone())) {
            if (LandUse.ofCode(landUse.get(p.cell().col(), p.cell().row())) == LandUse.WATER) {
                wet.add(p.id() + " at " + p.cell());
            }
        }
        assertTrue(wet.isEmpty(), "on water: " + wet);
    }

    /** Teams and depots have to get out: each stands on a road or beside one (edge neighbour). */
    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void teamsAndDepotsAreReachableByRoad(String id) {
        LoadedScenario s = Bundled.load(id);
        GridLayer roads = Bundled.layer(s, "roads");
        List<String> stranded = new ArrayList<>();
        for (Placed p : placed(s.scenario().forcesOrNone())) {
            if (!p.shelter() && !nearRoad(roads, p.cell())) {
                stranded.add(p.id() + " at " + p.cell());
            }
        }
        assertTrue(stranded.isEmpty(), "no road at or beside: " + stranded);
    }

    /**
     * A shelter is where people go to get out of the water: it stands in town or in a park, not in an
     * underpass, with no water within two cells, and not in a hollow (not among the lowest quarter of
     * the cells within five cells of it).
     */
    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void sheltersAreOnDryHighishTownOrParkCells(String id) {
        LoadedScenario s = Bundled.load(id);
        GridLayer landUse = Bundled.layer(s, "landUse");
        GridLayer roads = Bundled.layer(s, "roads");
        GridLayer elevation = s.elevation();
        List<String> bad = new ArrayList<>();
        for (Shelter h : s.scenario().forcesOrNone().sheltersOrEmpty()) {
            int c = h.cell().col();
            int r = h.cell().row();
            LandUse use = LandUse.ofCode(landUse.get(c, r));
            if (use != LandUse.URBAN_DENSE && use != LandUse.URBAN_RESIDENTIAL && use != LandUse.PARK) {
                bad.add(h.id() + " on " + use);
            }
            if (roads.get(c, r) == RoadClass.UNDERPASS.code()) {
                bad.add(h.id() + " in an underpass");
            }
            if (waterWithin(landUse, c, r, 2)) {
                bad.add(h.id() + " within 2 cells of water");
            }
            if (elevation.get(c, r) < lowerQuartileAround(elevation, c, r, 5)) {
                bad.add(h.id() + " in a hollow");
            }
        }
        assertTrue(bad.isEmpty(), String.join("; ", bad));
    }

    private record Placed(String id, CellRef cell, boolean shelter) {
    }

    private static List<Placed> placed(Forces f) {
        List<Placed> all = new ArrayList<>();
        f.teamsOrEmpty().forEach(t -> all.add(new Placed(t.id(), t.base(), false)));
        f.depotsOrEmpty().forEach(d -> all.add(new Placed(d.id(), d.cell(), false)));
        f.sheltersOrEmpty().forEach(s -> all.add(new Placed(s.id(), s.cell(), true)));
        return all;
    }

    private static boolean nearRoad(GridLayer roads, CellRef cell) {
        for (int[] d : new int[][] {{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
            int c = cell.col() + d[0];
            int r = cell.row() + d[1];
            if (c >= 0 && r >= 0 && c < roads.cols() && r < roads.rows() && roads.get(c, r) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean waterWithin(GridLayer landUse, int col, int row, int radius) {
        for (int r = StrictMath.max(0, row - radius); r <= StrictMath.min(landUse.rows() - 1, row + radius); r++) {
            for (int c = StrictMath.max(0, col - radius); c <= StrictMath.min(landUse.cols() - 1, col + radius); c++) {
                if (LandUse.ofCode(landUse.get(c, r)) == LandUse.WATER) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double lowerQuartileAround(GridLayer z, int col, int row, int radius) {
        List<Double> heights = new ArrayList<>();
        for (int r = StrictMath.max(0, row - radius); r <= StrictMath.min(z.rows() - 1, row + radius); r++) {
            for (int c = StrictMath.max(0, col - radius); c <= StrictMath.min(z.cols() - 1, col + radius); c++) {
                heights.add(z.get(c, r));
            }
        }
        double[] sorted = heights.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 4];
    }
}
