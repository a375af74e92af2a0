package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.drillgrid.model.scenario.GridSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Resampling onto the scenario grid: identity, majority of class codes, conservation of people,
 * clipping and filling, and the refusals (another coordinate system, no overlap).
 */
class ResampleTest {

    /** Relative error allowed in a conserved population total: summation rounding only. */
    private static final double CONSERVED = 1e-9;

    private static GeoRaster raster(int cols, int rows, double cell, double xll, double yll, String crs,
            double... values) {
        return new GeoRaster("in.tif", GeoRaster.GEOTIFF, cols, rows, cell, cell, xll, yll, crs, values);
    }

    private static double[] ramp(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = (i * 37) % 10; // valid code of every layer kind up to 9, not monotone
        }
        return v;
    }

    @ParameterizedTest
    @EnumSource(LayerKind.class)
    void theSameGridReproducesTheValuesExactly(LayerKind kind) throws Exception {
        double[] v = ramp(12);
        if (kind == LayerKind.ELEVATION) {
            v = Arrays.stream(v).map(x -> 31.7 + x * 0.123456789).toArray();
        }
        if (kind == LayerKind.BUILDINGS || kind == LayerKind.ROADS) {
            v = Arrays.stream(v).map(x -> x % 5).toArray();
        }
        GeoRaster src = raster(4, 3, 50, 498_500, 3_799_000, "EPSG:4547", v);
        LayerImport out = RasterImport.resample(src, new GridSpec(4, 3, 50.0, 498_500.0, 3_799_000.0, "EPSG:4547"),
                kind);
        assertArrayEquals(v, out.layer().toArray());
        assertEquals(12, out.report().cellsCovered());
        assertEquals(0, out.report().cellsFilled());
        assertEquals(0, out.report().sourceCellsClipped());
    }

    @Test
    void twentyFiveMetreClassesBecomeTheMajorityOfFiftyMetreCells() throws Exception {
        // 4 x 2 source cells of 25 m -> 2 x 1 target cells of 50 m, each holding 2 x 2 source centres
        GeoRaster src = raster(4, 2, 25, 0, 0, null,
                2, 2, 1, 3,
                2, 5, 3, 1);
        LayerImport out = RasterImport.resample(src, new GridSpec(2, 1, 50.0, 0.0, 0.0), LayerKind.LAND_USE);
        // left: three 2s and a 5; right: two 1s and two 3s, a tie won by the lower code
        assertArrayEquals(new double[] {2, 1}, out.layer().toArray());
        assertTrue(out.report().notes().stream().anyMatch(n -> n.contains("most frequent")),
                out.report().notes()::toString);
    }

    @Test
    void nodataDoesNotVoteAndAnAllNodataCellIsFilledWithZero() throws Exception {
        double nan = Double.NaN;
        GeoRaster src = raster(4, 2, 25, 0, 0, null,
                nan, nan, nan, 6,
                nan, 6, nan, nan);
        LayerImport out = RasterImport.resample(src, new GridSpec(2, 1, 50.0, 0.0, 0.0), LayerKind.LAND_USE);
        assertArrayEquals(new double[] {6, 6}, out.layer().toArray());
        GeoRaster empty = raster(2, 1, 50, 0, 0, null, nan, 4);
        LayerImport filled = RasterImport.resample(empty, new GridSpec(2, 1, 50.0, 0.0, 0.0), LayerKind.LAND_USE);
        assertArrayEquals(new double[] {0, 4}, filled.layer().toArray());
        assertEquals(1, filled.report().cellsFilled());
    }

    @Test
    void invalidCodesBecomeZeroAndAreCounted() throws Exception {
        GeoRaster src = raster(4, 1, 10, 0, 0, null, 3, 12, 2.5, 5);
        LayerImport landUse = RasterImport.resample(src, new GridSpec(4, 1, 10.0, 0.0, 0.0), LayerKind.LAND_USE);
        assertArrayEquals(new double[] {3, 0, 0, 5}, landUse.layer().toArray());
        assertEquals(2, landUse.report().invalidCodes());
        LayerImport roads = RasterImport.resample(src, new GridSpec(4, 1, 10.0, 0.0, 0.0), LayerKind.ROADS);
        assertArrayEquals(new double[] {3, 0, 0, 0}, roads.layer().toArray(), "road codes stop at 4");
        assertEquals(3, roads.report().invalidCodes());
        assertTrue(roads.report().summary().contains("3 cells had values that are not valid codes"));
    }

    @Test
    void hundredMetrePopulationOnFiftyMetreCellsConservesTheTotal() throws Exception {
        GeoRaster src = raster(3, 2, 100, 1000, 2000, "EPSG:4547", 400, 0, 12.5, 1, 1000, 3);
        LayerImport out = RasterImport.resample(src, new GridSpec(6, 4, 50.0, 1000.0, 2000.0, "EPSG:4547"),
                LayerKind.POPULATION);
        assertEquals(1416.5, out.report().sourceTotal());
        assertEquals(1416.5, out.layer().sum(), 1416.5 * CONSERVED);
        assertEquals(1416.5, out.report().importedTotal(), 1416.5 * CONSERVED);
        assertEquals(100, out.layer().get(0, 0), 1e-12, "a quarter of the 400 people");
        assertEquals(250, out.layer().get(3, 3), 1e-12);
    }

    @Test
    void fiftyMetrePopulationOnOddCoarserCellsConservesTheOverlappedTotal() throws Exception {
        double[] v = new double[40 * 30];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 7919) % 101 + 0.25;
        }
        GeoRaster src = raster(40, 30, 50, 0, 0, "EPSG:4547", v);
        // 70 m cells shifted by 13 m: covers x 13..2043, y 13..1483, all of the raster's x and most of y
        GridSpec grid = new GridSpec(29, 21, 70.0, 13.0, 13.0, "EPSG:4547");
        LayerImport out = RasterImport.resample(src, grid, LayerKind.POPULATION);
        double overlapped = 0;
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 40; c++) {
                double x0 = c * 50;
                double yTop = 1500 - r * 50;
                double fx = (Math.min(x0 + 50, 2043) - Math.max(x0, 13)) / 50;
                double fy = (Math.min(yTop, 1483) - Math.max(yTop - 50, 13)) / 50;
                overlapped += v[r * 40 + c] * fx * fy;
            }
        }
        assertEquals(overlapped, out.report().importedTotal(), overlapped * CONSERVED);
        assertEquals(Arrays.stream(v).sum(), out.report().sourceTotal(), 1e-9);
        assertTrue(out.report().summary().contains("people: "), out.report().summary());
    }

    @Test
    void partialOverlapReportsClippedAndFilledCells() throws Exception {
        // source 10 x 10 cells of 50 m at (0, 0); grid 10 x 10 at x = 250: the east half overlaps
        double[] v = new double[100];
        Arrays.fill(v, 5);
        GeoRaster src = raster(10, 10, 50, 0, 0, "EPSG:4547", v);
        GridSpec grid = new GridSpec(10, 10, 50.0, 250.0, 0.0, "EPSG:4547");
        for (LayerKind kind : LayerKind.values()) {
            ImportReport r = RasterImport.resample(src, grid, kind).report();
            assertEquals(100, r.targetCells(), kind::toString);
            assertEquals(50, r.cellsCovered(), kind::toString);
            assertEquals(50, r.cellsFilled(), kind::toString);
            assertEquals(50, r.sourceCellsClipped(), kind::toString);
        }
        LayerImport pop = RasterImport.resample(src, grid, LayerKind.POPULATION);
        assertEquals(500, pop.report().sourceTotal());
        assertEquals(250, pop.report().importedTotal(), 1e-9);
        assertEquals(0, pop.layer().get(9, 0), "filled with 0");
        LayerImport dem = RasterImport.resample(src, grid, LayerKind.ELEVATION);
        assertEquals(5, dem.layer().get(9, 0), "filled with the nearest elevation");
        assertTrue(dem.report().summary().contains("50 filled"), dem.report().summary());
    }

    @Test
    void elevationIsBilinearBetweenCellCentresAndHasNoGaps() throws Exception {
        double nan = Double.NaN;
        GeoRaster src = raster(2, 1, 100, 0, 0, null, 10, 20);
        LayerImport out = RasterImport.resample(src, new GridSpec(4, 2, 50.0, 0.0, 0.0), LayerKind.ELEVATION);
        // centres at 25, 75, 125, 175 m: clamped at the edges, linear between the source centres 50 and 150
        assertArrayEquals(new double[] {10, 12.5, 17.5, 20, 10, 12.5, 17.5, 20}, out.layer().toArray(), 1e-12);
        GeoRaster holes = raster(3, 3, 10, 0, 0, null, 1, 2, 3, nan, nan, nan, nan, nan, 9);
        LayerImport filled = RasterImport.resample(holes, new GridSpec(3, 3, 10.0, 0.0, 0.0), LayerKind.ELEVATION);
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3, 1, 9, 9}, filled.layer().toArray());
        assertFalse(Arrays.stream(filled.layer().toArray()).anyMatch(Double::isNaN));
        assertEquals(5, filled.report().cellsFilled());
    }

    @Test
    void nonSquareSourceCellsAreResampledByTheirOwnSizes() throws Exception {
        GeoRaster src = new GeoRaster("a.tif", "GeoTIFF", 2, 2, 100, 50, 0, 0, null, new double[] {1, 2, 3, 4});
        LayerImport out = RasterImport.resample(src, new GridSpec(4, 2, 50.0, 0.0, 0.0), LayerKind.LAND_USE);
        assertArrayEquals(new double[] {1, 1, 2, 2, 3, 3, 4, 4}, out.layer().toArray());
        assertTrue(out.report().notes().contains("source cells are 100 x 50 (not square)"),
                out.report().notes()::toString);
        LayerImport pop = RasterImport.resample(src, new GridSpec(4, 2, 50.0, 0.0, 0.0), LayerKind.POPULATION);
        assertArrayEquals(new double[] {0.5, 0.5, 1, 1, 1.5, 1.5, 2, 2}, pop.layer().toArray(), 1e-12);
    }

    @Test
    void anotherCoordinateSystemIsRefusedWithBothCodes() {
        GeoRaster src = raster(2, 2, 50, 0, 0, "EPSG:32650", 1, 2, 3, 4);
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.resample(src,
                new GridSpec(2, 2, 50.0, 0.0, 0.0, "EPSG:4547"), LayerKind.ELEVATION));
        assertEquals("in.tif is in EPSG:32650 but the scenario grid is in EPSG:4547; reproject it first "
                + "(for example gdalwarp -t_srs EPSG:4547)", e.getMessage());
    }

    @Test
    void aCoordinateSystemKnownOnOneSideOnlyIsNoted() throws Exception {
        GeoRaster src = raster(2, 2, 50, 0, 0, null, 1, 2, 3, 4);
        ImportReport r = RasterImport.resample(src, new GridSpec(2, 2, 50.0, 0.0, 0.0, "EPSG:4547"),
                LayerKind.ELEVATION).report();
        assertTrue(r.notes().get(0).contains("names no coordinate system"), r.notes()::toString);
        GeoRaster known = raster(2, 2, 50, 0, 0, "EPSG:4547", 1, 2, 3, 4);
        ImportReport r2 = RasterImport.resample(known, new GridSpec(2, 2, 50.0, 0.0, 0.0), LayerKind.ELEVATION)
                .report();
        assertTrue(r2.notes().get(0).contains("the scenario grid has no crs"), r2.notes()::toString);
        GeoRaster lonLat = raster(2, 2, 0.001, 114, 34, "EPSG:4326", 1, 2, 3, 4);
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.resample(lonLat,
                new GridSpec(2, 2, 50.0, 0.0, 0.0), LayerKind.ELEVATION));
        assertTrue(e.getMessage().contains("longitude/latitude"), e.getMessage());
    }

    @Test
    void noOverlapIsRefusedWithBothExtents() {
        GeoRaster src = raster(2, 2, 50, 0, 0, "EPSG:4547", 1, 2, 3, 4);
        ImportException e = assertThrows(ImportException.class, () -> RasterImport.resample(src,
                new GridSpec(2, 2, 50.0, 100.0, 0.0, "EPSG:4547"), LayerKind.ELEVATION));
        assertEquals("in.tif covers x 0 to 100, y 0 to 100 but the scenario grid covers x 100 to 200, y 0 to 100: "
                + "they do not overlap", e.getMessage());
    }

    @Test
    void gridFromARasterCoversItsExtent() throws Exception {
        GeoRaster src = raster(60, 40, 50, 498_500, 3_799_000, "EPSG:4547", new double[2400]);
        assertEquals(new GridSpec(60, 40, 50.0, 498_500.0, 3_799_000.0, "EPSG:4547"), RasterImport.gridFrom(src, 50));
        assertEquals(new GridSpec(91, 61, 33.0, 498_500.0, 3_799_000.0, "EPSG:4547"), RasterImport.gridFrom(src, 33));
        ImportException tooFine = assertThrows(ImportException.class, () -> RasterImport.gridFrom(src, 0.5));
        assertTrue(tooFine.getMessage().contains("6000 x 4000 cells"), tooFine.getMessage());
        assertTrue(tooFine.getMessage().startsWith("in.tif "), tooFine.getMessage());
        assertThrows(ImportException.class, () -> RasterImport.gridFrom(src, 0));
        assertThrows(ImportException.class, () -> RasterImport.gridFrom(src, Double.NaN));
    }

    @Test
    void summaryNamesTheFileAndTheCounts() throws Exception {
        GeoRaster src = raster(2, 1, 100, 0, 0, "EPSG:4547", 10, 20);
        ImportReport r = RasterImport.resample(src, new GridSpec(3, 1, 100.0, 0.0, 0.0, "EPSG:4547"),
                LayerKind.POPULATION).report();
        assertEquals("""
                in.tif: GeoTIFF, 2 x 1 cells of 100, EPSG:4547
                3 grid cells: 2 from the file, 1 filled (no data there)
                0 source cells lay outside the grid and were clipped
                people: 30.0 in the file, 30.0 on the grid (0.0 clipped)
                note: 1 cells without data were set to 0
                """, r.summary());
        assertTrue(Double.isNaN(RasterImport.resample(src, new GridSpec(3, 1, 100.0, 0.0, 0.0, "EPSG:4547"),
                LayerKind.ELEVATION).report().sourceTotal()));
    }

    @Test
    void nearestCellIsTheExactNearestByDistance() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 50; round++) {
            int cols = 1 + random.nextInt(30);
            int rows = 1 + random.nextInt(30);
            boolean[] known = new boolean[cols * rows];
            known[random.nextInt(known.length)] = true;
            double share = random.nextDouble() * 0.2;
            for (int i = 0; i < known.length; i++) {
                known[i] |= random.nextDouble() < share;
            }
            int[] nearest = NearestCell.of(known, cols, rows);
            for (int i = 0; i < known.length; i++) {
                int best = Integer.MAX_VALUE;
                for (int j = 0; j < known.length; j++) {
                    if (known[j]) {
                        best = Math.min(best, squaredDistance(i, j, cols));
                    }
                }
                assertTrue(known[nearest[i]]);
                assertEquals(best, squaredDistance(i, nearest[i], cols), "cell " + i + " of " + cols + " x " + rows);
            }
        }
    }

    private static int squaredDistance(int a, int b, int cols) {
        int dc = a % cols - b % cols;
        int dr = a / cols - b / cols;
        return dc * dc + dr * dr;
    }
}
