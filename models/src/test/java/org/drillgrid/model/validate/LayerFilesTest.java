package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.grid.LayerGenerators;
import org.drillgrid.model.scenario.GeneratorSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layer rasters: files beside the document, constants and generators, and the value rules of each layer. */
class LayerFilesTest {

    private static final String OUTSIDE = " resolves outside the scenario's folder (use a path relative to the "
            + "scenario file, without leaving its folder)";

    @TempDir
    Path root;

    /** The scenario's own folder, one below {@link #root} so that there is an outside to point at. */
    private Path folder;

    @BeforeEach
    void makeFolder() throws IOException {
        folder = Files.createDirectory(root.resolve("scenario"));
    }

    /** The minimal document (20 x 10 cells of 30 m) with its elevation read from {@code dem.asc}. */
    private ScenarioFolder withDem(String ascText) {
        return ScenarioFolder.minimal(folder).set("layers.elevation", "{\"file\": \"dem.asc\"}").file("dem.asc", ascText);
    }

    @Test
    void fileLayerIsReadRowZeroNorth() throws Exception {
        LoadedScenario loaded = withDem(AscText.of(20, 10, 30, (c, r) -> 100 + 10 * r + c)).load();
        GridLayer dem = loaded.elevation();
        assertEquals(100, dem.get(0, 0));
        assertEquals(119, dem.get(19, 0));
        assertEquals(190, dem.get(0, 9));
        assertEquals(209, dem.get(19, 9));
    }

    @Test
    void fileInASubfolderIsRead() throws Exception {
        LoadedScenario loaded = ScenarioFolder.minimal(folder)
                .set("layers.elevation", "{\"file\": \"rasters/./dem.asc\"}")
                .file("rasters/dem.asc", AscText.constant(20, 10, 30, 7))
                .load();
        assertEquals(7 * 200, loaded.elevation().sum());
    }

    @Test
    void wrongNumberOfColumns() {
        ScenarioFolder.minimal(folder)
                .set("grid", "{\"cols\": 250, \"rows\": 4, \"cellSize\": 30}")
                .set("layers.elevation", "{\"file\": \"dem.asc\"}")
                .file("dem.asc", AscText.constant(200, 4, 30, 100))
                .assertViolations("$.layers.elevation.file: dem.asc has 200 columns, grid has 250");
    }

    @Test
    void wrongNumberOfRows() {
        withDem(AscText.constant(20, 12, 30, 100))
                .assertViolations("$.layers.elevation.file: dem.asc has 12 rows, grid has 10");
    }

    @Test
    void wrongCellSize() {
        withDem(AscText.constant(20, 10, 25, 100))
                .assertViolations("$.layers.elevation.file: dem.asc has cell size 25 m, grid has 30 m");
    }

    @Test
    void everyMismatchOfOneFileIsReported() {
        withDem(AscText.constant(21, 11, 25, 100)).assertViolations(
                "$.layers.elevation.file: dem.asc has 21 columns, grid has 20",
                "$.layers.elevation.file: dem.asc has 11 rows, grid has 10",
                "$.layers.elevation.file: dem.asc has cell size 25 m, grid has 30 m");
    }

    @Test
    void parentFolderIsRefusedEvenWhenTheFileExists() throws IOException {
        Files.writeString(root.resolve("x.asc"), AscText.constant(20, 10, 30, 100));
        ScenarioFolder.minimal(folder).set("layers.elevation", "{\"file\": \"../x.asc\"}")
                .assertViolations("$.layers.elevation.file: ../x.asc" + OUTSIDE);
    }

    @Test
    void absolutePathIsRefusedEvenWhenTheFileExists() throws IOException {
        Path outside = Files.writeString(root.resolve("x.asc"), AscText.constant(20, 10, 30, 100));
        String absolute = outside.toAbsolutePath().toString();
        ScenarioFolder.minimal(folder).set("layers.elevation", "{\"file\": \"" + absolute + "\"}")
                .assertViolations("$.layers.elevation.file: " + absolute + OUTSIDE);
    }

    @Test
    void symbolicLinkLeadingOutIsRefused() throws IOException {
        Path outside = Files.writeString(root.resolve("x.asc"), AscText.constant(20, 10, 30, 100));
        Files.createSymbolicLink(folder.resolve("dem.asc"), outside);
        ScenarioFolder.minimal(folder).set("layers.elevation", "{\"file\": \"dem.asc\"}")
                .assertViolations("$.layers.elevation.file: dem.asc" + OUTSIDE);
    }

    @Test
    void symbolicLinkWithinTheFolderIsFollowed() throws Exception {
        Path target = Files.writeString(folder.resolve("dem-v2.asc"), AscText.constant(20, 10, 30, 55));
        Files.createSymbolicLink(folder.resolve("dem.asc"), target.getFileName());
        LoadedScenario loaded = ScenarioFolder.minimal(folder).set("layers.elevation", "{\"file\": \"dem.asc\"}").load();
        assertEquals(55, loaded.elevation().get(3, 3));
    }

    @Test
    void missingLayerFile() {
        ScenarioFolder.minimal(folder).set("layers.elevation", "{\"file\": \"dem.asc\"}")
                .assertViolations("$.layers.elevation.file: no such file: dem.asc");
    }

    @Test
    void malformedGridFile() {
        String asc = AscText.constant(20, 10, 30, 100).replaceFirst("\n100 100", "\n100 abc");
        withDem(asc).assertViolations(
                "$.layers.elevation.file: dem.asc is not a valid ESRI ASCII grid: line 7: 'abc' is not a number");
    }

    @Test
    void gridFileWithoutHeader() {
        withDem("1 2 3\n4 5 6\n").assertViolations(
                "$.layers.elevation.file: dem.asc is not a valid ESRI ASCII grid: header: missing ncols");
    }

    @Test
    void problemsInSeveralLayersAreAllReported() {
        withDem(AscText.constant(20, 9, 30, 100))
                .set("layers.landUse", "{\"file\": \"landuse.asc\"}")
                .set("layers.population", "{\"constant\": -1}")
                .assertViolations(
                        "$.layers.elevation.file: dem.asc has 9 rows, grid has 10",
                        "$.layers.landUse.file: no such file: landuse.asc",
                        "$.layers.population: 200 cells break the rule 'people per cell >= 0', first at [0, 0] "
                                + "with -1");
    }

    @Test
    void landUseCodesAreChecked() {
        ScenarioFolder.minimal(folder)
                .set("layers.landUse", "{\"file\": \"landuse.asc\"}")
                .file("landuse.asc", AscText.of(20, 10, 30, (c, r) -> r == 1 && c >= 4 && c < 7 ? 12 : 5))
                .assertViolations("$.layers.landUse: 3 cells break the rule 'land-use codes 0-9', first at [4, 1] "
                        + "with 12");
    }

    @Test
    void roadCodesAreChecked() {
        ScenarioFolder.minimal(folder)
                .set("layers.roads", "{\"file\": \"roads.asc\"}")
                .file("roads.asc", AscText.of(20, 10, 30, (c, r) -> c == 19 && r == 9 ? 5 : 0))
                .assertViolations("$.layers.roads: 1 cells break the rule 'road-class codes 0-4', first at [19, 9] "
                        + "with 5");
    }

    @Test
    void buildingCodesMustBeWholeNumbers() {
        String asc = AscText.constant(20, 10, 30, 1).replaceFirst("\n1 1", "\n1 2.5");
        ScenarioFolder.minimal(folder)
                .set("layers.buildings", "{\"file\": \"buildings.asc\"}")
                .file("buildings.asc", asc)
                .assertViolations("$.layers.buildings: 1 cells break the rule 'structure-class codes 0-5', "
                        + "first at [1, 0] with 2.5");
    }

    @Test
    void negativePopulationIsRefused() {
        ScenarioFolder.minimal(folder)
                .set("layers.population", "{\"file\": \"pop.asc\"}")
                .file("pop.asc", AscText.of(20, 10, 30, (c, r) -> r == 2 && c == 3 ? -5 : 40))
                .assertViolations("$.layers.population: 1 cells break the rule 'people per cell >= 0', first at [3, 2] "
                        + "with -5");
    }

    @Test
    void elevationMayNotHaveNodata() {
        withDem(AscText.of(20, 10, 30, (c, r) -> c == 0 && r == 0 ? -9999 : 100)).assertViolations(
                "$.layers.elevation: 1 cells break the rule 'a height in every cell (no nodata)', first at [0, 0] "
                        + "with nodata");
    }

    @Test
    void constantLayersFillTheGrid() throws Exception {
        LoadedScenario loaded = ScenarioFolder.minimal(folder)
                .set("layers.population", "{\"constant\": 12}")
                .set("layers.landUse", "{\"constant\": 3}")
                .load();
        assertEquals(GridLayer.constant(20, 10, 100), loaded.elevation());
        assertEquals(GridLayer.constant(20, 10, 12), loaded.layer("population").orElseThrow());
        assertEquals(GridLayer.constant(20, 10, 3), loaded.layer("landUse").orElseThrow());
        assertEquals(java.util.Optional.empty(), loaded.layer("roads"));
    }

    @Test
    void generatedLayersAreTheGeneratorsRaster() throws Exception {
        LoadedScenario loaded = ScenarioFolder.minimal(folder)
                .set("layers.elevation", """
                        {"generator": {"type": "fractal", "seed": 9, "mean": 80, "amplitude": 15, "tiltEast": 2}}""")
                .set("layers.population", """
                        {"generator": {"type": "radial", "centre": [5, 4], "peak": 300, "radius": 3}}""")
                .load();
        assertEquals(LayerGenerators.generate(new GeneratorSpec.Fractal(9L, 80.0, 15.0, null, null, null, 2.0, null,
                null), 20, 10, 30), loaded.elevation());
        GridLayer population = loaded.layer("population").orElseThrow();
        assertEquals(300, population.get(5, 4));
        assertEquals(300, population.max());
    }

    @Test
    void layerFilesAreBoundedInSize() throws IOException {
        byte[] data = new byte[1024 * 1024 + 1];
        try (InputStream in = new BoundedInputStream(new ByteArrayInputStream(data), 1024 * 1024, "dem.asc")) {
            IOException e = assertThrows(BoundedInputStream.TooLargeException.class, in::readAllBytes);
            assertEquals("dem.asc is larger than 1 MB, the most a layer file may be", e.getMessage());
        }
        try (InputStream in = new BoundedInputStream(new ByteArrayInputStream(data, 1, data.length - 1),
                1024 * 1024, "dem.asc")) {
            assertEquals(1024 * 1024, in.readAllBytes().length, "exactly the limit is fine");
        }
    }
}
