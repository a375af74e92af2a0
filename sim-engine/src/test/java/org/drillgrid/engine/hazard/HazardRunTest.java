package org.drillgrid.engine.hazard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.hazard.fire.FireView;
import org.drillgrid.engine.hazard.fire.FuelModel;
import org.drillgrid.engine.hazard.fire.Moisture;
import org.drillgrid.engine.hazard.fire.Rothermel;
import org.drillgrid.engine.hazard.quake.QuakeView;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.event.BuildingsDamaged;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.Earthquake;
import org.drillgrid.model.event.PeopleAffected;
import org.drillgrid.model.event.PeopleRescued;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.order.OrderReader;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quake and fire hazards inside a whole run: people, roads, teams, injects and reports. */
class HazardRunTest {

    private static final int N = 60;
    private static final double CELL = 30;

    @TempDir
    Path dir;

    private String asc(IntToDoubleFunction value, double cellSize) {
        StringBuilder sb = new StringBuilder("ncols " + N + "\nnrows " + N + "\nxllcorner 0\nyllcorner 0\ncellsize "
                + cellSize + "\nNODATA_value -9999\n");
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < N; c++) {
                double v = value.applyAsDouble(r * N + c);
                sb.append(c == 0 ? "" : " ").append((long) v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private LoadedScenario scenario(String hazards, String forces, String drill, IntToDoubleFunction roads,
            IntToDoubleFunction population, int buildings, double cellSize) throws Exception {
        Files.writeString(dir.resolve("roads.asc"), asc(roads, cellSize));
        Files.writeString(dir.resolve("population.asc"), asc(population, cellSize));
        Files.writeString(dir.resolve("scenario.json"), """
                {"format": 1, "id": "hazard-test", "start": "2026-04-02T02:00:00+08:00",
                 "grid": {"cols": %d, "rows": %d, "cellSize": %s}, "timeStep": "60s", "duration": "12h",
                 "layers": {"elevation": {"constant": 100}, "buildings": {"constant": %d},
                            "roads": {"file": "roads.asc"}, "population": {"file": "population.asc"}},
                 "hazards": %s, "forces": %s, "drill": %s}
                """.formatted(N, N, cellSize, buildings, hazards, forces, drill));
        return ScenarioLoader.load(ScenarioSource.file(dir.resolve("scenario.json")));
    }

    /** What a run left: its events, the fire's arrival times and the quake's view (null without them). */
    private record Run(List<SimEvent> events, double[] arrivals, QuakeView quake) {
    }

    private static Run run(LoadedScenario s, long until, Path log, List<String> orders) throws Exception {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(s, 7, until, log, Policy.NONE)) {
            run.subscribe(events::add);
            for (String o : orders) {
                run.replayInput(OrderReader.parse(o));
            }
            while (run.step()) {
                // full speed
            }
            return new Run(events, run.fire().map(FireView::arrivals).orElse(null), run.quake().orElse(null));
        }
    }

    private static <T> List<T> of(List<SimEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static final String NO_FORCES = "{}";
    private static final String NO_DRILL = "{}";

    private static String fire(String roadBarriers) {
        // GS4, BehavePlus's dry moistures, 5 mi/h midflame wind from the west, lit at 10 min in the middle row
        return """
                [{"type": "fire", "fuelModel": "GS4", "moisture": [6, 7, 8, 60, 90],
                  "wind": [[0, 2.2352, 270]], "roadBarriers": "%s",
                  "ignitions": [{"cell": [10, 30], "at": "10m"}]}]
                """.formatted(roadBarriers);
    }

    @Test
    void theHeadRunsDownwindAtRothermelsRate() throws Exception {
        LoadedScenario s = scenario(fire("none"), NO_FORCES, NO_DRILL, i -> 0, i -> 0, 0, CELL);
        double[] arrivals = run(s, 3600, dir.resolve("a.jsonl"), List.of()).arrivals();
        double ros = Rothermel.spread(FuelModel.byCode("GS4").orElseThrow(), new Moisture(6, 7, 8, 60, 90), 2.2352, 270,
                0, 0).headRosMps();
        // after 50 min the head is ros·3000 s east of the ignition: within 10 % (one cell is 30 m)
        int head = 10;
        for (int c = 10; c < N; c++) {
            if (!Double.isNaN(arrivals[30 * N + c])) {
                head = c;
            }
        }
        double expected = ros * 3000;
        assertEquals(expected, (head - 10) * CELL, Math.max(0.1 * expected, CELL), "head distance");
        assertTrue(Double.isNaN(arrivals[30 * N + 2]), "little backing fire 8 cells upwind in 50 min");
    }

    @Test
    void aMajorRoadStopsTheFireUnlessRoadsAreNotBarriers() throws Exception {
        IntToDoubleFunction road = i -> i % N == 20 ? 1 : 0; // an arterial, north to south, at column 20
        double[] barrier = run(scenario(fire("major"), NO_FORCES, NO_DRILL, road, i -> 0, 0, CELL), 4 * 3600,
                dir.resolve("a.jsonl"), List.of()).arrivals();
        for (int r = 0; r < N; r++) {
            assertTrue(Double.isNaN(barrier[r * N + 21]), "crossed the road at row " + r);
        }
        double[] open = run(scenario(fire("none"), NO_FORCES, NO_DRILL, road, i -> 0, 0, CELL), 4 * 3600,
                dir.resolve("b.jsonl"), List.of()).arrivals();
        assertFalse(Double.isNaN(open[30 * N + 21]), "a road that is no barrier burns over");
    }

    @Test
    void aCrewCutsFirelineAheadOfTheFireAndTheHamletBehindItStaysSafe() throws Exception {
        String forces = """
                {"teams": [{"id": "crew", "level": "city", "size": 200, "skills": ["forest-firefighting"],
                            "base": [40, 5]}]}
                """;
        IntToDoubleFunction hamlet = i -> i % N >= 50 && i % N <= 52 && i / N >= 28 && i / N <= 32 ? 30 : 0;
        IntToDoubleFunction road = i -> i / N == 5 || i % N == 40 ? 3 : 0; // local roads: no barrier
        String order = "{\"t\": 0, \"role\": \"rescue\", \"type\": \"dispatch-team\", \"team\": \"crew\", "
                + "\"task\": \"fireline\", \"area\": {\"cells\": [38, 10, 38, 50]}}";
        // 200 firefighters cut 6 m each an hour in shrub: the 41-cell line takes about an hour; the head, lit at
        // 10 min, reaches it after about 85 min more
        Run guarded = run(scenario(fire("major"), forces, NO_DRILL, road, hamlet, 3, CELL), 150 * 60,
                dir.resolve("a.jsonl"), List.of(order));
        List<SimEvent> events = guarded.events();
        double[] arrivals = guarded.arrivals();
        assertTrue(of(events, CommandGiven.class).stream().anyMatch(c -> c.lever().equals("dispatch-team")
                && c.accepted()), "the crew took the task");
        for (int r = 10; r <= 50; r++) {
            assertTrue(Double.isNaN(arrivals[r * N + 39]), "crossed the fireline at row " + r);
        }
        assertFalse(Double.isNaN(arrivals[30 * N + 37]), "the fire reached the line");
        assertTrue(of(events, PeopleAffected.class).stream().noneMatch(a -> a.cause().equals("fire")));
        // without the crew the fire reaches the hamlet: its people are affected and leave
        List<SimEvent> unprotected = run(scenario(fire("major"), NO_FORCES, NO_DRILL, road, hamlet, 3, CELL),
                150 * 60, dir.resolve("b.jsonl"), List.of()).events();
        assertTrue(of(unprotected, PeopleAffected.class).stream().anyMatch(a -> a.cause().equals("fire")));
    }

    private static String quake(String extra) {
        return """
                [{"type": "quake", "magnitude": 6.5, "epicentre": [30, 30], "depthKm": 10, "at": "10m",
                  "aftershocks": {"enabled": false}%s}]
                """.formatted(extra);
    }

    /** A search-and-rescue team at the north-west corner, a park to shelter in, roads, a town of adobe homes. */
    private static final String USAR = """
            {"teams": [{"id": "usar", "level": "city", "size": 100, "skills": ["urban-search-rescue"],
                        "base": [0, 0]}],
             "shelters": [{"id": "park", "kind": "park", "cell": [0, 59], "capacity": 100000}]}
            """;
    private static final IntToDoubleFunction TOWN_ROADS = i -> i % N == 0 || i / N == 59 || i / N == 30 || i % N == 30
            ? 3 : 0;
    private static final IntToDoubleFunction TOWN = i -> i / N >= 25 && i / N <= 35 && i % N >= 25 && i % N <= 35 ? 40
            : 0;
    private static final String DIG = "{\"t\": 900, \"role\": \"rescue\", \"type\": \"dispatch-team\", "
            + "\"team\": \"usar\", \"task\": \"rescue\", \"area\": {\"cells\": [25, 25, 35, 35]}}";

    @Test
    void aShockDamagesHomesBuriesPeopleAndADiggingTeamBringsThemOut() throws Exception {
        // adobe homes (class 4), 100 m cells, a night-time M6.5 right under them
        Run run = run(scenario(quake(""), USAR, NO_DRILL, TOWN_ROADS, TOWN, 4, 100), 12 * 3600,
                dir.resolve("a.jsonl"), List.of(DIG));
        List<SimEvent> events = run.events();
        QuakeView quake = run.quake();
        Earthquake e = of(events, Earthquake.class).get(0);
        assertEquals(660, e.t());
        assertTrue(e.maxIntensity() > 8, e.toString());
        BuildingsDamaged d = of(events, BuildingsDamaged.class).get(0);
        assertTrue(d.collapse() > 0, d.toString());
        assertTrue(of(events, PeopleAffected.class).stream().anyMatch(a -> a.cause().equals("damaged")));
        assertTrue(of(events, PeopleRescued.class).stream().anyMatch(r -> r.team().equals("usar")),
                "the search-and-rescue team dug people out");
        assertTrue(quake.damage(30 * N + 30) >= 3, "the epicentral cell has severely damaged homes");
        assertEquals(0, quake.damage(0), "no homes, no damage");
        // the quick report reaches every position 7 minutes after the shock
        ReportReceived quick = of(events, ReportReceived.class).stream().filter(r -> r.source().equals("cenc"))
                .findFirst().orElseThrow();
        assertEquals(6.5, quick.value());
        assertTrue(quick.t() >= 600 + 420, quick.toString());
    }

    @Test
    void anInjectedAftershockStrikesAndTheSameInputsRepeatTheLogByteForByte() throws Exception {
        String drill = """
                {"places": [{"id": "centre", "name": {"zh": "中心", "en": "centre"}, "cells": [28, 28, 32, 32]}],
                 "injects": [{"id": "as", "at": "2h", "message": {"zh": "余震", "en": "aftershock"},
                              "effect": {"type": "aftershock", "at": "centre", "magnitude": 5.4}}]}
                """;
        IntToDoubleFunction people = i -> i / N >= 25 && i / N <= 35 ? 20 : 0;
        LoadedScenario s = scenario(quake(", \"landslides\": true, \"variability\": true"), NO_FORCES, drill,
                i -> 0, people, 2, 100);
        List<SimEvent> events = run(s, 3 * 3600, dir.resolve("a.jsonl"), List.of()).events();
        List<Earthquake> shocks = of(events, Earthquake.class);
        assertEquals(2, shocks.size());
        assertTrue(shocks.get(1).aftershock());
        assertEquals(5.4, shocks.get(1).magnitude());
        run(s, 3 * 3600, dir.resolve("b.jsonl"), List.of());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.jsonl")), Files.readAllBytes(dir.resolve("b.jsonl")));
    }

    @Test
    void theBuriedDieWhileTheyWaitSoDiggingEarlySavesLives() throws Exception {
        LoadedScenario s = scenario(quake(""), USAR, NO_DRILL, TOWN_ROADS, TOWN, 4, 100);
        long left = deaths(run(s, 12 * 3600, dir.resolve("left.jsonl"), List.of()).events());
        long dug = deaths(run(s, 12 * 3600, dir.resolve("dug.jsonl"), List.of(DIG)).events());
        assertTrue(dug < left, "digging from 15 min saves lives: " + dug + " dead against " + left);
    }

    private static long deaths(List<SimEvent> events) {
        return of(events, org.drillgrid.model.event.Casualties.class).stream().mapToLong(c -> c.dead()).sum();
    }

    @Test
    void anotherAttenuationRegionShakesDifferently() throws Exception {
        IntToDoubleFunction people = i -> i / N >= 25 && i / N <= 35 ? 20 : 0;
        double east = of(run(scenario(quake(""), NO_FORCES, NO_DRILL, i -> 0, people, 2, 100), 3600,
                dir.resolve("east.jsonl"), List.of()).events(), Earthquake.class).get(0).maxIntensity();
        double tibet = of(run(scenario(quake(", \"region\": \"tibet\""), NO_FORCES, NO_DRILL, i -> 0, people, 2, 100),
                3600, dir.resolve("tibet.jsonl"), List.of()).events(), Earthquake.class).get(0).maxIntensity();
        // at the epicentre (R = 0, long axis): east 5.7123 + 1.3626·6.5 − 4.2903·lg 25 = 8.572;
        // Tibet 6.4580 + 1.2746·6.5 − 4.4709·lg 25 = 8.493 (Yu et al. 2013); the event rounds to 0.01
        assertEquals(8.572, east, 0.006);
        assertEquals(8.493, tibet, 0.006);
    }
}
