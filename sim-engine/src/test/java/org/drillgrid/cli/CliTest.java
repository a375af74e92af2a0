package org.drillgrid.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drillgrid.engine.TestScenarios;
import org.drillgrid.model.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: exit codes, messages on stderr, no stack traces for bad input. */
class CliTest {

    @TempDir
    Path dir;

    private Path copyTiny() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("tiny"));
        Path src = TestScenarios.tinyFile().getParent();
        Files.copy(src.resolve("scenario.json"), folder.resolve("scenario.json"));
        Files.copy(src.resolve("dem.asc"), folder.resolve("dem.asc"));
        return folder.resolve("scenario.json");
    }

    @Test
    void validateAcceptsAValidScenario() {
        CliRun r = CliRun.of("validate", TestScenarios.tinyFile().toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ok: tiny"), r.out());
    }

    @Test
    void validateReportsThreeErrorsAsThreePathNamedLinesAndExits2() throws IOException {
        Path file = copyTiny();
        String text = Files.readString(file)
                .replace("\"size\": 50", "\"size\": 0")
                .replace("\"capacity\": 500", "\"capacity\": 500, \"beds\": 20")
                .replace("\"duration\": \"6h\"", "\"duration\": \"6 hours\"");
        Files.writeString(file, text);
        CliRun r = CliRun.of("validate", file.toString());
        assertEquals(2, r.code());
        assertEquals(3, r.errLines().size(), r.err());
        assertTrue(r.errLines().contains("$.forces.teams[0].size: must be > 0"), r.err());
        assertTrue(r.err().contains("$.forces.shelters[0].beds: unknown field"), r.err());
        assertTrue(r.err().contains("$.duration: '6 hours'"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for bad input");
    }

    @Test
    void fileLevelProblemsGetOneLineAndExit2() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.json"), "this is not json");
        Path blob = Files.write(dir.resolve("blob.json"), new byte[] {0x7b, 0, 1, 2, (byte) 0xff, 0});
        Path big = dir.resolve("big.json");
        try (var w = Files.newBufferedWriter(big)) {
            w.write("{\"id\": \"big\", \"description\": \"");
            String chunk = "x".repeat(1 << 20);
            for (int i = 0; i < 50; i++) {
                w.write(chunk);
            }
            w.write("\"}");
        }
        for (Path p : List.of(text, blob, big, dir.resolve("missing.json"))) {
            CliRun r = CliRun.of("validate", p.toString());
            assertEquals(2, r.code(), p + ": " + r.err());
            assertEquals(1, r.errLines().size(), p + ": " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void unknownScenarioIdExits2() {
        CliRun r = CliRun.of("run", "no-such-scenario");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("neither a file nor a bundled scenario id"), r.err());
    }

    @Test
    void runWritesEventsMetricsAndSummary() throws IOException {
        Path out = dir.resolve("A");
        CliRun r = CliRun.of("run", TestScenarios.tinyFile().toString(), "--seed", "42", "--until", "3h", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("events.jsonl")).startsWith("{\"t\":0,\"type\":\"run-started\""));
        JsonNode metrics = Json.mapper().readTree(out.resolve("metrics.json").toFile());
        assertEquals("tiny", metrics.get("scenario").asText());
        assertEquals(42, metrics.get("seed").asLong());
        assertEquals(3 * 3600, metrics.get("simSeconds").asLong());
        assertEquals(1, metrics.get("events").get("run-ended").asLong());
        assertTrue(Files.readString(out.resolve("summary.txt")).contains("seed 42"));
        assertTrue(r.err().contains("sim/wall"), "progress bar on stderr");
    }

    @Test
    void twoRunsWithTheSameSeedWriteIdenticalEventLogs() throws IOException {
        String file = TestScenarios.tinyFile().toString();
        assertEquals(0, CliRun.of("run", file, "--seed", "42", "--until", "6h", "--out", dir.resolve("A").toString(), "--quiet").code());
        assertEquals(0, CliRun.of("run", file, "--seed", "42", "--until", "6h", "--out", dir.resolve("B").toString(), "--quiet").code());
        assertArrayEquals(Files.readAllBytes(dir.resolve("A/events.jsonl")), Files.readAllBytes(dir.resolve("B/events.jsonl")));
    }

    @Test
    void badOptionsExit2WithAMessage() {
        CliRun beyond = CliRun.of("run", TestScenarios.tinyFile().toString(), "--until", "7h", "--out", dir.toString());
        assertEquals(2, beyond.code());
        assertTrue(beyond.err().contains("--until 7h is outside the scenario's duration (6h)"), beyond.err());
        CliRun malformed = CliRun.of("run", TestScenarios.tinyFile().toString(), "--until", "soon");
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().contains("'soon' is not a duration"), malformed.err());
        assertEquals(2, CliRun.of("frobnicate").code());
    }

    @Test
    void benchPrintsEachRunAndTheMedian() {
        CliRun r = CliRun.of("bench", TestScenarios.tinyFile().toString(), "--until", "1h", "--runs", "3", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("  run ")).count(), r.out());
        assertTrue(r.out().contains("median: "), r.out());
        assertEquals(2.0, BenchCommand.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, BenchCommand.median(List.of(4.0, 1.0, 2.0, 3.0)));
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsBadInputNotACrash() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder is wanted");
        CliRun r = CliRun.of("run", TestScenarios.tinyFile().toString(), "--quiet", "--out", blocker.resolve("sub").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("drillgrid run: cannot use"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void benchFloodEndsWithTheTwoFigureLines() {
        CliRun r = CliRun.of("bench", "flood", "--cells", "2500", "--runs", "2", "--steps", "3", "--warmup", "1");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("2 runs after 1 to warm up"), r.out());
        assertEquals(2, lines.stream().filter(l -> l.matches("  run \\d: .*")).count(), "only the timed runs are shown");
        assertTrue(lines.get(lines.size() - 2).matches("cell-updates/s: \\d+"), r.out());
        assertTrue(lines.get(lines.size() - 1).matches("bandwidth-fraction: (0|1)\\.\\d{3}"), r.out());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : List.of("list", "validate", "run", "bench", "package", "import")) {
            CliRun r = CliRun.of(sub, "--help");
            assertEquals(0, r.code(), sub);
            assertTrue(r.out().contains("Usage: drillgrid " + sub), r.out());
        }
    }
}
