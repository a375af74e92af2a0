package org.drillgrid.model.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLibraryTest {

    @TempDir
    Path data;

    private ScenarioLibrary library() {
        return new ScenarioLibrary(data);
    }

    @Test
    void saveWritesAnImmutableVersionFolderWithItsRastersAndRecord() throws Exception {
        ScenarioLibrary lib = library();
        assertEquals(data.resolve("library"), lib.root());
        int v = lib.save(Fixtures.minimal("town"), Map.of("elevation", Fixtures.slope()), "ana", "first draft");
        assertEquals(1, v);
        Path v1 = lib.root().resolve("town/v1");
        assertTrue(Files.isRegularFile(v1.resolve("scenario.json")));
        assertTrue(Files.isRegularFile(v1.resolve("layers/elevation.asc")));

        LoadedScenario loaded = ScenarioLoader.load(lib.source("town", 1));
        assertEquals(Fixtures.slope(), loaded.elevation(), "the raster reads back to the same values");
        assertEquals(new LayerSpec.FromFile("layers/elevation.asc"), loaded.scenario().layers().elevation());
        assertEquals(new LayerSpec.Constant(5), loaded.scenario().layers().population(), "other specs stay");
        assertTrue(Files.readString(v1.resolve("layers/elevation.asc")).startsWith(
                "ncols 20\nnrows 10\nxllcorner 1000\nyllcorner 2000\ncellsize 30\n"), "the grid's geometry");

        ScenarioLibrary.Version record = lib.versions("town").get(0);
        assertEquals(1, record.version());
        assertEquals("ana", record.savedBy());
        assertEquals("first draft", record.comment());
        assertEquals(Sha256.of(v1.resolve("scenario.json")), record.sha256());
        assertFalse(record.saved().isAfter(java.time.Instant.now()));
    }

    @Test
    void everySaveIsANewVersionAndTheListShowsTheLatest() throws Exception {
        ScenarioLibrary lib = library();
        lib.save(Fixtures.minimal("town"), Map.of(), "ana", null);
        lib.save(Fixtures.minimal("alpha"), Map.of(), "ana", null);
        byte[] first = Files.readAllBytes(lib.root().resolve("town/v1/scenario.json"));
        assertEquals(2, lib.save(Fixtures.minimal("town"), Map.of("elevation", Fixtures.slope()), "bo", "slope"));

        assertEquals(List.of(1, 2), lib.versions("town").stream().map(ScenarioLibrary.Version::version).toList());
        assertArrayEquals(first, Files.readAllBytes(lib.root().resolve("town/v1/scenario.json")), "v1 unchanged");
        assertEquals(List.of("alpha", "town"), lib.list().stream().map(ScenarioLibrary.Entry::id).toList());
        ScenarioLibrary.Entry town = lib.find("town").orElseThrow();
        assertEquals(2, town.version());
        assertEquals("bo", town.savedBy());
        assertEquals("Small town", town.name().in(Locale.ENGLISH));
        assertFalse(town.deleted());
        assertEquals(lib.source("town", 2).describe(), lib.latest("town").orElseThrow().describe());
        assertTrue(lib.find("nobody").isEmpty());
        assertEquals(List.of(), lib.versions("nobody"));
        assertTrue(lib.latest("nobody").isEmpty());
    }

    @Test
    void aMissingVersionIsAnErrorNamingIt() throws Exception {
        ScenarioLibrary lib = library();
        lib.save(Fixtures.minimal("town"), Map.of(), "ana", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> lib.source("town", 7));
        assertTrue(e.getMessage().contains("town@7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lib.source("town", 0));
    }

    @Test
    void idsOutsideTheScenarioIdRuleAreRefused() {
        ScenarioLibrary lib = library();
        for (String bad : List.of("../etc", "Town", "", ".staging", "a/b", "x".repeat(65))) {
            assertThrows(IllegalArgumentException.class, () -> lib.versions(bad), bad);
            assertThrows(IllegalArgumentException.class,
                    () -> lib.save(renamed(bad), Map.of(), "ana", null), bad);
        }
    }

    @Test
    void anInvalidDocumentIsRefusedAndLeavesNothingBehind() throws Exception {
        ScenarioLibrary lib = library();
        Scenario noDuration = new Scenario(null, "broken", null, null, Fixtures.minimal("x").grid(), null, null, null,
                null, Fixtures.minimal("x").layers(), null, null, null);
        ScenarioException e = assertThrows(ScenarioException.class, () -> lib.save(noDuration, Map.of(), "ana", null));
        assertTrue(e.violations().stream().map(Violation::path).anyMatch("$.duration"::equals), e.getMessage());
        ScenarioException wrongSize = assertThrows(ScenarioException.class, () -> lib.save(Fixtures.minimal("broken"),
                Map.of("elevation", org.drillgrid.model.grid.GridLayer.constant(3, 3, 1)), "ana", null));
        assertTrue(wrongSize.getMessage().contains("has 3 columns, grid has 20"), wrongSize.getMessage());
        assertNothingLeft(lib, "broken");
    }

    @Test
    void aFileLayerWithoutItsRasterIsRefused() throws Exception {
        ScenarioLibrary lib = library();
        Scenario s = ScenarioLoader.parse(ScenarioSource.file(Fixtures.folder(data.resolve("src"), "filed")));
        ScenarioException e = assertThrows(ScenarioException.class, () -> lib.save(s, Map.of(), "ana", null));
        assertEquals("$.layers.elevation.file", e.violations().get(0).path());
        assertNothingLeft(lib, "filed");
        assertEquals(1, lib.save(s, Map.of("elevation", Fixtures.slope()), "ana", null), "with the raster it saves");
        assertThrows(IllegalArgumentException.class, () -> lib.save(s, Map.of("depth", Fixtures.slope()), "ana", null));
    }

    @Test
    void deletingHidesButKeepsTheVersionsAndRestoringShowsAgain() throws Exception {
        ScenarioLibrary lib = library();
        lib.save(Fixtures.minimal("town"), Map.of(), "ana", null);
        lib.delete("town", "bo");
        assertEquals(List.of(), lib.list());
        ScenarioLibrary.Entry hidden = lib.listAll().get(0);
        assertTrue(hidden.deleted());
        assertTrue(lib.find("town").orElseThrow().deleted());
        assertEquals("town", ScenarioLoader.load(lib.source("town", 1)).scenario().id(), "old sessions still load it");
        assertTrue(Files.readString(lib.root().resolve("town/deleted.json")).contains("\"bo\""));

        lib.restore("town");
        assertEquals(List.of("town"), lib.list().stream().map(ScenarioLibrary.Entry::id).toList());
        lib.delete("town", "bo");
        lib.save(Fixtures.minimal("town"), Map.of(), "cy", "back");
        assertFalse(lib.find("town").orElseThrow().deleted(), "a new version brings it back");
        assertThrows(IllegalArgumentException.class, () -> lib.delete("nobody", "bo"));
        assertThrows(IllegalArgumentException.class, () -> lib.restore("nobody"));
    }

    @Test
    void aCopyTakesTheNewIdAndEveryReferencedFile() throws Exception {
        ScenarioLibrary lib = library();
        Path src = Fixtures.folder(data.resolve("src"), "filed");
        assertEquals(1, lib.saveCopy(ScenarioSource.file(src), "my-copy", "ana", "copied"));
        Path v1 = lib.root().resolve("my-copy/v1");
        assertArrayEquals(Files.readAllBytes(src.resolveSibling("grids/dem.asc")),
                Files.readAllBytes(v1.resolve("grids/dem.asc")), "layer files are copied byte for byte");
        LoadedScenario copy = ScenarioLoader.load(lib.source("my-copy", 1));
        LoadedScenario original = ScenarioLoader.load(ScenarioSource.file(src));
        assertEquals("my-copy", copy.scenario().id());
        assertEquals(ScenarioLibrary.copy(original.scenario(), "my-copy", original.scenario().layers()), copy.scenario());
        assertEquals(original.layers(), copy.layers());

        assertEquals(2, lib.saveCopy(ScenarioSource.file(src), "my-copy", "ana", null), "a new version of the id");
        assertEquals(1, lib.saveCopy(lib.source("my-copy", 2), "copy-of-copy", "bo", null), "from a library version");
        assertEquals(List.of(), lib.runs("my-copy"));
    }

    @Test
    void concurrentSavesOfOneIdGetDistinctNumbersAndWholeFolders() throws Exception {
        ScenarioLibrary lib = library();
        ScenarioLibrary other = library(); // a second instance: the atomic rename is the only guard between them
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> saves = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                ScenarioLibrary l = i % 2 == 0 ? lib : other;
                String user = "user" + i;
                saves.add(pool.submit(() -> {
                    start.await();
                    return l.save(Fixtures.minimal("busy"), Map.of("elevation", Fixtures.slope()), user, null);
                }));
            }
            start.countDown();
            Set<Integer> numbers = new TreeSet<>();
            for (Future<Integer> f : saves) {
                numbers.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(threads, numbers.size(), "distinct version numbers " + numbers);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads, lib.versions("busy").size());
        for (ScenarioLibrary.Version v : lib.versions("busy")) {
            assertEquals(Fixtures.slope(), ScenarioLoader.load(lib.source("busy", v.version())).elevation());
        }
        assertStagingEmpty(lib);
    }

    private static Scenario renamed(String id) throws Exception {
        Scenario s = Fixtures.minimal("town");
        return ScenarioLibrary.copy(s, id, s.layers());
    }

    private static void assertNothingLeft(ScenarioLibrary lib, String id) throws Exception {
        assertTrue(lib.find(id).isEmpty());
        if (Files.isDirectory(lib.root().resolve(id))) {
            try (Stream<Path> left = Files.list(lib.root().resolve(id))) {
                assertEquals(List.of(), left.toList());
            }
        }
        assertStagingEmpty(lib);
    }

    private static void assertStagingEmpty(ScenarioLibrary lib) throws Exception {
        Path staging = lib.root().resolve(".staging");
        if (Files.isDirectory(staging)) {
            try (Stream<Path> left = Files.list(staging)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }
}
