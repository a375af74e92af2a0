package org.drillgrid.scenarios;

import java.util.List;
import org.drillgrid.model.scenario.LandUse;

/**
 * A river basin drawn after Xinyang: the Huai flowing west to east through a broad valley in the north
 * (40-60 m), the Dabie foothills rising to 300-800 m in the south, three tributaries running north out
 * of the hills, two of them dammed into reservoirs ({@link BasinTerrain}); forest on the hills, paddy
 * and ponds on the plain, two towns on the Huai, two township seats up the valleys and villages along
 * them (here); roads ({@link BasinRoads}).
 */
final class RiverBasin {

    private final CityPlan plan;
    private final int cols;
    private final int rows;
    private final BasinTerrain terrain;
    private final Canvas z;
    private final Canvas use;
    private final Canvas kinds;

    RiverBasin(CityPlan plan) {
        this.plan = plan;
        this.cols = plan.cols();
        this.rows = plan.rows();
        this.terrain = new BasinTerrain(plan);
        this.z = terrain.z;
        this.use = terrain.use;
        this.kinds = new Canvas(cols, rows);
    }

    CityLayers draw() {
        Slope slope = new Slope(z);
        landCover(slope);
        towns(slope);
        List<int[]> villages = villages(slope);
        Settlements.settle(kinds, use);
        Canvas roads = new BasinRoads(plan, terrain, kinds).draw(villages);
        ponds(roads);
        return new CityLayers(z.toLayer(), use.toLayer(),
                Settlements.population(kinds, new Noise(plan.seed(), 6), plan.population()),
                Settlements.buildings(kinds, new Noise(plan.seed(), 7), 2), roads.toLayer());
    }

    /**
     * Paddy on the plain and on gentle valley floors; on the hills forest, broken by shrub grassland and
     * tea gardens (cropland). Xinyang's forest cover is 42 %.
     */
    private void landCover(Slope slope) {
        Noise noise = new Noise(plan.seed(), 4);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!use.is(c, r, LandUse.CROPLAND.code())) {
                    continue;
                }
                double h = z.get(c, r);
                if (h < 75 || slope.at(c, r) < 6 && h < 200) {
                    continue;
                }
                double n = noise.fractal(c, r, plan.cells(1500), 3);
                use.set(c, r, (n > 0.40 ? LandUse.GRASSLAND : n < -0.45 ? LandUse.CROPLAND : LandUse.FOREST).code());
            }
        }
    }

    /**
     * Two towns on the south bank of the Huai, the western one with an industrial park on its west side,
     * and two township seats on the valley floors of the first and third tributary. Nobody builds on the
     * Huai's levees and floodplain or on slopes steeper than 15 m per cell.
     */
    private void towns(Slope slope) {
        Noise noise = new Noise(plan.seed(), 5);
        int west = (int) StrictMath.round(0.22 * cols);
        Channel second = terrain.tributaries.get(1);
        int east = (int) StrictMath.rint(second.x(second.size() - 1)) + plan.cells(900);
        int big = plan.cells(1200);
        int small = plan.cells(450);
        town(noise, slope, west, (int) StrictMath.rint(terrain.huai.rowAt(west)) + 7, big, Settlement.CORE);
        town(noise, slope, east, (int) StrictMath.rint(terrain.huai.rowAt(east)) + 7, big, Settlement.CORE);
        town(noise, slope, west - big - 3, (int) StrictMath.rint(terrain.huai.rowAt(west)) + 8, plan.cells(300),
                Settlement.INDUSTRIAL);
        seat(noise, slope, terrain.tributaries.get(0), 95, small);
        seat(noise, slope, terrain.tributaries.get(2), 110, small);
    }

    /** A township seat on the east bank of {@code river}, where its bed has come down to {@code bed} m. */
    private void seat(Noise noise, Slope slope, Channel river, double bed, int radius) {
        int at = river.firstBedBelow(bed);
        town(noise, slope, (int) StrictMath.rint(river.x(at)) + 3, (int) StrictMath.rint(river.y(at)), radius,
                Settlement.CORE);
    }

    /** A town of {@code radius} cells: its inner 40 % is {@code inner}, the rest residential. */
    private void town(Noise noise, Slope slope, int tc, int tr, int radius, Settlement inner) {
        for (int r = tr - 2 * radius; r <= tr + 2 * radius; r++) {
            for (int c = tc - 2 * radius; c <= tc + 2 * radius; c++) {
                if (!z.contains(c, r) || terrain.huaiField.at(c, r) <= 4 || slope.at(c, r) > 15) {
                    continue;
                }
                double d = StrictMath.hypot(c - tc, r - tr) * (1 + 0.25 * noise.fractal(c, r, radius, 2));
                if (d <= radius) {
                    Settlement kind = inner == Settlement.INDUSTRIAL || d <= 0.4 * radius ? inner
                            : Settlement.RESIDENTIAL;
                    kinds.set(c, r, kind.ordinal());
                }
            }
        }
    }

    /** Villages on gentle farmland below 250 m, away from water, the Huai's levees and the towns. */
    private List<int[]> villages(Slope slope) {
        Noise noise = new Noise(plan.seed(), 8);
        List<int[]> sites = Settlements.villageSites(noise, cols, rows, plan.cells(800), 0.8).stream()
                .filter(s -> use.is(s[0], s[1], LandUse.CROPLAND.code()) && slope.at(s[0], s[1]) < 8
                        && z.get(s[0], s[1]) < 250 && terrain.huaiField.at(s[0], s[1]) > 6
                        && !use.near(s[0], s[1], 1, LandUse.WATER.code())
                        && !kinds.near(s[0], s[1], 3, v -> v != 0))
                .toList();
        for (int[] s : sites) {
            Settlements.stampVillage(kinds, s[0], s[1], noise.unit(s[0], s[1]) < 0.5 ? 1.5 : 2);
        }
        return sites;
    }

    /** Farm ponds on about 1 % of the plain's unbuilt, roadless paddy. */
    private void ponds(Canvas roads) {
        Noise noise = new Noise(plan.seed(), 9);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (use.is(c, r, LandUse.CROPLAND.code()) && z.get(c, r) < 75 && kinds.get(c, r) == 0
                        && roads.get(c, r) == 0 && noise.unit(c, r) < 0.012) {
                    use.set(c, r, LandUse.WATER.code());
                }
            }
        }
    }
}
