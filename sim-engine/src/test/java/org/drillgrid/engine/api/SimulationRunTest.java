package org.drillgrid.engine.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.TestScenarios;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.RunStarted;
import org.drillgrid.model.event.SimEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationRunTest {

    @TempDir
    Path dir;

    private Path runToEnd(String name, long seed, long until) throws IOException {
        Path log = dir.resolve(name + ".jsonl");
        try (SimulationRun run = SimulationRun.start(TestScenarios.tiny(), seed, until, log)) {
            while (run.step()) {
                // full speed
            }
        }
        return log;
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalLogs() throws IOException {
        byte[] a = Files.readAllBytes(runToEnd("a", 42, 6 * 3600));
        byte[] b = Files.readAllBytes(runToEnd("b", 42, 6 * 3600));
        assertTrue(a.length > 0);
        assertArrayEquals(a, b);
    }

    @Test
    void logStartsWithRunStartedAndEndsWithRunEnded() throws IOException {
        List<SimEvent> events = EventLogReader.readAll(new StringReader(Files.readString(runToEnd("c", 42, 6 * 3600))));
        RunStarted start = (RunStarted) events.get(0);
        assertEquals("tiny", start.scenario());
        assertEquals(42, start.seed());
        assertEquals(300, start.timeStep());
        assertEquals(20 * 10 * 12, start.population(), "constant population layer of 12 per cell on 200 cells");
        assertEquals(500, start.shelterCapacity());
        RunEnded end = (RunEnded) events.get(events.size() - 1);
        assertEquals(6 * 3600, end.t());
        assertEquals(72, end.ticks(), "6 h in ticks of 5 min");
        assertEquals(RunEnded.DURATION, end.reason());
    }

    @Test
    void injectsFireInTimeOrderWithTheirOwnTimesTiesInDocumentOrder() throws IOException {
        List<InjectFired> fired = new ArrayList<>();
        for (SimEvent e : EventLogReader.readAll(new StringReader(Files.readString(runToEnd("d", 1, 6 * 3600))))) {
            if (e instanceof InjectFired f) {
                fired.add(f);
            }
        }
        assertEquals(List.of("start", "blue", "also-blue", "late"), fired.stream().map(InjectFired::inject).toList());
        assertEquals(List.of(0L, 5400L, 5400L, 21540L), fired.stream().map(InjectFired::t).toList());
        assertEquals("phone", fired.get(1).channel());
        assertEquals(List.of("dispatch"), fired.get(1).audience());
        assertEquals("report", fired.get(0).channel(), "default channel");
    }

    @Test
    void timeInTheLogNeverGoesBackwards() throws IOException {
        long last = -1;
        for (SimEvent e : EventLogReader.readAll(new StringReader(Files.readString(runToEnd("e", 3, 6 * 3600))))) {
            assertTrue(e.t() >= last, "event at " + e.t() + " after " + last);
            last = e.t();
        }
    }

    @Test
    void untilShortOfTheDurationEndsEarlyAndSkipsLaterInjects() throws IOException {
        List<SimEvent> events = EventLogReader.readAll(new StringReader(Files.readString(runToEnd("f", 1, 3600))));
        RunEnded end = (RunEnded) events.get(events.size() - 1);
        assertEquals(3600, end.t());
        assertEquals(RunEnded.UNTIL, end.reason());
        assertEquals(1, events.stream().filter(e -> e instanceof InjectFired).count(), "only the inject at 0 is before 1 h");
    }

    @Test
    void untilThatIsNotAWholeNumberOfTicksRunsToTheEndOfItsTick() throws IOException {
        List<SimEvent> events = EventLogReader.readAll(new StringReader(Files.readString(runToEnd("g", 1, 1000))));
        assertEquals(1200, events.get(events.size() - 1).t(), "1000 s rounds up to 4 ticks of 300 s");
    }

    @Test
    void stopEndsTheRunWithReasonStopped() throws IOException {
        try (SimulationRun run = SimulationRun.start(TestScenarios.tiny(), 1, 6 * 3600, null)) {
            List<SimEvent> seen = new ArrayList<>();
            run.subscribe(seen::add);
            run.step();
            run.step();
            run.stop();
            assertTrue(run.isFinished());
            assertFalse(run.step());
            RunEnded end = (RunEnded) seen.get(seen.size() - 1);
            assertEquals(RunEnded.STOPPED, end.reason());
            assertEquals(600, end.t());
        }
    }

    @Test
    void untilOutsideTheDurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimulationRun.start(TestScenarios.tiny(), 1, 7 * 3600, null));
        assertThrows(IllegalArgumentException.class, () -> SimulationRun.start(TestScenarios.tiny(), 1, 0, null));
    }
}
