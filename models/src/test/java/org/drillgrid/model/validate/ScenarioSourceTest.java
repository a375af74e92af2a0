package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioSourceTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource({
            "dem.asc, dem.asc",
            "a/b/../c, a/c",
            "./a//b/./c.asc, a/b/c.asc",
            "a/../b, b",
            "a/b/.., a"})
    void normalisesPathsThatStayInside(String relative, String normalised) throws Exception {
        assertEquals(normalised, ScenarioSource.normalise(relative));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"../x", "a/../../x", "/abs", "/etc/passwd", "C:\\x", "C:/x", "a\\b", "", ".", "a/..",
            "a\0b"})
    void refusesPathsThatLeaveTheFolderOrNameNothing(String relative) {
        ScenarioSource.OutsideFolderException e = assertThrows(ScenarioSource.OutsideFolderException.class,
                () -> ScenarioSource.normalise(relative));
        assertEquals(relative + " resolves outside the scenario's folder (use a path relative to the scenario file, "
                + "without leaving its folder)", e.getMessage());
    }

    @Test
    void fileSourceNamesItsDocument() {
        ScenarioSource s = ScenarioSource.file(dir.resolve("x/../scenario.json"));
        assertEquals("scenario.json", s.documentName());
        assertEquals(dir.resolve("scenario.json").toAbsolutePath().toString(), s.describe());
    }

    @Test
    void bundledSourceReadsBesideItsDocumentAndNotAbove() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("scenarios/town"));
        Files.writeString(pkg.resolve("scenario.json"), ScenarioFolder.MINIMAL);
        Files.writeString(pkg.resolve("dem.asc"), "ncols 1");
        Files.writeString(dir.resolve("scenarios/secret.txt"), "secret");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            ScenarioSource s = ScenarioSource.bundled("town", loader, "scenarios/town/scenario.json");
            assertEquals("bundled:town", s.describe());
            assertEquals("scenario.json", s.documentName());
            assertEquals("ncols 1", read(s.openRelative("./dem.asc")));
            assertThrows(ScenarioSource.OutsideFolderException.class, () -> s.openRelative("../secret.txt"));
            assertThrows(NoSuchFileException.class, () -> s.openRelative("absent.asc"));
            assertEquals("mini", ScenarioLoader.load(s).scenario().id());
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
