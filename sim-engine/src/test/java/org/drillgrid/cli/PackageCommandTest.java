package org.drillgrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drillgrid.engine.TestScenarios;
import org.drillgrid.model.library.ExercisePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drillgrid package}: a bundled id (the engine tests' index lists {@code tiny}), a file or a library
 * scenario, with runs; bad input is exit 2 with the reason.
 */
class PackageCommandTest {

    @TempDir
    Path dir;

    @Test
    void packagesABundledScenarioAndPrintsWhatItHolds() throws Exception {
        Path zip = dir.resolve("out/tiny.zip");
        CliRun r = CliRun.of("package", "tiny", "--out", zip.toString(), "--by", "ana");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).matches("packaged tiny \\(Tiny town\\): 2 files, 0 runs, \\d+ bytes"), r.out());
        assertEquals("written to " + zip, r.lines().get(1));
        ExercisePackage.Manifest m = ExercisePackage.readManifest(zip);
        assertEquals(List.of("scenario/scenario.json", "scenario/dem.asc"), m.files());
        assertEquals("ana", m.createdBy());
        assertEquals(0, m.version());
        try (var left = Files.list(zip.getParent())) {
            assertEquals(List.of(zip), left.toList(), "no temporary file left beside it");
        }
    }

    @Test
    void packagesAFileWithARun() throws Exception {
        Path run = dir.resolve("tiny-seed7");
        assertEquals(0, CliRun.of("run", "tiny", "--until", "1h", "--quiet", "--out", run.toString()).code());
        Path zip = dir.resolve("with-run.zip");
        CliRun r = CliRun.of("package", TestScenarios.tinyFile().toString(), "--out", zip.toString(), "--runs",
                run.toString());
        assertEquals(0, r.code(), r.err());
        ExercisePackage.Manifest m = ExercisePackage.readManifest(zip);
        assertEquals(List.of("tiny-seed7"), m.runs());
        assertTrue(m.files().contains("runs/tiny-seed7/events.jsonl"), m.files()::toString);
        assertTrue(m.files().contains("runs/tiny-seed7/run.json"), m.files()::toString);
    }

    @Test
    void badInputIsExit2WithTheReason() throws IOException {
        String out = dir.resolve("x.zip").toString();
        assertExit2(CliRun.of("package", "atlantis", "--out", out), "'atlantis' is neither a file nor a bundled");
        assertExit2(CliRun.of("package", "atlantis@2", "--data", dir.toString(), "--out", out), "'atlantis@2'");

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"id\": \"broken\"}");
        assertExit2(CliRun.of("package", broken.toString(), "--out", out), "$.duration");

        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder is wanted");
        assertExit2(CliRun.of("package", "tiny", "--out", blocker.resolve("x.zip").toString()), "cannot use");
        assertExit2(CliRun.of("package", "tiny", "--out", dir.toString()), "is a folder, not a zip file");
        assertExit2(CliRun.of("package", "tiny", "--out", out, "--runs", dir.resolve("nope").toString()),
                "--runs " + dir.resolve("nope") + ": no such folder");
        assertExit2(CliRun.of("package", "tiny"), "Missing required option: '--out=X.zip'");
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }

    private static void assertExit2(CliRun r, String reason) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(reason), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }
}
