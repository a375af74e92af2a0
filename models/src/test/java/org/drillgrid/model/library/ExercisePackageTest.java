package org.drillgrid.model.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packing a scenario with its runs and importing it elsewhere gives the same files, byte for byte. */
class ExercisePackageTest {

    private static final Predicate<String> NONE_RESERVED = id -> false;

    @TempDir
    Path dir;

    private ScenarioLibrary source;
    private Path run;

    @BeforeEach
    void libraryWithAScenarioAndARun() throws Exception {
        source = new ScenarioLibrary(dir.resolve("home"));
        source.saveCopy(ScenarioSource.file(Fixtures.folder(dir.resolve("src"), "town")), "town", "ana", null);
        run = Files.createDirectories(dir.resolve("town-seed3"));
        Files.writeString(run.resolve("events.jsonl"), "{\"t\": 0, \"type\": \"run-started\"}\n");
        Files.writeString(run.resolve("summary.txt"), "policy none\n");
        Files.createDirectories(run.resolve("grids"));
        Files.writeString(run.resolve("grids/max_depth.asc"), "ncols 1\n");
        Files.createDirectories(run.resolve("grids/deeper"));
        Files.writeString(run.resolve("grids/deeper/skipped.txt"), "two levels down");
        Files.createSymbolicLink(run.resolve("link.txt"), dir.resolve("src/scenario.json"));
    }

    private Path export(ScenarioSource scenario, List<Path> runs, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExercisePackage.export(scenario, runs, "ana", out);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    @Test
    void exportListsTheScenarioItsLayerFilesAndTheRunsRegularFiles() throws Exception {
        Path zip = export(source.source("town", 1), List.of(run), "town.zip");
        ExercisePackage.Manifest m = ExercisePackage.readManifest(zip);
        assertEquals("town", m.id());
        assertEquals(1, m.version());
        assertEquals("Folder town", m.name().in(java.util.Locale.ENGLISH));
        assertEquals("ana", m.createdBy());
        assertEquals(List.of("scenario/scenario.json", "scenario/grids/dem.asc", "runs/town-seed3/events.jsonl",
                "runs/town-seed3/grids/max_depth.asc", "runs/town-seed3/summary.txt"), m.files());
        assertEquals(List.of("town-seed3"), m.runs());
        assertEquals("manifest.json", Zips.unzip(Files.readAllBytes(zip)).keySet().iterator().next(), "manifest first");
        assertEquals(0, ExercisePackage.readManifest(export(ScenarioSource.file(dir.resolve("src/scenario.json")),
                List.of(), "file.zip")).version(), "a scenario from a file has version 0");
    }

    @Test
    void importGivesTheSameFilesByteForByteAndAgainIsAlreadyPresent() throws Exception {
        Path zip = export(source.source("town", 1), List.of(run), "town.zip");
        ScenarioLibrary target = new ScenarioLibrary(dir.resolve("away"));
        ExercisePackage.Imported imported = ExercisePackage.importInto(zip, target, NONE_RESERVED, "bo");
        assertEquals(new ExercisePackage.Imported("town", 1, false, false, List.of("town-seed3"), List.of()), imported);
        Path from = source.root().resolve("town/v1");
        Path to = target.root().resolve("town/v1");
        for (String f : List.of("scenario.json", "grids/dem.asc")) {
            assertArrayEquals(Files.readAllBytes(from.resolve(f)), Files.readAllBytes(to.resolve(f)), f);
        }
        assertEquals(ScenarioLoader.load(source.source("town", 1)).layers(),
                ScenarioLoader.load(target.source("town", 1)).layers());
        Path runThere = target.root().resolve("town/runs/town-seed3");
        assertEquals(List.of(runThere), target.runs("town"));
        assertEquals("policy none\n", Files.readString(runThere.resolve("summary.txt")));
        assertTrue(Files.isRegularFile(runThere.resolve("grids/max_depth.asc")));
        assertFalse(Files.exists(runThere.resolve("link.txt")), "symbolic links are not packed");
        assertFalse(Files.exists(runThere.resolve("grids/deeper")), "nor folders two levels down");
        assertTrue(target.versions("town").get(0).comment().startsWith("imported from town.zip (town@1"));
        assertEquals("bo", target.versions("town").get(0).savedBy());

        ExercisePackage.Imported again = ExercisePackage.importInto(zip, target, NONE_RESERVED, "bo");
        assertTrue(again.alreadyPresent());
        assertEquals(1, again.version());
        assertEquals(List.of("town-seed3"), again.runs());
        assertEquals(1, target.versions("town").size(), "no new version");
        assertEquals(1, target.runs("town").size(), "nor a second copy of the run");
        assertStagingEmpty(target);
    }

    @Test
    void changedContentIsANewVersionAndATakenRunNameGetsASuffix() throws Exception {
        ScenarioLibrary target = new ScenarioLibrary(dir.resolve("away"));
        ExercisePackage.importInto(export(source.source("town", 1), List.of(run), "v1.zip"), target, NONE_RESERVED,
                "bo");
        source.save(Fixtures.minimal("town"), Map.of("elevation", Fixtures.slope()), "ana", "flattened");
        Files.writeString(run.resolve("summary.txt"), "policy auto\n");
        ExercisePackage.Imported second = ExercisePackage.importInto(export(source.source("town", 2), List.of(run),
                "v2.zip"), target, NONE_RESERVED, "bo");
        assertEquals(2, second.version());
        assertFalse(second.alreadyPresent());
        assertEquals(List.of("town-seed3-2"), second.runs());
        assertTrue(second.notes().contains("run town-seed3 is stored as town-seed3-2 (the name was taken)"),
                second.notes()::toString);
    }

    @Test
    void aReservedIdIsRenamedAndTheRenamedCopyIsRecognisedAgain() throws Exception {
        Path zip = export(source.source("town", 1), List.of(), "town.zip");
        ScenarioLibrary target = new ScenarioLibrary(dir.resolve("away"));
        Predicate<String> bundled = Set.of("town")::contains;
        ExercisePackage.Imported first = ExercisePackage.importInto(zip, target, bundled, "bo");
        assertEquals("town-imported", first.id());
        assertTrue(first.renamed());
        assertEquals("town-imported", ScenarioLoader.load(target.source("town-imported", 1)).scenario().id());
        assertTrue(first.notes().get(0).contains("imported as 'town-imported'"), first.notes()::toString);

        ExercisePackage.Imported again = ExercisePackage.importInto(zip, target, bundled, "bo");
        assertEquals("town-imported", again.id());
        assertTrue(again.alreadyPresent());

        ExercisePackage.Imported third = ExercisePackage.importInto(zip, target,
                Set.of("town", "town-imported")::contains, "bo");
        assertEquals("town-imported-2", third.id());
        assertEquals("x".repeat(55) + "-imported", ExercisePackage.freeId("x".repeat(64), NONE_RESERVED),
                "shortened to stay a valid id");
    }

    @Test
    void aDeletedScenarioImportedAgainIsRestored() throws Exception {
        Path zip = export(source.source("town", 1), List.of(), "town.zip");
        ScenarioLibrary target = new ScenarioLibrary(dir.resolve("away"));
        ExercisePackage.importInto(zip, target, NONE_RESERVED, "bo");
        target.delete("town", "bo");
        ExercisePackage.Imported again = ExercisePackage.importInto(zip, target, NONE_RESERVED, "bo");
        assertTrue(again.alreadyPresent());
        assertFalse(target.find("town").orElseThrow().deleted());
    }

    @Test
    void filesThatNoLayerUsesAreLeftOutWithANote() throws Exception {
        Map<String, byte[]> entries = Zips.unzip(Files.readAllBytes(export(source.source("town", 1), List.of(),
                "town.zip")));
        entries.put("scenario/README.md", "what it trains".getBytes(StandardCharsets.UTF_8));
        Path zip = Zips.zip(dir.resolve("readme.zip"), Zips.relisted(entries));
        ScenarioLibrary target = new ScenarioLibrary(dir.resolve("away"));
        ExercisePackage.Imported imported = ExercisePackage.importInto(zip, target, NONE_RESERVED, "bo");
        assertEquals(List.of("scenario/README.md is not a layer file of the scenario: left out"), imported.notes());
        assertFalse(Files.exists(target.root().resolve("town/v1/README.md")));
    }

    private static void assertStagingEmpty(ScenarioLibrary lib) throws Exception {
        try (var left = Files.list(lib.root().resolve(".staging"))) {
            assertEquals(List.of(), left.toList());
        }
    }
}
