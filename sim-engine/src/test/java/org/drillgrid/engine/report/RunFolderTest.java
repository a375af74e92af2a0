package org.drillgrid.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drillgrid.model.event.PeopleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a run folder: what is optional, and errors that name the file and the line or field. */
class RunFolderTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheFixtureAndKpisCsvAgreesWithThePeopleStatusEvents() throws Exception {
        RunFolder run = RunFolder.read(RunFixture.copyTo(tmp.resolve("run")));
        assertEquals(17, run.events().size());
        assertEquals("mini", run.info().scenario());
        assertEquals(2, run.scorecard().objectives().size());
        assertEquals(RunFolder.KPIS, run.peopleSource());
        assertEquals(run.events(PeopleStatus.class), run.people(), "kpis.csv reads back into the events it came from");
        assertEquals(List.of(1800L, 3600L), run.grids().stream().limit(2).map(RunFolder.DepthGrid::t).toList());
        assertNull(run.grids().get(2).t(), "max_depth.asc last");
    }

    @Test
    void onlyTheEventLogIsRequired() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bare"));
        Files.copy(RunFixture.copyTo(tmp.resolve("run")).resolve("events.jsonl"), dir.resolve("events.jsonl"));
        RunFolder run = RunFolder.read(dir);
        assertNull(run.scorecard());
        assertEquals(RunFolder.EVENTS, run.peopleSource());
        assertEquals(2, run.people().size());
        String html = HtmlReport.render(AfterActionReport.build(run, Labels.of("en")));
        assertTrue(html.contains("has no scorecard.json"));
        assertTrue(html.contains("<td>Scenario</td><td>mini</td>"), "id from run-started: the folder names it nowhere else");
    }

    @Test
    void aMissingEventLogIsNamed() {
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolder.read(tmp));
        assertTrue(e.getMessage().contains(tmp.resolve("events.jsonl") + ": not found"), e.getMessage());
        RunFolderException f = assertThrows(RunFolderException.class, () -> RunFolder.read(tmp.resolve("nope")));
        assertTrue(f.getMessage().contains("nope: not a folder"), f.getMessage());
    }

    @Test
    void aGarbledEventLineIsNamedByFileAndLine() throws Exception {
        Path dir = RunFixture.copyTo(tmp.resolve("run"));
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(dir.resolve("events.jsonl")));
        lines.set(2, lines.get(2).substring(0, 40));
        Files.write(dir.resolve("events.jsonl"), lines);
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolder.read(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("events.jsonl") + ": event log line 3: "), e.getMessage());

        lines.set(2, "{\"t\":5,\"type\":\"no-such-event\"}");
        Files.write(dir.resolve("events.jsonl"), lines);
        e = assertThrows(RunFolderException.class, () -> RunFolder.read(dir));
        assertTrue(e.getMessage().contains("events.jsonl: event log line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-event"), e.getMessage());
    }

    @Test
    void anEmptyEventLogIsAnError() throws Exception {
        Path dir = RunFixture.copyTo(tmp.resolve("run"));
        Files.writeString(dir.resolve("events.jsonl"), "\n");
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolder.read(dir));
        assertTrue(e.getMessage().contains("events.jsonl: no events"), e.getMessage());
    }

    @Test
    void badOptionalFilesAreNamedWithLineOrField() throws Exception {
        Path dir = RunFixture.copyTo(tmp.resolve("run"));
        Files.writeString(dir.resolve("kpis.csv"), Files.readString(dir.resolve("kpis.csv")).replace("650", "6x0"));
        RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolder.read(dir));
        assertTrue(e.getMessage().endsWith("kpis.csv: line 3, column warned: '6x0' is not a whole number"),
                e.getMessage());

        Path dir2 = RunFixture.copyTo(tmp.resolve("run2"));
        Files.writeString(dir2.resolve("scorecard.json"), Files.readString(dir2.resolve("scorecard.json"))
                .replace("\"automatic\" : \"U\"", "\"automatic\" : \"X\""));
        e = assertThrows(RunFolderException.class, () -> RunFolder.read(dir2));
        assertTrue(e.getMessage().contains("scorecard.json: line 11, column 19: Cannot deserialize value of type "
                + "`org.drillgrid.model.drill.Rating` from String \"X\""), e.getMessage());

        Path dir3 = RunFixture.copyTo(tmp.resolve("run3"));
        Files.writeString(dir3.resolve("run.json"), Files.readString(dir3.resolve("run.json"))
                .replace("\"seed\" : 7", "\"seed\" : \"seven\""));
        e = assertThrows(RunFolderException.class, () -> RunFolder.read(dir3));
        assertTrue(e.getMessage().contains("run.json: field 'seed' must be a whole number"), e.getMessage());

        Path dir4 = RunFixture.copyTo(tmp.resolve("run4"));
        Files.writeString(dir4.resolve("grids/depth_3600.asc"), "ncols 4\nnrows 3\n");
        e = assertThrows(RunFolderException.class, () -> RunFolder.read(dir4));
        assertTrue(e.getMessage().contains("depth_3600.asc: header: missing cellsize"), e.getMessage());
    }
}
