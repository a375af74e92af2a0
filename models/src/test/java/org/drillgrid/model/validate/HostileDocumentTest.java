package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.GridSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings of issue 20's fuzzing, one test each: documents that validated and then crashed or hung
 * the engine, or that crashed or hung validation itself. Each is now refused with its JSON path.
 */
class HostileDocumentTest {

    private static final String TEAM = "{\"id\": \"t1\", \"level\": \"city\", \"size\": 40, \"base\": [1, 2]}";
    private static final String FLOOD = "{\"type\": \"flood\", \"rainfall\": {\"series\": [[0, 10]]}}";

    @TempDir
    Path dir;

    private ScenarioFolder doc() {
        return ScenarioFolder.minimal(dir);
    }

    @Test
    void nullElementsOfEveryListAreRefusedByPath() {
        doc().set("forces", "{\"teams\": [" + TEAM + ", null], \"depots\": [null],"
                        + " \"shelters\": [{\"id\": \"s1\", \"cell\": [3, 3], \"capacity\": 10, \"stock\": {\"quilts\": null}}]}")
                .set("hazards", "[{\"type\": \"flood\", \"sinks\": [null]}]")
                .set("drill", "{\"sensors\": [null]}")
                .assertViolations(
                        "$.forces.teams[1]: must not be null (a list holds no empty places)",
                        "$.forces.depots[0]: must not be null (a list holds no empty places)",
                        "$.forces.shelters[0].stock.quilts: must not be null (leave an optional field out)",
                        "$.hazards[0].sinks[0]: must not be null (a list holds no empty places)",
                        "$.drill.sensors[0]: must not be null (a list holds no empty places)");
    }

    @Test
    void aNullPairInASeriesIsReportedOnceWithoutAJavaException() {
        // found by the fuzz suite: the series' constructor threw, and its NullPointerException was the message
        doc().set("hazards", "[{\"type\": \"flood\", \"rainfall\": {\"series\": [[0, 10], null, [3600, 0]]}}]")
                .assertViolations("$.hazards[0].rainfall.series[1]: must not be null (a list holds no empty places)");
    }

    @Test
    void aListElementOfTheWrongTypeIsReportedAndLookupsStepOverIt() {
        // found by the fuzz suite: a shelter given as "x" became null, and the condition's shelter lookup met it
        doc().set("forces", "{\"shelters\": [\"x\", {\"id\": \"s1\", \"cell\": [3, 3], \"capacity\": 10}],"
                        + " \"depots\": [7]}")
                .set("drill", "{\"injects\": [{\"id\": \"full\", \"message\": \"m\", \"when\": {\"type\": "
                        + "\"shelter-occupancy\", \"shelter\": \"s2\", \"abovePercent\": 90}}, {\"id\": \"low\", "
                        + "\"message\": \"m\", \"when\": {\"type\": \"depot-stock\", \"depot\": \"d\", \"belowPercent\": 5}},"
                        + " {\"id\": \"go\", \"message\": \"m\", \"at\": \"1h\", \"effect\": {\"type\": \"road-collapse\","
                        + " \"area\": \"nowhere\"}}]}")
                .assertViolations(
                        "$.forces.shelters[0]: expected an object, found a string",
                        "$.forces.depots[0]: expected an object, found an integer",
                        "$.drill.injects[0].when.shelter: no shelter 's2'",
                        "$.drill.injects[1].when.depot: no depot 'd'",
                        "$.drill.injects[2].effect.area: no place, shelter or depot 'nowhere'");
    }

    @Test
    void anUnpairedSurrogateInAnyTextIsRefusedByPath() throws Exception {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, ScenarioFolder.MINIMAL.replace("\"id\": \"mini\",",
                "\"id\": \"mini\", \"name\": {\"zh\": \"x\\ud800y\", \"en\": \"ok\"}, \"description\": \"\\udc00\","),
                StandardCharsets.UTF_8);
        ScenarioFolder.assertSameViolations(ScenarioFolder.violationsOf(() -> ScenarioLoader.load(ScenarioSource.file(file))),
                "$.name.zh: text holds an unpaired surrogate \\ud800 at character 1: not valid Unicode text",
                "$.description: text holds an unpaired surrogate \\udc00 at character 0: not valid Unicode text");
    }

    @Test
    void aZeroTimeStepIsRefusedWithoutDividingByIt() {
        doc().set("timeStep", "0")
                .set("hazards", "[" + FLOOD + "]")
                .set("drill", "{\"sensors\": [{\"id\": \"g1\", \"type\": \"rain-gauge\", \"cell\": [1, 1], \"every\": \"10m\"}],"
                        + " \"informants\": {\"every\": \"1h\"}}")
                .assertViolations("$.timeStep: must be between 1s and 1h");
    }

    @Test
    void floodNumbersThatWouldHangTheSolverAreRefused() {
        doc().set("hazards", "[{\"type\": \"flood\", \"alpha\": 1e-300, \"rainfall\": {\"series\": [[0, 1e308]]},"
                        + " \"boundaries\": [{\"edge\": \"west\", \"type\": \"stage\", \"series\": [[0, 1e6]]}]}]")
                .assertViolations(
                        "$.hazards[0].alpha: must be at least 0.05 (a smaller factor only multiplies the solver's sub-steps)",
                        "$.hazards[0].rainfall.series[0]: value: rain must be between 0 and 2000 mm/h",
                        "$.hazards[0].boundaries[0].series[0]: value: stage must be a level between -500 and 9000 m above datum");
    }

    @Test
    void aStageFarAboveTheHighestGroundIsRefused() {
        doc().set("hazards", "[{\"type\": \"flood\", \"boundaries\": [{\"edge\": \"west\", \"type\": \"stage\","
                        + " \"series\": [[0, 150], [3600, 250]]}]}]")
                .assertViolations("$.hazards[0].boundaries[0].series[1]: stage 250 m is more than 100 m above the highest "
                        + "ground (100 m)");
    }

    @Test
    void populationBeyondTwoPerSquareMetreIsRefused() {
        // 30 m cells: at most 1 800 residents a cell
        doc().set("layers.population", "{\"constant\": 1e9}")
                .assertViolations("$.layers.population: 200 cells break the rule 'at most 2 people per m² (1800 a cell)', "
                        + "first at [0, 0] with 1000000000");
        doc().set("layers.population", "{\"constant\": 1e300}").violations().forEach(v ->
                assertTrue(v.startsWith("$.layers.population: 200 cells break the rule"), v));
    }

    @Test
    void moreResidentsThanTheEngineSimulatesAreRefused() {
        // 10 000 m cells may hold 2e8 each, but the grid at most 1e7 in all
        doc().set("grid.cellSize", "10000").set("layers.population", "{\"constant\": 100000}")
                .assertViolations("$.layers.population: 20000000 residents in the grid; at most 10000000 are simulated");
    }

    @Test
    void rainOfAnInjectIsBoundedLikeTheStorms() {
        doc().set("hazards", "[" + FLOOD + "]")
                .set("drill", "{\"injects\": [{\"id\": \"burst\", \"at\": \"1h\", \"message\": \"rain\","
                        + " \"effect\": {\"type\": \"rain\", \"mmPerHour\": 1e308, \"duration\": \"1h\"}}]}")
                .assertViolations("$.drill.injects[0].effect.mmPerHour: must be at most 2000 mm/h (the one-minute world "
                        + "record is 1 872 mm/h)");
    }

    @Test
    void aGridLargerThanTheHeapCanHoldIsRefusedWithTheHeapItNeeds() {
        GridSpec grid = new GridSpec(2000, 2000, 10.0, null, null, null);
        List<Violation> out = new ArrayList<>();
        assertTrue(RunFit.heap(grid, 0, 4L << 30, out), "4 GB hold 4 million cells");
        assertTrue(!RunFit.heap(grid, 0, 1L << 30, out));
        assertEquals(List.of(new Violation("$.grid", "a run of 4000000 cells needs about "
                + (Bounds.heapNeeded(4_000_000, 0) >> 20) + " MB of heap, and this Java has 1024 MB; give Java more "
                + "(-Xmx, e.g. DRILLGRID_JAVA_OPTS=-Xmx" + ((Bounds.heapNeeded(4_000_000, 0) >> 20) / 256 + 1) * 256
                + "m) or use fewer cells")), out);
    }

    @Test
    void aChainOfFiveThousandInjectsIsCheckedInLinearTime() {
        StringBuilder injects = new StringBuilder("{\"id\": \"i0\", \"at\": \"1m\", \"message\": \"m\"}");
        for (int i = 1; i < 5000; i++) {
            injects.append(", {\"id\": \"i").append(i).append("\", \"after\": \"i").append(i - 1)
                    .append("\", \"message\": \"m\"}");
        }
        ScenarioFolder chain = doc().set("drill", "{\"injects\": [" + injects + "]}");
        // 125 s before: every inject walked its whole chain with a list lookup per step
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> chain.load());
    }

    @Test
    void aCircleOfFiveThousandInjectsIsReportedInLinearSpace() throws Exception {
        // found by the fuzz suite: every inject of the circle named the whole circle, 5 000 x 5 000 ids
        StringBuilder injects = new StringBuilder("{\"id\": \"i0\", \"after\": \"i4999\", \"message\": \"m\"}");
        for (int i = 1; i < 5000; i++) {
            injects.append(", {\"id\": \"i").append(i).append("\", \"after\": \"i").append(i - 1)
                    .append("\", \"message\": \"m\"}");
        }
        ScenarioFolder circle = doc().set("drill", "{\"injects\": [" + injects + "]}");
        List<String> violations = assertTimeoutPreemptively(Duration.ofSeconds(5), circle::violations);
        assertEquals(5000, violations.size());
        assertEquals("$.drill.injects[7].after: injects wait for each other in a circle: i7 waits for i6 waits for i5 "
                + "waits for i4 waits for i3 waits for i2 waits for ... (5000 injects in the circle)", violations.get(7));
    }

    @Test
    void aCircleInALongChainIsNamedOncePerInjectOnIt() {
        doc().set("drill", "{\"injects\": [{\"id\": \"a\", \"after\": \"c\", \"message\": \"m\"},"
                        + " {\"id\": \"b\", \"after\": \"a\", \"message\": \"m\"}, {\"id\": \"c\", \"after\": \"b\", \"message\": \"m\"},"
                        + " {\"id\": \"d\", \"after\": \"c\", \"message\": \"m\"}]}")
                .assertViolations(
                        "$.drill.injects[0].after: injects wait for each other in a circle: a waits for c waits for b waits for a",
                        "$.drill.injects[1].after: injects wait for each other in a circle: b waits for a waits for c waits for b",
                        "$.drill.injects[2].after: injects wait for each other in a circle: c waits for b waits for a waits for c");
    }

    @Test
    void aFifoAsTheScenarioFileIsRefusedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("scenario.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
        List<String> violations = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> ScenarioFolder.violationsOf(() -> ScenarioLoader.load(ScenarioSource.file(fifo))));
        assertEquals(List.of("$: cannot read " + fifo + ": not a regular file (a pipe, device or socket); a scenario "
                + "is a file"), violations);
    }
}
