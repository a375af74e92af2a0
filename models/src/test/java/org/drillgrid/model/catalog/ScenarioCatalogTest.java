package org.drillgrid.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.library.ScenarioLibrary;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCatalogTest {

    private static final String INDEX = """
            {"scenarios": [
              {"id": "town", "name": {"zh": "小城", "en": "Small town"}, "summary": "flash flood"},
              {"id": "hills", "name": "Hills", "summary": {"en": "landslide"}}
            ]}
            """;

    @TempDir
    Path dir;

    /** A class loader seeing only {@code dir}, with the given index and a loadable scenario {@code town}. */
    private URLClassLoader classpath(String index) throws IOException {
        Path town = Files.createDirectories(dir.resolve("scenarios/town"));
        Files.writeString(dir.resolve(ScenarioCatalog.INDEX), index);
        Files.writeString(town.resolve("scenario.json"), """
                {"id": "town", "grid": {"cols": 2, "rows": 2, "cellSize": 10}, "duration": "1h",
                 "layers": {"elevation": {"constant": 3}}}""");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    @Test
    void listsTheIndexedScenariosInOrder() throws IOException {
        try (URLClassLoader loader = classpath(INDEX)) {
            ScenarioCatalog catalog = ScenarioCatalog.of(loader);
            assertEquals(List.of("town", "hills"), catalog.entries().stream().map(ScenarioCatalog.Entry::id).toList());
            ScenarioCatalog.Entry town = catalog.entry("town").orElseThrow();
            assertEquals("Small town", town.name().in(Locale.ENGLISH));
            assertEquals("flash flood", town.summary().in(Locale.CHINESE));
            assertEquals("landslide", catalog.entry("hills").orElseThrow().summary().in(Locale.CHINESE));
            assertTrue(catalog.entry("atlantis").isEmpty());
        }
    }

    @Test
    void sourceOfAnEntryLoads() throws Exception {
        try (URLClassLoader loader = classpath(INDEX)) {
            ScenarioSource source = ScenarioCatalog.of(loader).source("town").orElseThrow();
            assertEquals("bundled:town", source.describe());
            assertEquals(3, ScenarioLoader.load(source).elevation().get(1, 1));
            assertTrue(ScenarioCatalog.of(loader).source("atlantis").isEmpty());
        }
    }

    @Test
    void bundledEntriesAreOriginBundledVersionZeroAndReservedIds() throws IOException {
        try (URLClassLoader loader = classpath(INDEX)) {
            ScenarioCatalog.Entry town = ScenarioCatalog.of(loader).entry("town").orElseThrow();
            assertEquals(new ScenarioCatalog.Entry("town", town.name(), town.summary(), "bundled", 0), town);
            assertEquals("town", town.ref());
            assertTrue(ScenarioCatalog.of(loader).reserved("town"));
            assertFalse(ScenarioCatalog.of(loader).reserved("mine"));
        }
    }

    @Test
    void withALibraryListsItsScenariosAfterTheBundledOnes() throws Exception {
        ScenarioLibrary library = new ScenarioLibrary(dir.resolve("data"));
        library.save(doc("zeta"), Map.of(), "ana", null);
        library.save(doc("mine"), Map.of(), "ana", null);
        library.save(doc("mine"), Map.of(), "ana", "second");
        library.save(doc("gone"), Map.of(), "ana", null);
        library.delete("gone", "ana");
        try (URLClassLoader loader = classpath(INDEX)) {
            ScenarioCatalog catalog = ScenarioCatalog.of(loader).with(library);
            assertEquals(List.of("town", "hills", "mine@2", "zeta@1"),
                    catalog.entries().stream().map(ScenarioCatalog.Entry::ref).toList());
            ScenarioCatalog.Entry mine = catalog.entry("mine").orElseThrow();
            assertEquals("library", mine.origin());
            assertEquals(2, mine.version());
            assertEquals("Mine", mine.name().in(Locale.ENGLISH));
            assertEquals(mine, catalog.entry("mine@2").orElseThrow());
            assertEquals(1, catalog.entry("mine@1").orElseThrow().version(), "an older version has an entry");
            assertEquals(1, catalog.entry("gone@1").orElseThrow().version(), "so has a deleted one");
            assertTrue(catalog.entry("gone").isEmpty());
            assertFalse(catalog.reserved("mine"), "only bundled ids are reserved");

            library.save(doc("late"), Map.of(), "ana", null);
            assertTrue(catalog.entry("late").isPresent(), "the library is read afresh");
        }
    }

    @Test
    void referencesResolveToBundledThenLibraryVersions() throws Exception {
        ScenarioLibrary library = new ScenarioLibrary(dir.resolve("data"));
        library.save(doc("mine"), Map.of(), "ana", null);
        library.save(doc("mine"), Map.of(), "ana", null);
        library.save(doc("gone"), Map.of(), "ana", null);
        library.delete("gone", "ana");
        try (URLClassLoader loader = classpath(INDEX)) {
            ScenarioCatalog catalog = ScenarioCatalog.of(loader).with(library);
            assertEquals("bundled:town", catalog.source("town").orElseThrow().describe());
            assertEquals(library.source("mine", 2).describe(), catalog.source("mine").orElseThrow().describe());
            assertEquals(library.source("mine", 1).describe(), catalog.source("mine@1").orElseThrow().describe());
            assertEquals(library.source("gone", 1).describe(), catalog.source("gone@1").orElseThrow().describe(),
                    "a deleted scenario's versions still resolve, so old sessions resume");
            assertEquals("gone", ScenarioLoader.load(catalog.source("gone@1").orElseThrow()).scenario().id());
            for (String none : List.of("gone", "mine@3", "mine@0", "mine@x", "town@1", "../x@1", "@", "atlantis")) {
                assertTrue(catalog.source(none).isEmpty(), none);
            }
            assertTrue(ScenarioCatalog.of(loader).source("mine").isEmpty(), "without the library");
        }
    }

    /** A list of exercises names each one's scenario: a version that no longer reads must not break the list. */
    @Test
    void anOldVersionThatNoLongerReadsHasNoEntryInsteadOfAnError() throws Exception {
        ScenarioLibrary library = new ScenarioLibrary(dir.resolve("data"));
        library.save(doc("mine"), Map.of(), "ana", null);
        library.save(doc("mine"), Map.of(), "ana", null);
        Files.writeString(library.root().resolve("mine/v1/scenario.json"), "{ broken");
        try (URLClassLoader loader = classpath(INDEX)) {
            ScenarioCatalog catalog = ScenarioCatalog.of(loader).with(library);
            assertTrue(catalog.entry("mine@1").isEmpty());
            assertEquals("Mine", catalog.entry("mine@2").orElseThrow().name().en());
        }
    }

    private static Scenario doc(String id) throws IOException {
        return Json.mapper().readValue("""
                {"id": "%s", "name": "%s", "grid": {"cols": 2, "rows": 2, "cellSize": 10}, "duration": "1h",
                 "layers": {"elevation": {"constant": 3}}}""".formatted(id,
                Character.toUpperCase(id.charAt(0)) + id.substring(1)), Scenario.class);
    }

    @Test
    void noIndexIsAnEmptyCatalog() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertEquals(List.of(), ScenarioCatalog.of(loader).entries());
        }
    }

    @Test
    void brokenIndexIsAnErrorNamingIt() throws IOException {
        try (URLClassLoader loader = classpath("{\"scenarios\": [")) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ScenarioCatalog.of(loader));
            assertEquals("bundled scenario index scenarios/index.json is unreadable", e.getMessage());
        }
    }
}
