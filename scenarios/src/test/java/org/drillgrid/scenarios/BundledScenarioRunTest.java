package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.RunStarted;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario loads, validates and runs for one simulated hour on the engine, reproducibly. */
class BundledScenarioRunTest {

    private static final long ONE_HOUR = 3600;

    @TempDir
    Path dir;

    static Stream<String> bundled() {
        List<String> ids = ScenarioCatalog.bundled().entries().stream().map(ScenarioCatalog.Entry::id).toList();
        assertFalse(ids.isEmpty(), "the index lists the bundled scenarios");
        return ids.stream();
    }

    private static LoadedScenario load(String id) throws Exception {
        return ScenarioLoader.load(ScenarioCatalog.bundled().source(id).orElseThrow());
    }

    private Path runOneHour(String id, String name) throws Exception {
        return runOneHour(id, name, Policy.NONE);
    }

    private Path runOneHour(String id, String name, Policy policy) throws Exception {
        Path log = dir.resolve(name + ".jsonl");
        LoadedScenario scenario = load(id);
        try (SimulationRun run = SimulationRun.start(scenario, scenario.scenario().seedOrDefault(), ONE_HOUR, log,
                policy)) {
            while (run.step()) {
                // full speed
            }
        }
        return log;
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void runsOneSimulatedHour(String id) throws Exception {
        LoadedScenario scenario = load(id);
        List<SimEvent> events = EventLogReader.readAll(new StringReader(Files.readString(runOneHour(id, "a"))));
        RunStarted start = (RunStarted) events.get(0);
        assertEquals(id, start.scenario());
        RunEnded end = (RunEnded) events.get(events.size() - 1);
        long dt = scenario.scenario().timeStepSeconds();
        assertEquals((ONE_HOUR + dt - 1) / dt * dt, end.t());
        assertEquals(RunEnded.UNTIL, end.reason());
        long injectsInFirstHour = scenario.scenario().drillOrEmpty().injectsOrEmpty().stream()
                .filter(i -> i.at() != null && i.at().seconds() < end.t()).count();
        assertEquals(injectsInFirstHour, events.stream().filter(e -> e instanceof InjectFired f && f.trigger().equals("at"))
                .count());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void sameSeedGivesTheSameLog(String id) throws Exception {
        assertArrayEquals(Files.readAllBytes(runOneHour(id, "a")), Files.readAllBytes(runOneHour(id, "b")));
    }

    /** With the auto policy, warnings, evacuations, trucks and teams are in the log too: still identical. */
    @ParameterizedTest
    @MethodSource("bundled")
    void sameSeedAndPolicyGiveTheSameLog(String id) throws Exception {
        byte[] a = Files.readAllBytes(runOneHour(id, "auto-a", Policy.of("auto")));
        byte[] b = Files.readAllBytes(runOneHour(id, "auto-b", Policy.of("auto")));
        assertArrayEquals(a, b);
        String log = new String(a, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("\"type\":\"warning-issued\""), "auto warns");
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("\"type\":\"people-warned\""), "people hear it");
    }
}
