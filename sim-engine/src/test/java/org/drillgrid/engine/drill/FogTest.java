package org.drillgrid.engine.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.people.Area;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reported picture of the drill town: two rain gauges read every 10 min and report 150 s late (so at
 * the first tick end after), the east one inside the block whose power fails from 25 to 45 min; an
 * information officer counts the hollow every 30 min, 10 min late, off by up to 30 %.
 */
class FogTest {

    private static final long UNTIL = 4 * 3600;
    private static final long TICK = 60;
    private static final long GAUGE_EVERY = 600;
    private static final long GAUGE_LATENCY = 150;
    private static final long OFFICER_EVERY = 1800;
    private static final long OFFICER_DELAY = 600;
    private static final double OFFICER_ERROR = 0.3;
    private static final long POWER_OUT_FROM = 1500;
    private static final long POWER_OUT_UNTIL = 2700;

    @TempDir
    Path dir;

    /** The storm of the scenario (a step series, mm/h) plus the cloudburst inject: 50 mm/h from 3 h for 10 min. */
    private static double rainOfTheScript(long t) {
        double storm = t < 1800 ? 0 : t < 5400 ? 100 : t < 7200 ? 20 : 0;
        return storm + (t >= 10800 && t < 11400 ? 50 : 0);
    }

    private static List<ReportReceived> reports(List<SimEvent> events, String source) {
        return events.stream().filter(e -> e instanceof ReportReceived r && r.source().equals(source))
                .map(ReportReceived.class::cast).toList();
    }

    private static void assertGaugeReports(List<ReportReceived> got, int col, int row, boolean powerCut) {
        List<Long> expectedObserved = new ArrayList<>();
        for (long at = GAUGE_EVERY; at <= UNTIL; at += GAUGE_EVERY) {
            long arrives = (at + GAUGE_LATENCY + TICK - 1) / TICK * TICK;
            boolean silent = powerCut && at >= POWER_OUT_FROM && at < POWER_OUT_UNTIL;
            if (!silent && arrives <= UNTIL) {
                expectedObserved.add(at);
            }
        }
        assertEquals(expectedObserved, got.stream().map(ReportReceived::observedAt).toList());
        for (ReportReceived r : got) {
            long at = r.observedAt();
            assertEquals((at + GAUGE_LATENCY + TICK - 1) / TICK * TICK, r.t(), "first tick end at or after observed + latency");
            assertEquals(rainOfTheScript(at - 1), r.value(), 1e-9, "the rain in the interval before " + at);
            assertEquals("rain", r.kind());
            assertEquals("mm/h", r.unit());
            assertEquals(List.of(col, row, col, row), r.cells());
        }
    }

    @Test
    void rainGaugesReportTheForcingLateAndFallSilentWithoutPower() throws IOException {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 3, UNTIL, null)) {
            run.subscribe(events::add);
            while (run.step()) {
                // to the end
            }
        }
        assertGaugeReports(reports(events, "gauge-west"), 1, 2, false);
        assertGaugeReports(reports(events, "gauge-east"), 17, 1, true);
        assertEquals(List.of("weather"), reports(events, "gauge-east").get(0).audience());
        assertTrue(reports(events, "gauge-west").stream().anyMatch(r -> r.observedAt() == 11400 && r.value() == 50.0),
                "the cloudburst shows on the gauge");
    }

    @Test
    void theInformationOfficerCountsWithinItsErrorOfTheTruth() throws IOException {
        List<SimEvent> events = new ArrayList<>();
        Map<Long, long[]> truth = new HashMap<>();
        Area hollow = new Area(9, 4, 11, 6);
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 3, UNTIL, null)) {
            run.subscribe(events::add);
            while (!run.isFinished()) {
                run.step();
                if (run.now() % OFFICER_EVERY == 0) {
                    truth.put(run.now(), run.response().affectedAndTrappedIn(hollow));
                }
            }
        }
        List<ReportReceived> told = reports(events, "officer:hollow");
        assertFalse(told.isEmpty());
        int nonZero = 0;
        for (ReportReceived r : told) {
            assertEquals(0, r.observedAt() % OFFICER_EVERY, "on the officer's half-hour grid");
            assertEquals(r.observedAt() + OFFICER_DELAY, r.t());
            assertEquals(List.of("villages"), r.audience());
            assertEquals(List.of(9, 4, 11, 6), r.cells());
            long[] at = truth.get(r.observedAt());
            long real = r.kind().equals("affected") ? at[0] : r.kind().equals("trapped") ? at[1] : -1;
            assertTrue(real >= 0, "kind " + r.kind());
            nonZero += real > 0 ? 1 : 0;
            assertTrue(Math.abs(r.value() - real) <= OFFICER_ERROR * real + 0.5,
                    r.kind() + " at " + r.observedAt() + ": told " + r.value() + ", truth " + real);
        }
        assertTrue(nonZero >= 2, "the officer had people to count");
        for (Map.Entry<Long, long[]> e : truth.entrySet()) {
            long at = e.getKey();
            for (int k = 0; k < 2; k++) {
                String kind = k == 0 ? "affected" : "trapped";
                if (e.getValue()[k] > 0 && at + OFFICER_DELAY <= UNTIL) {
                    assertTrue(told.stream().anyMatch(r -> r.observedAt() == at && r.kind().equals(kind)),
                            "a report of " + e.getValue()[k] + " " + kind + " at " + at);
                }
            }
        }
    }

    /**
     * A gauge whose interval is not a whole number of ticks (90 s in 1-min ticks) could not read on its own
     * grid (readings are taken at tick ends): the scenario is refused, naming the field.
     */
    @Test
    void aGaugeIntervalThatIsNotAWholeNumberOfTicksIsRefused() throws Exception {
        Path src = Path.of(FogTest.class.getResource("/drill/scenario.json").toURI()).getParent();
        Path folder = Files.createDirectories(dir.resolve("ninety"));
        Files.copy(src.resolve("dem.asc"), folder.resolve("dem.asc"));
        Files.copy(src.resolve("roads.asc"), folder.resolve("roads.asc"));
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(src.resolve("scenario.json").toFile());
        ObjectNode gauge = (ObjectNode) doc.get("drill").get("sensors").get(0);
        gauge.put("every", "90s");
        Files.writeString(folder.resolve("scenario.json"), Json.mapper().writeValueAsString(doc));
        org.drillgrid.model.validate.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.drillgrid.model.validate.ScenarioException.class,
                () -> ScenarioLoader.load(ScenarioSource.file(folder.resolve("scenario.json"))));
        assertEquals(List.of("$.drill.sensors[0].every: must be a whole number of time steps (1m): readings are taken "
                + "at the end of a tick"), e.violations().stream().map(Object::toString).toList());
    }

    @Test
    void aTeamAtWorkReportsThePeopleStillTrappedInItsAreaLateAndRoughly() throws IOException {
        Area town = new Area(0, 0, 19, 9);
        long firstTrapped = -1;
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 3, UNTIL, null)) {
            while (firstTrapped < 0 && run.step()) {
                firstTrapped = run.response().trappedIn(town) >= 1 ? run.now() : -1;
            }
        }
        assertTrue(firstTrapped > 0, "people get trapped in the town");
        List<SimEvent> events = new ArrayList<>();
        Map<Long, Long> truth = new HashMap<>();
        var order = new org.drillgrid.model.order.Order.DispatchTeam(firstTrapped, "rescue", "boats", "rescue",
                org.drillgrid.model.drill.AreaRef.cells(0, 0, 19, 9), null, null, null);
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 3, UNTIL, null,
                org.drillgrid.engine.response.Policy.NONE, List.of(order))) {
            run.subscribe(events::add);
            while (!run.isFinished()) {
                run.step();
                if (run.now() % 1800 == 0) {
                    truth.put(run.now(), run.response().trappedIn(town));
                }
            }
        }
        assertTrue(events.stream().anyMatch(e -> e.type().equals("order-issued")), "the team was sent");
        List<ReportReceived> told = reports(events, "team:boats");
        assertFalse(told.isEmpty(), "the team reported");
        for (ReportReceived r : told) {
            assertEquals("trapped", r.kind());
            assertEquals(List.of(0, 0, 19, 9), r.cells());
            assertEquals(0, r.observedAt() % 1800);
            assertEquals(r.observedAt() + 600, r.t());
            long real = truth.get(r.observedAt());
            assertTrue(Math.abs(r.value() - real) <= 0.2 * real + 0.5, "told " + r.value() + ", truth " + real);
        }
    }

    private LoadedScenario withoutSensors() throws Exception {
        Path src = Path.of(FogTest.class.getResource("/drill/scenario.json").toURI()).getParent();
        Path folder = Files.createDirectories(dir.resolve("blind"));
        Files.copy(src.resolve("dem.asc"), folder.resolve("dem.asc"));
        Files.copy(src.resolve("roads.asc"), folder.resolve("roads.asc"));
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(src.resolve("scenario.json").toFile());
        ObjectNode drill = (ObjectNode) doc.get("drill");
        drill.remove("sensors");
        drill.remove("informants");
        Files.writeString(folder.resolve("scenario.json"), Json.mapper().writeValueAsString(doc));
        return ScenarioLoader.load(ScenarioSource.file(folder.resolve("scenario.json")));
    }

    private List<String> logLines(LoadedScenario loaded, String name) throws IOException {
        Path log = dir.resolve(name + ".jsonl");
        try (SimulationRun run = SimulationRun.start(loaded, 11, UNTIL, log)) {
            while (run.step()) {
                // full speed
            }
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    @Test
    void reportsNeverChangeTheSimulationItself() throws Exception {
        List<String> seen = logLines(DrillScriptTest.drillTown(), "seen");
        List<String> blind = logLines(withoutSensors(), "blind");
        List<String> seenWithoutReports = seen.stream().filter(l -> !l.contains("\"type\":\"report\"")).toList();
        assertTrue(seen.size() - seenWithoutReports.size() > 40, "gauges and the officer reported");
        assertTrue(blind.stream().noneMatch(l -> l.contains("\"type\":\"report\"")));
        assertEquals(blind, seenWithoutReports);
    }
}
