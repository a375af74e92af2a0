package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GeoJSON per RFC 7946 (FeatureCollection 3.3, Feature 3.2, geometries 3.1, polygon rings 3.1.6: closed,
 * at least four positions, the first ring the exterior) plus the legacy "crs" member of the 2008 GeoJSON
 * specification (section 3.1, named CRS), placed on a 10 x 10 grid of 10 m cells at (1000, 2000).
 */
class GeoJsonImportTest {

    private static final String CRS_4547 =
            "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4547\"}}";
    private static final GridSpec GRID = new GridSpec(10, 10, 10.0, 1000.0, 2000.0, "EPSG:4547");

    private static GeoJsonLayer read(String json) throws ImportException {
        return GeoJsonImport.read("test.geojson", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String json) {
        ImportException e = assertThrows(ImportException.class, () -> GeoJsonImport.toGrid(read(json), GRID));
        assertTrue(e.getMessage().startsWith("test.geojson"), e.getMessage());
        return e.getMessage();
    }

    /** Grid-unit centre of cell (col, row) in metres: x = 1005 + 10 col, y = 2095 - 10 row. */
    private static String xy(double col, double row) {
        return String.format(Locale.ROOT, "[%s, %s]", 1000 + 10 * col, 2100 - 10 * row);
    }

    private static int cell(int col, int row) {
        return row * 10 + col;
    }

    @Test
    void featureCollectionOfPointsLinesAndPolygons() throws Exception {
        String json = "{\"type\": \"FeatureCollection\", " + CRS_4547 + ", \"features\": ["
                + "{\"type\": \"Feature\", \"id\": \"s1\", \"properties\": {\"kind\": \"shelter\", \"capacity\": 1200,"
                + " \"open\": true, \"tags\": {\"a\": 1}, \"list\": [1], \"none\": null},"
                + " \"geometry\": {\"type\": \"Point\", \"coordinates\": " + xy(2.5, 3.5) + "}},"
                + "{\"type\": \"Feature\", \"properties\": {\"highway\": \"primary\"},"
                + " \"geometry\": {\"type\": \"LineString\", \"coordinates\": [" + xy(0.5, 5.5) + ", " + xy(4.5, 5.5)
                + "]}},"
                + "{\"type\": \"Feature\", \"properties\": null, \"geometry\": null},"
                + "{\"type\": \"Feature\", \"properties\": {\"landuse\": \"forest\"},"
                + " \"geometry\": {\"type\": \"Polygon\","
                + " \"coordinates\": [[" + xy(5, 0) + ", " + xy(10, 0) + ", " + xy(10, 4) + ", " + xy(5, 4) + ", "
                + xy(5, 0) + "], [" + xy(6, 1) + ", " + xy(8, 1) + ", " + xy(8, 3) + ", " + xy(6, 3) + ", " + xy(6, 1)
                + "]]}},"
                + "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"MultiPoint\","
                + " \"coordinates\": [" + xy(9.5, 9.5) + ", [5000, 5000]]}}]}";
        GeoJsonLayer layer = read(json);
        assertEquals("EPSG:4547", layer.crs());
        assertEquals(6, layer.features().size(), "the MultiPoint is two features of index 4");
        assertEquals(Map.of("kind", "shelter", "capacity", "1200", "open", "true", "id", "s1"),
                layer.features().get(0).properties());
        assertNull(layer.features().get(2).geometryType());

        FeatureImport out = GeoJsonImport.toGrid(layer, GRID);
        assertEquals(List.of(new GridPoint(0, 2, 3, layer.features().get(0).properties()),
                new GridPoint(4, 9, 9, Map.of())), out.points());
        assertArrayEquals(new int[] {cell(0, 5), cell(1, 5), cell(2, 5), cell(3, 5), cell(4, 5)},
                out.lines().get(0).cells());
        GridArea forest = out.areas().get(0);
        assertEquals(List.of(5, 0, 9, 3), List.of(forest.col0(), forest.row0(), forest.col1(), forest.row1()));
        // 5 x 4 cells minus the 2 x 2 hole
        assertEquals(16, forest.cells().length);
        for (int c : new int[] {cell(6, 1), cell(7, 1), cell(6, 2), cell(7, 2)}) {
            assertTrue(java.util.Arrays.stream(forest.cells()).noneMatch(x -> x == c), "hole cell " + c);
        }
        assertEquals(1, out.outside(), "the point at (5000, 5000)");
        assertTrue(out.notes().contains("feature 2 has no geometry and was skipped"), out.notes()::toString);
    }

    @Test
    void bareGeometryAndSingleFeature() throws Exception {
        GeoJsonLayer bare = read("{\"type\": \"LineString\", \"coordinates\": [[114, 34], [114.01, 34.01, 55]]}");
        assertEquals("EPSG:4326", bare.crs());
        assertEquals(1, bare.features().size());
        assertEquals("LineString", bare.features().get(0).geometryType());
        assertEquals(0, bare.features().get(0).index());
        assertArrayEquals(new double[] {114.01, 34.01}, bare.features().get(0).parts().get(0).get(1));
        GeoJsonLayer one = read("{\"type\": \"Feature\", \"id\": 7, \"properties\": {\"name\": \"老城区\"},"
                + " \"geometry\": {\"type\": \"MultiPolygon\", \"coordinates\": [[[[0, 0], [1, 0], [1, 1], [0, 0]]],"
                + " [[[2, 2], [3, 2], [3, 3], [2, 2]]]]}}");
        assertEquals(2, one.features().size());
        assertEquals(Map.of("name", "老城区", "id", "7"), one.features().get(1).properties());
        GeoJsonLayer collection = read("{\"type\": \"GeometryCollection\", \"geometries\": ["
                + "{\"type\": \"Point\", \"coordinates\": [1, 2]}, {\"type\": \"Polygon\", \"coordinates\": []}]}");
        assertEquals(java.util.Arrays.asList("Point", null),
                collection.features().stream().map(GeoFeature::geometryType).toList(), "an empty geometry is null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::4547\"}}| EPSG:4547",
        "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG:6.9:32650\"}}| EPSG:32650",
        "{\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4490\"}}| EPSG:4490",
        "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}| EPSG:4326",
        "{\"type\": \"name\", \"properties\": {\"name\": \"http://www.opengis.net/def/crs/EPSG/0/4547\"}}| EPSG:4547",
        "{\"type\": \"EPSG\", \"properties\": {\"code\": 4547}}| EPSG:4547",
        "\"EPSG:4547\"| EPSG:4547",
        "null| EPSG:4326"})
    void legacyCrsMember(String crs, String expected) throws Exception {
        assertEquals(expected, read("{\"type\": \"Point\", \"coordinates\": [1, 2], \"crs\": " + crs + "}").crs());
    }

    @Test
    void wgs84FeaturesAreProjectedOntoTheGridsGaussKrugerCells() throws Exception {
        // grid around E 500 000, N 3 800 000 of EPSG:4547 (CGCS2000 3-degree GK CM 114E), 50 m cells
        GridSpec grid = new GridSpec(60, 40, 50.0, 498_500.0, 3_799_000.0, "EPSG:4547");
        Projection gk = Projection.of("EPSG:4547").orElseThrow();
        int[][] cells = {{0, 0}, {59, 39}, {30, 20}, {7, 33}};
        StringBuilder features = new StringBuilder();
        for (int[] c : cells) {
            double[] lonLat = gk.inverse(498_500 + 50 * c[0] + 25, 3_801_000 - 50 * c[1] - 25);
            features.append(features.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"type\": \"Feature\", \"properties\": {}, \"geometry\": {\"type\": \"Point\", "
                            + "\"coordinates\": [%.9f, %.9f]}}", lonLat[0], lonLat[1]));
        }
        GeoJsonLayer layer = read("{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}");
        FeatureImport out = GeoJsonImport.toGrid(layer, grid);
        assertEquals(List.of(List.of(0, 0), List.of(59, 39), List.of(30, 20), List.of(7, 33)),
                out.points().stream().map(p -> List.of(p.col(), p.row())).toList());
        assertTrue(out.notes().get(0).contains("projected to EPSG:4547"), out.notes()::toString);
        // and the lon/lat of the grid's centre is where CM 114E says: on the meridian, about 34.3N
        double[] centre = gk.inverse(500_000, 3_800_000);
        assertEquals(114, centre[0], 1e-9);
        assertEquals(34.3, centre[1], 0.05);
    }

    @Test
    void placingRefusals() throws Exception {
        assertTrue(refusal("{\"type\": \"Point\", \"coordinates\": [500000, 3800000]}")
                .contains("500000, 3800000 is not a longitude/latitude"));
        ImportException noCrs = assertThrows(ImportException.class, () -> GeoJsonImport.toGrid(
                read("{\"type\": \"Point\", \"coordinates\": [114, 34]}"), new GridSpec(2, 2, 10.0, 0.0, 0.0)));
        assertTrue(noCrs.getMessage().contains("the scenario grid has no crs; cannot place longitude/latitude "
                + "features"), noCrs.getMessage());
        String mismatch = refusal("{\"type\": \"Point\", \"coordinates\": [1, 2], \"crs\": \"EPSG:32650\"}");
        assertTrue(mismatch.contains("EPSG:32650") && mismatch.contains("EPSG:4547"), mismatch);
        ImportException unsupported = assertThrows(ImportException.class, () -> GeoJsonImport.toGrid(
                read("{\"type\": \"Point\", \"coordinates\": [114, 34]}"), new GridSpec(2, 2, 10.0, 0.0, 0.0,
                        "EPSG:3857")));
        assertTrue(unsupported.getMessage().contains("EPSG:4326") && unsupported.getMessage().contains("EPSG:3857"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": | is not valid JSON (line 1, column",
        "'   '| is empty",
        "[1, 2]| is not GeoJSON: expected an object with a \"type\", found an array",
        "{\"features\": []}| is not GeoJSON: it has no \"type\"",
        "{\"type\": \"Circle\"}| is not GeoJSON: unknown type \"Circle\"",
        "{\"type\": \"FeatureCollection\"}| without a \"features\" array",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": null}, 5]}"
                + "| feature 1: expected an object with \"type\": \"Feature\", found 5",
        "{\"type\": \"Point\", \"coordinates\": [\"114\", 34]}"
                + "| feature 0: coordinates must be numbers, found the string \"114\"",
        "{\"type\": \"Point\", \"coordinates\": [114]}| a position must be an array of at least two numbers",
        "{\"type\": \"LineString\", \"coordinates\": [[1, 2]]}| a LineString needs at least 2 positions, has 1",
        "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [0, 0]]]}"
                + "| a polygon ring has 3 positions; at least 4 are needed",
        "{\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}| ring is not closed",
        "{\"type\": \"Feature\", \"properties\": 3, \"geometry\": null}| \"properties\" must be an object or null",
        "{\"type\": \"Point\", \"coordinates\": [1, 2], \"crs\": \"WGS84\"}"
                + "| has crs \"WGS84\", which is not an EPSG code",
        "{\"type\": \"Point\", \"coordinates\": [1, 2], \"crs\": {\"type\": \"link\"}}| has a crs member this import",
        "{\"type\": \"Point\", \"coordinates\": [1, 2], \"type\": \"Point\"}| is not valid JSON"})
    void badDocumentsAreRefusedNamingFileAndFeature(String json, String expected) {
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith("test.geojson"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void emptyBytesAndWrongTypesFuzz() {
        assertThrows(ImportException.class, () -> GeoJsonImport.read("x.geojson", new byte[0]));
        String valid = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\":"
                + " {\"highway\": \"primary\", \"n\": 2}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                + " [[[114, 34], [114.001, 34], [114.001, 34.001], [114, 34]]]}}]}";
        String alphabet = "{}[]\",:0123456789.-eE truefalsn";
        Random random = new Random(5);
        GridSpec grid = new GridSpec(100, 100, 5.0, 499_900.0, 3_762_500.0, "EPSG:4547");
        for (int round = 0; round < 3000; round++) {
            StringBuilder s = new StringBuilder(valid);
            for (int k = 0; k < 1 + random.nextInt(3) && s.length() > 0; k++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> s.deleteCharAt(at);
                    default -> s.setLength(at);
                }
            }
            try {
                GeoJsonImport.toGrid(GeoJsonImport.read("fuzz.geojson", s.toString().getBytes(StandardCharsets.UTF_8)),
                        grid);
            } catch (ImportException e) {
                assertTrue(e.getMessage().startsWith("fuzz.geojson"), e.getMessage());
            } catch (RuntimeException e) {
                fail("on " + s + ": " + e, e);
            }
        }
    }

    @Test
    void linesAreFourConnectedAtAnySlope() {
        Random random = new Random(1);
        for (int round = 0; round < 500; round++) {
            // one segment inside the grid: each cell shares an edge with the one before
            List<double[]> segment = List.of(new double[] {random.nextDouble() * 20, random.nextDouble() * 20},
                    new double[] {random.nextInt(21), random.nextInt(21)});
            int[] cells = FeatureRasterizer.line(segment, 20, 20);
            for (int k = 1; k < cells.length; k++) {
                int steps = Math.abs(cells[k] % 20 - cells[k - 1] % 20) + Math.abs(cells[k] / 20 - cells[k - 1] / 20);
                assertEquals(1, steps, "cells " + cells[k - 1] + " -> " + cells[k] + " of round " + round);
            }
            // a polyline inside the grid: its cells form one edge-connected piece
            List<double[]> polyline = List.of(segment.get(0), segment.get(1),
                    new double[] {random.nextDouble() * 20, random.nextDouble() * 20});
            assertEquals(1, components(FeatureRasterizer.line(polyline, 20, 20), 20), "round " + round);
        }
        // a 45-degree diagonal through cell corners steps east first, then south
        assertArrayEquals(new int[] {0, 1, 11, 12, 22}, FeatureRasterizer.line(
                List.of(new double[] {0.5, 0.5}, new double[] {2.5, 2.5}), 10, 10));
        // clipped to the grid: a line from far outside enters at the west edge
        assertArrayEquals(new int[] {30, 31, 32}, FeatureRasterizer.line(
                List.of(new double[] {-1e6, 3.5}, new double[] {2.5, 3.5}), 10, 10));
        assertArrayEquals(new int[0], FeatureRasterizer.line(
                List.of(new double[] {-5, -5}, new double[] {-1, 30}), 10, 10));
    }

    /** Edge-connected components of a set of cells of a grid {@code cols} wide. */
    static int components(int[] cells, int cols) {
        java.util.Set<Integer> left = new java.util.HashSet<>();
        for (int c : cells) {
            left.add(c);
        }
        int count = 0;
        while (!left.isEmpty()) {
            count++;
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(left.iterator().next()));
            left.remove(queue.peek());
            while (!queue.isEmpty()) {
                int c = queue.poll();
                int west = c % cols > 0 ? c - 1 : -1;
                int east = c % cols < cols - 1 ? c + 1 : -1;
                for (int n : new int[] {c - cols, c + cols, west, east}) {
                    if (left.remove(n)) {
                        queue.add(n);
                    }
                }
            }
        }
        return count;
    }

    @Test
    void aPolygonSmallerThanACellGetsTheCellOfItsCentroid() throws Exception {
        String tiny = "{\"type\": \"Polygon\", " + CRS_4547 + ", \"coordinates\": [[[1031, 2041], [1033, 2041],"
                + " [1033, 2043], [1031, 2041]]]}";
        GridArea area = GeoJsonImport.toGrid(read(tiny), GRID).areas().get(0);
        assertArrayEquals(new int[] {cell(3, 5)}, area.cells());
        assertEquals(List.of(3, 5, 3, 5), List.of(area.col0(), area.row0(), area.col1(), area.row1()));
    }

    @Test
    void burnRoadsTakesClassesAndTheHigherClassWins() throws Exception {
        String json = "{\"type\": \"FeatureCollection\", " + CRS_4547 + ", \"features\": ["
                + line("{\"highway\": \"residential\"}", xy(0.5, 2.5), xy(9.5, 2.5)) + ", "
                + line("{\"highway\": \"trunk\"}", xy(3.5, 0.5), xy(3.5, 9.5)) + ", "
                + line("{\"highway\": \"secondary_link\"}", xy(6.5, 0.5), xy(6.5, 9.5)) + ", "
                + line("{\"class\": \"Underpass\"}", xy(8.5, 1.5), xy(8.5, 3.5)) + ", "
                + line("{\"highway\": \"footway\", \"tunnel\": \"yes\"}", xy(0.5, 8.5), xy(1.5, 8.5)) + ", "
                + line("{}", xy(0.5, 9.5), xy(1.5, 9.5)) + "]}";
        FeatureImport lines = GeoJsonImport.toGrid(read(json), GRID);
        double[] before = new double[100];
        before[cell(9, 9)] = RoadClass.MAIN.code();
        GridLayer roads = GeoJsonImport.burnRoads(lines.lines(), GRID, new GridLayer(10, 10, before));
        assertEquals(RoadClass.LOCAL.code(), roads.get(0, 2));
        assertEquals(RoadClass.ARTERIAL.code(), roads.get(3, 2), "trunk over residential");
        assertEquals(RoadClass.MAIN.code(), roads.get(6, 2), "secondary over residential");
        assertEquals(RoadClass.UNDERPASS.code(), roads.get(8, 2), "the underpass keeps its dip");
        assertEquals(RoadClass.UNDERPASS.code(), roads.get(1, 8), "tunnel=yes");
        assertEquals(RoadClass.LOCAL.code(), roads.get(1, 9), "no tags");
        assertEquals(RoadClass.MAIN.code(), roads.get(9, 9), "existing roads stay");
        assertEquals(RoadClass.NONE.code(), roads.get(1, 5));
        assertEquals(RoadClass.LOCAL.code(), GeoJsonImport.burnRoads(lines.lines(), GRID, null).get(0, 2));
    }

    private static String line(String properties, String a, String b) {
        return "{\"type\": \"Feature\", \"properties\": " + properties
                + ", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [" + a + ", " + b + "]}}";
    }

    @Test
    void burnAreasMapsAPropertyToCodesLaterAreasWinning() throws Exception {
        String json = "{\"type\": \"FeatureCollection\", " + CRS_4547 + ", \"features\": ["
                + area("{\"landuse\": \"forest\"}", 0, 0, 6, 6) + ", "
                + area("{\"landuse\": \"water\"}", 4, 4, 8, 8) + ", "
                + area("{\"name\": \"no landuse\"}", 0, 8, 2, 10) + "]}";
        FeatureImport areas = GeoJsonImport.toGrid(read(json), GRID);
        GridLayer landUse = GeoJsonImport.burnAreas(areas.areas(), GRID, GridLayer.constant(10, 10, 5), "landuse",
                v -> v == null ? Double.NaN : LandUse.ofJson(v).code());
        assertEquals(LandUse.FOREST.code(), landUse.get(0, 0));
        assertEquals(LandUse.WATER.code(), landUse.get(5, 5), "the later area wins");
        assertEquals(LandUse.CROPLAND.code(), landUse.get(9, 0), "uncovered cells keep the existing layer");
        assertEquals(LandUse.CROPLAND.code(), landUse.get(0, 9), "a NaN code leaves cells alone");
    }

    private static String area(String properties, int c0, int r0, int c1, int r1) {
        return "{\"type\": \"Feature\", \"properties\": " + properties
                + ", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[" + xy(c0, r0) + ", " + xy(c1, r0) + ", "
                + xy(c1, r1) + ", " + xy(c0, r1) + ", " + xy(c0, r0) + "]]}}";
    }
}
