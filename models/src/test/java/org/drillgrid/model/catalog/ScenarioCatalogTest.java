package org.drillgrid.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
