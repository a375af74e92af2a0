package org.drillgrid.model.gis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.GridSpec;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic city's files import onto the grid made from its DEM, as a drill designer would do it. */
class GisSyntheticCityTest {

    private static final double CONSERVED = 1e-9;

    @TempDir
    Path dir;

    private GeoRaster raster(String name) throws Exception {
        return RasterImport.read(name, Files.readAllBytes(dir.resolve(name)));
    }

    private GeoJsonLayer features(String name) throws Exception {
        return GeoJsonImport.read(name, Files.readAllBytes(dir.resolve(name)));
    }

    @Test
    void everyFileImportsOntoTheGridOfTheDem() throws Exception {
        SyntheticGisFiles.write(dir);
        GeoRaster dem = raster(SyntheticGisFiles.DEM);
        assertEquals("GeoTIFF", dem.format());
        GridSpec grid = RasterImport.gridFrom(dem, 50);
        assertEquals(new GridSpec(60, 40, 50.0, 498_500.0, 3_799_000.0, "EPSG:4547"), grid);

        LayerImport elevation = RasterImport.resample(dem, grid, LayerKind.ELEVATION);
        assertArrayEquals(dem.values(), elevation.layer().toArray(), "the DEM defines the grid: identity");
        double south = elevation.layer().get(30, 36);
        double north = elevation.layer().get(30, 2);
        assertTrue(north > south + 20, "the valley slopes down to the river in the south: " + north + " " + south);

        GeoRaster landUseFile = raster(SyntheticGisFiles.LAND_USE);
        assertEquals("ESRI ASCII", landUseFile.format());
        LayerImport landUse = RasterImport.resample(landUseFile, grid, LayerKind.LAND_USE);
        assertEquals(0, landUse.report().invalidCodes());
        assertEquals(0, landUse.report().cellsFilled());
        assertTrue(landUse.report().notes().stream().anyMatch(n -> n.contains("names no coordinate system")));
        Map<Double, Long> classes = Arrays.stream(landUse.layer().toArray()).boxed()
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        for (LandUse u : List.of(LandUse.WATER, LandUse.URBAN_DENSE, LandUse.URBAN_RESIDENTIAL, LandUse.CROPLAND,
                LandUse.FOREST)) {
            assertTrue(classes.getOrDefault((double) u.code(), 0L) > 10, u + " in " + classes);
        }

        LayerImport population = RasterImport.resample(raster(SyntheticGisFiles.POPULATION), grid,
                LayerKind.POPULATION);
        assertEquals(SyntheticGisFiles.PEOPLE, population.report().sourceTotal());
        assertEquals(SyntheticGisFiles.PEOPLE, population.layer().sum(), SyntheticGisFiles.PEOPLE * CONSERVED);
        assertEquals(120, population.report().cellsFilled(), "the nodata row of 100 m cells is two rows of 50 m");
    }

    @Test
    void roadsFormOneNetworkReachingTheEdges() throws Exception {
        SyntheticGisFiles.write(dir);
        GridSpec grid = RasterImport.gridFrom(raster(SyntheticGisFiles.DEM), 50);
        GeoJsonLayer roads = features(SyntheticGisFiles.ROADS);
        assertEquals("EPSG:4547", roads.crs());
        FeatureImport placed = GeoJsonImport.toGrid(roads, grid);
        assertEquals(0, placed.outside());
        GridLayer layer = GeoJsonImport.burnRoads(placed.lines(), grid, null);
        int[] roadCells = java.util.stream.IntStream.range(0, layer.size()).filter(i -> layer.at(i) > 0).toArray();
        assertEquals(1, GeoJsonImportTest.components(roadCells, 60), "one edge-connected network");
        assertTrue(Arrays.stream(roadCells).anyMatch(i -> i % 60 == 0), "reaches the west edge");
        assertTrue(Arrays.stream(roadCells).anyMatch(i -> i % 60 == 59), "reaches the east edge");
        assertTrue(Arrays.stream(roadCells).anyMatch(i -> i / 60 == 0), "reaches the north edge");
        assertTrue(Arrays.stream(roadCells).anyMatch(i -> i / 60 == 39), "reaches the south edge");
        assertEquals(RoadClass.ARTERIAL.code(), layer.get(30, 15), "the primaries cross at the centre");
        assertTrue(layer.count(v -> v == RoadClass.LOCAL.code()) > 50);
    }

    @Test
    void everyFacilityLandsInsideTheGrid() throws Exception {
        SyntheticGisFiles.write(dir);
        GridSpec grid = RasterImport.gridFrom(raster(SyntheticGisFiles.DEM), 50);
        GeoJsonLayer facilities = features(SyntheticGisFiles.FACILITIES);
        assertEquals("EPSG:4326", facilities.crs());
        FeatureImport placed = GeoJsonImport.toGrid(facilities, grid);
        assertEquals(0, placed.outside());
        assertEquals(7, placed.points().size());
        Map<String, Long> kinds = placed.points().stream()
                .collect(Collectors.groupingBy(p -> p.properties().get("kind"), Collectors.counting()));
        assertEquals(Map.of("shelter", 3L, "depot", 1L, "team", 2L, "sensor", 1L), kinds);
        // the school shelter was placed at E 499 675, N 3 800 425: column 23, row 11 of 50 m cells
        GridPoint school = placed.points().stream().filter(p -> p.properties().get("id").equals("shelter-school"))
                .findFirst().orElseThrow();
        assertEquals(List.of(23, 11), List.of(school.col(), school.row()));
        assertEquals("1500", school.properties().get("capacity"));
        GridArea oldTown = placed.areas().get(0);
        assertEquals("老城区", oldTown.properties().get("name"));
        assertEquals("Old town", oldTown.properties().get("name_en"));
        // E 499 750..500 250, N 3 800 050..3 800 450: columns 25..34, rows 11..18
        assertEquals(List.of(25, 11, 34, 18), List.of(oldTown.col0(), oldTown.row0(), oldTown.col1(), oldTown.row1()));
        assertEquals(80, oldTown.cells().length);
    }

    @Test
    void theFilesAreTheSameEveryTime(@TempDir Path other) throws Exception {
        SyntheticGisFiles.write(dir);
        SyntheticGisFiles.write(other);
        for (String name : List.of(SyntheticGisFiles.DEM, SyntheticGisFiles.LAND_USE, SyntheticGisFiles.POPULATION,
                SyntheticGisFiles.ROADS, SyntheticGisFiles.FACILITIES)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(other.resolve(name)), name);
        }
        assertFalse(Files.readString(dir.resolve(SyntheticGisFiles.FACILITIES)).contains("\"crs\""));
    }
}
