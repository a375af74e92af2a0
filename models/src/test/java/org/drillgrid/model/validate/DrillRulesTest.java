package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Areas;
import org.drillgrid.model.drill.Condition;
import org.drillgrid.model.drill.Criterion;
import org.drillgrid.model.drill.Effect;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill section: triggers, conditions, effects, expectations, objectives, places, sensors, informants. */
class DrillRulesTest {

    private static final String ORDER_TYPES = "warn, evacuate, open-shelter, close-shelter, close-road, dispatch-team, "
            + "request-reinforcement, dispatch-materials, call-reserve, set-response-level, five-stops, restore-comms";
    private static final String KPIS = "relief-within-target, warning-coverage, deaths-per-million, affected-per-100k, "
            + "evacuated-share, trapped-at-end";
    private static final String AREA_REQUIRED = "required: a place id or {\"cells\": [col0, row0, col1, row1]}";
    private static final String NO_FLOOD = "needs a flood hazard, and this scenario has none";

    /** A depot d1 at [3, 3] and a shelter s1 at [4, 4] in the minimal 20 x 10 grid. */
    private static final String FORCES = """
            {"depots": [{"id": "d1", "level": "city", "cell": [3, 3], "stock": {"tents": 10}}],
             "shelters": [{"id": "s1", "cell": [4, 4], "capacity": 300}]}
            """;

    /** A flood with levee "dam" (crest 101, scripted breach to 99) and levee "dyke" (crest 102, no breach). */
    private static final String FLOOD = """
            [{"type": "flood", "levees": [
               {"id": "dam", "cells": [[3, 1], [3, 2]], "crest": 101, "breach": {"at": "1h", "to": 99}},
               {"id": "dyke", "cells": [[6, 1]], "crest": 102}]}]
            """;

    @TempDir
    Path dir;

    /** The minimal document with {@link #FORCES}, no hazard. */
    private ScenarioFolder doc() {
        return ScenarioFolder.minimal(dir).set("forces", FORCES);
    }

    /** {@link #doc()} with the {@link #FLOOD}. */
    private ScenarioFolder flooded() {
        return doc().set("hazards", FLOOD);
    }

    /** A drill section of these injects, each given the message "m". */
    private static String injects(String... injects) {
        return "{\"injects\": [" + Arrays.stream(injects).map(i -> ScenarioFolder.with(i, "message", "\"m\""))
                .collect(Collectors.joining(", ")) + "]}";
    }

    /** A drill section of one inject at 0 with this effect. */
    private static String effect(String effectJson) {
        return injects("{\"id\": \"a\", \"at\": 0, \"effect\": " + effectJson + "}");
    }

    /** A drill section of one inject triggered by this condition. */
    private static String when(String conditionJson) {
        return injects("{\"id\": \"a\", \"when\": " + conditionJson + "}");
    }

    /** A drill section of one objective with these criteria (and the given extra fields of the drill). */
    private static String criteria(String extraDrillFields, String... criteria) {
        return "{" + extraDrillFields + "\"objectives\": [{\"id\": \"o1\", \"name\": \"objective\", \"criteria\": ["
                + String.join(", ", criteria) + "]}]}";
    }

    // --- targets ---------------------------------------------------------------------------------------

    @Test
    void unknownTargetPackNamesTheKnownOnes() {
        doc().set("drill", "{\"targets\": {\"pack\": \"beijing\"}}")
                .assertViolations("$.drill.targets.pack: unknown target pack 'beijing'; one of xinyang, xinzheng");
    }

    @Test
    void xinyangPackGivesEightHoursAndNinetyFivePercent() {
        assertEquals(new Targets("xinyang", 8.0, 95.0, 1.0, 15_000.0),
                new Targets("xinyang", null, null, null, null).resolved());
    }

    @Test
    void xinzhengPackGivesNineHoursAndNinetyTwoPercent() {
        assertEquals(new Targets("xinzheng", 9.0, 92.0, 1.0, 15_000.0),
                new Targets("xinzheng", null, null, null, null).resolved());
    }

    @Test
    void explicitFieldsOverrideThePack() {
        assertEquals(new Targets("xinyang", 6.0, 95.0, 0.5, 15_000.0),
                new Targets("xinyang", 6.0, null, 0.5, null).resolved());
        assertEquals(new Targets("xinzheng", 12.0, 99.0, 2.0, 10_000.0),
                new Targets("xinzheng", 12.0, 99.0, 2.0, 10_000.0).resolved());
    }

    @Test
    void withoutOrWithAnUnknownPackTheTargetsStayAsWritten() {
        Targets none = new Targets(null, 4.0, null, null, null);
        assertSame(none, none.resolved());
        Targets unknown = new Targets("beijing", null, 90.0, null, null);
        assertSame(unknown, unknown.resolved());
    }

    @Test
    void scenarioTargetsApplyThePack() throws Exception {
        Scenario s = doc().set("drill", "{\"targets\": {\"pack\": \"xinzheng\", \"warningCoverage\": 97}}")
                .load().scenario();
        assertEquals(new Targets("xinzheng", 9.0, 97.0, 1.0, 15_000.0), s.targetsOrNone());
        assertEquals(new Targets("xinzheng", null, 97.0, null, null), s.drillOrEmpty().targets());
    }

    @Test
    void scenarioWithoutTargetsHasNone() throws Exception {
        assertSame(Targets.NONE, doc().load().scenario().targetsOrNone());
        assertSame(Targets.NONE, doc().set("drill", "{\"injects\": []}").load().scenario().targetsOrNone());
    }

    // --- places ----------------------------------------------------------------------------------------

    @Test
    void placesNeedFourCellsInsideTheGrid() {
        doc().set("drill", """
                        {"places": [{"id": "p0"},
                                    {"id": "p1", "cells": [0, 0, 20, 3]},
                                    {"id": "p2", "cells": [1, 2, 3]},
                                    {"id": "p3", "cells": [5, 5, 2, 2]},
                                    {"id": "p4", "cells": [0, -1, 2, 2]}]}
                        """)
                .assertViolations(
                        "$.drill.places[0].cells: required: [col0, row0, col1, row1]",
                        "$.drill.places[1].cells: area cells [0, 0, 20, 3] reaches outside the grid (20 x 10)",
                        "$.drill.places[2].cells: expected four cell numbers [col0, row0, col1, row1]",
                        "$.drill.places[4].cells: area cells [0, -1, 2, 2] reaches outside the grid (20 x 10)");
    }

    @Test
    void placeWithoutIdIsReportedNotACrash() {
        doc().set("hazards", FLOOD).set("drill", """
                        {"places": [{"cells": [0, 0, 1, 1]}],
                         "injects": [{"id": "a", "when": {"type": "water-depth", "at": "p1", "above": 1},
                                      "message": "m"}]}
                        """)
                .assertViolations("$.drill.places[0].id: is required",
                        "$.drill.injects[0].when.at: no place, shelter or depot 'p1'");
    }

    // --- triggers --------------------------------------------------------------------------------------

    @Test
    void injectNeedsExactlyOneKindOfTrigger() {
        doc().set("drill", injects(
                        "{\"id\": \"a\"}",
                        "{\"id\": \"b\", \"at\": 60, \"when\": {\"type\": \"deaths\", \"atLeast\": 1}}",
                        "{\"id\": \"c\", \"at\": 60, \"after\": \"b\"}",
                        "{\"id\": \"d\", \"after\": \"b\", \"when\": {\"type\": \"deaths\", \"atLeast\": 2}}"))
                .assertViolations(
                        "$.drill.injects[0]: needs a trigger: at (a time), when (a condition) or after (another inject)",
                        "$.drill.injects[1].at: give either at or when/after, not both",
                        "$.drill.injects[2].at: give either at or when/after, not both");
    }

    @Test
    void afterNamesAnotherExistingInject() {
        doc().set("drill", injects(
                        "{\"id\": \"a\", \"at\": 0}",
                        "{\"id\": \"b\", \"after\": \"ghost\"}",
                        "{\"id\": \"c\", \"after\": \"c\"}",
                        "{\"id\": \"d\", \"after\": \"a\", \"delay\": \"10m\"}"))
                .assertViolations(
                        "$.drill.injects[1].after: no inject 'ghost'",
                        "$.drill.injects[2].after: an inject cannot follow itself");
    }

    @Test
    void injectsWaitingForEachOtherAreReportedOnEach() {
        List<String> v = doc().set("drill", injects(
                        "{\"id\": \"a\", \"after\": \"b\"}",
                        "{\"id\": \"b\", \"after\": \"a\", \"delay\": \"5m\"}",
                        "{\"id\": \"c\", \"at\": 0}"))
                .violations();
        assertEquals(2, v.size(), String.join("\n", v));
        for (int i = 0; i < 2; i++) {
            String prefix = "$.drill.injects[" + i + "].after: injects wait for each other in a circle: ";
            String line = v.get(i);
            assertTrue(line.startsWith(prefix), line);
            assertTrue(List.of("a waits for b waits for a", "b waits for a waits for b").contains(line.substring(prefix.length())), line);
        }
    }

    /** The circle is told in the order the injects wait: a waits for c, c for b, b for a. */
    @Test
    void circleIsNamedInTheOrderTheInjectsWait() {
        doc().set("drill", injects(
                        "{\"id\": \"a\", \"after\": \"c\"}",
                        "{\"id\": \"b\", \"after\": \"a\"}",
                        "{\"id\": \"c\", \"after\": \"b\"}"))
                .assertViolations(
                        "$.drill.injects[0].after: injects wait for each other in a circle: a waits for c waits for b waits for a",
                        "$.drill.injects[1].after: injects wait for each other in a circle: b waits for a waits for c waits for b",
                        "$.drill.injects[2].after: injects wait for each other in a circle: c waits for b waits for a waits for c");
    }

    @Test
    void delayOnlyWithAfter() {
        doc().set("drill", injects(
                        "{\"id\": \"a\", \"at\": 0, \"delay\": \"5m\"}",
                        "{\"id\": \"b\", \"when\": {\"type\": \"deaths\", \"atLeast\": 1}, \"delay\": 60}",
                        "{\"id\": \"c\", \"after\": \"a\", \"delay\": \"5m\"}"))
                .assertViolations(
                        "$.drill.injects[0].delay: only with after: the wait after the other inject fired",
                        "$.drill.injects[1].delay: only with after: the wait after the other inject fired");
    }

    // --- conditions ------------------------------------------------------------------------------------

    @Test
    void floodConditionsEffectsAndSensorsNeedAFlood() {
        doc().set("drill", """
                        {"injects": [
                           {"id": "a", "when": {"type": "water-depth", "at": "s1", "above": 0.3}, "message": "m"},
                           {"id": "b", "when": {"type": "rain-rate", "above": 30}, "message": "m"},
                           {"id": "c", "at": 0, "effect": {"type": "rain", "mmPerHour": 50, "duration": "1h"},
                            "message": "m"},
                           {"id": "d", "at": 0, "effect": {"type": "breach", "levee": "dam"}, "message": "m"}],
                         "sensors": [{"id": "g1", "type": "rain-gauge", "cell": [1, 1]},
                                     {"id": "h1", "type": "hydro-station", "cell": [1, 1]}]}
                        """)
                .assertViolations(
                        "$.drill.injects[0].when: " + NO_FLOOD,
                        "$.drill.injects[1].when: " + NO_FLOOD,
                        "$.drill.injects[2].effect: " + NO_FLOOD,
                        "$.drill.injects[3].effect: " + NO_FLOOD,
                        "$.drill.sensors[0].type: rain-gauge measures the flood, and this scenario has none",
                        "$.drill.sensors[1].type: hydro-station measures the flood, and this scenario has none");
    }

    @Test
    void waterDepthNeedsAnAreaInTheGridAndADepth() {
        flooded().set("drill", injects(
                        "{\"id\": \"a\", \"when\": {\"type\": \"water-depth\", \"at\": \"nowhere\", \"above\": 0}}",
                        "{\"id\": \"b\", \"when\": {\"type\": \"water-depth\", \"at\": {\"cells\": [0, 0, 5, 10]}}}",
                        "{\"id\": \"c\", \"when\": {\"type\": \"water-depth\", \"above\": 1}}",
                        "{\"id\": \"d\", \"when\": {\"type\": \"water-depth\", \"at\": \"d1\", \"above\": 0.1}}"))
                .assertViolations(
                        "$.drill.injects[0].when.at: no place, shelter or depot 'nowhere'",
                        "$.drill.injects[0].when.above: must be > 0 (m)",
                        "$.drill.injects[1].when.at: area cells [0, 0, 5, 10] reaches outside the grid (20 x 10)",
                        "$.drill.injects[1].when.above: required (m)",
                        "$.drill.injects[2].when.at: " + AREA_REQUIRED);
    }

    @Test
    void depotStockNamesADepotAKnownItemAndAPercentage() {
        doc().set("drill", injects(
                        "{\"id\": \"a\", \"when\": {\"type\": \"depot-stock\", \"depot\": \"d9\", \"item\": \"gold\", "
                                + "\"belowPercent\": 0}}",
                        "{\"id\": \"b\", \"when\": {\"type\": \"depot-stock\", \"belowPercent\": 100.5}}",
                        "{\"id\": \"c\", \"when\": {\"type\": \"depot-stock\", \"depot\": \"s1\"}}",
                        "{\"id\": \"d\", \"when\": {\"type\": \"depot-stock\", \"depot\": \"d1\", \"item\": \"tents\", "
                                + "\"belowPercent\": 100}}",
                        "{\"id\": \"e\", \"when\": {\"type\": \"depot-stock\", \"depot\": \"d1\", \"belowPercent\": 0.5}}"))
                .assertViolations(
                        "$.drill.injects[0].when.depot: no depot 'd9'",
                        "$.drill.injects[0].when.item: unknown item 'gold'",
                        "$.drill.injects[0].when.belowPercent: must be a percentage above 0 and at most 100",
                        "$.drill.injects[1].when.depot: required: a depot id",
                        "$.drill.injects[1].when.belowPercent: must be a percentage above 0 and at most 100",
                        "$.drill.injects[2].when.depot: no depot 's1'",
                        "$.drill.injects[2].when.belowPercent: required: a percentage");
    }

    @Test
    void countsSheltersAndAreasOfPeopleConditions() {
        doc().set("drill", injects(
                        "{\"id\": \"a\", \"when\": {\"type\": \"people-trapped\", \"atLeast\": 0, "
                                + "\"area\": {\"cells\": [19, 9, 20, 9]}}}",
                        "{\"id\": \"b\", \"when\": {\"type\": \"people-trapped\", \"atLeast\": 5}}",
                        "{\"id\": \"c\", \"when\": {\"type\": \"deaths\"}}",
                        "{\"id\": \"d\", \"when\": {\"type\": \"shelter-occupancy\", \"shelter\": \"d1\", "
                                + "\"abovePercent\": 150}}",
                        "{\"id\": \"e\", \"when\": {\"type\": \"shelter-occupancy\"}}",
                        "{\"id\": \"f\", \"when\": {\"type\": \"shelter-occupancy\", \"shelter\": \"s1\", "
                                + "\"abovePercent\": 100}}"))
                .assertViolations(
                        "$.drill.injects[0].when.atLeast: required: a count of at least 1",
                        "$.drill.injects[0].when.area: area cells [19, 9, 20, 9] reaches outside the grid (20 x 10)",
                        "$.drill.injects[2].when.atLeast: required: a count of at least 1",
                        "$.drill.injects[3].when.shelter: no shelter 'd1'",
                        "$.drill.injects[3].when.abovePercent: must be a percentage above 0 and at most 100",
                        "$.drill.injects[4].when.shelter: required: a shelter id",
                        "$.drill.injects[4].when.abovePercent: required: a percentage");
    }

    @Test
    void rainRateNeedsAPositiveRate() {
        flooded().set("drill", injects(
                        "{\"id\": \"a\", \"when\": {\"type\": \"rain-rate\", \"above\": -5}}",
                        "{\"id\": \"b\", \"when\": {\"type\": \"rain-rate\"}}",
                        "{\"id\": \"c\", \"when\": {\"type\": \"rain-rate\", \"above\": 20}}"))
                .assertViolations(
                        "$.drill.injects[0].when.above: must be > 0 (mm/h)",
                        "$.drill.injects[1].when.above: required (mm/h)");
    }

    @Test
    void fireAndEarthquakeTriggersAndEffectsAreRefused() {
        flooded().set("drill", injects(
                        "{\"id\": \"a\", \"when\": {\"type\": \"fire-near\", \"at\": \"s1\", \"km\": 2}}",
                        "{\"id\": \"b\", \"at\": 0, \"effect\": {\"type\": \"aftershock\", \"at\": \"s1\", "
                                + "\"magnitude\": 5.5}}",
                        "{\"id\": \"c\", \"at\": 0, \"effect\": {\"type\": \"ignition\", \"at\": \"s1\"}}"))
                .assertViolations(
                        "$.drill.injects[0].when: fire-near needs a fire hazard, and this scenario has none",
                        "$.drill.injects[1].effect: aftershock needs an earthquake hazard, and this scenario has none",
                        "$.drill.injects[2].effect: ignition needs a fire hazard, and this scenario has none");
    }

    @Test
    void withAQuakeAndAFireTheirTriggersAndEffectsAreChecked() {
        doc().set("hazards", "[{\"type\": \"quake\", \"magnitude\": 6, \"epicentre\": [5, 5], \"at\": \"10m\"},"
                        + " {\"type\": \"fire\"}]")
                .set("drill", injects(
                        "{\"id\": \"a\", \"when\": {\"type\": \"fire-near\", \"at\": \"s1\", \"km\": 2}}",
                        "{\"id\": \"b\", \"at\": 0, \"effect\": {\"type\": \"aftershock\", \"at\": \"s1\", "
                                + "\"magnitude\": 5.5}}",
                        "{\"id\": \"c\", \"at\": 0, \"effect\": {\"type\": \"ignition\", \"at\": \"s1\"}}",
                        "{\"id\": \"d\", \"when\": {\"type\": \"fire-near\", \"at\": \"s1\"}}",
                        "{\"id\": \"e\", \"at\": 0, \"effect\": {\"type\": \"aftershock\", \"at\": \"nowhere\", "
                                + "\"magnitude\": 12}}"))
                .assertViolations(
                        "$.drill.injects[3].when.km: required (km)",
                        "$.drill.injects[4].effect.at: no place, shelter or depot 'nowhere'",
                        "$.drill.injects[4].effect.magnitude: must be between 3.0 and 9.0");
    }

    // --- effects ---------------------------------------------------------------------------------------

    @Test
    void rainEffectNeedsARateAndADuration() {
        flooded().set("drill", injects(
                        "{\"id\": \"a\", \"at\": 0, \"effect\": {\"type\": \"rain\", \"mmPerHour\": 0}}",
                        "{\"id\": \"b\", \"at\": 0, \"effect\": {\"type\": \"rain\", \"duration\": 0}}",
                        "{\"id\": \"c\", \"at\": 0, \"effect\": {\"type\": \"rain\", \"mmPerHour\": 40, "
                                + "\"duration\": \"2h\"}}"))
                .assertViolations(
                        "$.drill.injects[0].effect.mmPerHour: must be > 0 (mm/h)",
                        "$.drill.injects[0].effect.duration: required: how long the extra rain falls",
                        "$.drill.injects[1].effect.mmPerHour: required (mm/h)",
                        "$.drill.injects[1].effect.duration: must be longer than 0 s");
    }

    @Test
    void breachOfAnUnknownLeveeOrWithoutALeveeIsReported() {
        flooded().set("drill", injects(
                        "{\"id\": \"a\", \"at\": 0, \"effect\": {\"type\": \"breach\", \"levee\": \"wall\", \"to\": 1}}",
                        "{\"id\": \"b\", \"at\": 0, \"effect\": {\"type\": \"breach\"}}"))
                .assertViolations(
                        "$.drill.injects[0].effect.levee: no levee or dam 'wall' in the flood",
                        "$.drill.injects[1].effect.levee: required: the id of a levee or dam of the flood");
    }

    @Test
    void breachNeedsABottomBelowTheCrest() {
        flooded().set("drill", injects(
                        "{\"id\": \"a\", \"at\": 0, \"effect\": {\"type\": \"breach\", \"levee\": \"dyke\"}}",
                        "{\"id\": \"b\", \"at\": 0, \"effect\": {\"type\": \"breach\", \"levee\": \"dam\", \"to\": 101}}",
                        "{\"id\": \"c\", \"at\": 0, \"effect\": {\"type\": \"breach\", \"levee\": \"dyke\", \"to\": 103, "
                                + "\"over\": 0}}",
                        // valid: the scripted bottom, and an own bottom below the crest
                        "{\"id\": \"d\", \"at\": 0, \"effect\": {\"type\": \"breach\", \"levee\": \"dam\"}}",
                        "{\"id\": \"e\", \"at\": 0, \"effect\": {\"type\": \"breach\", \"levee\": \"dyke\", "
                                + "\"to\": 100.5, \"over\": \"10m\"}}"))
                .assertViolations(
                        "$.drill.injects[0].effect.to: required: the breach bottom, m above datum "
                                + "(the levee has no scripted breach)",
                        "$.drill.injects[1].effect.to: must be below the crest (101.0)",
                        "$.drill.injects[2].effect.to: must be below the crest (102.0)",
                        "$.drill.injects[2].effect.over: must be longer than 0 s");
    }

    @Test
    void outageNeedsAKindAndAnArea() {
        doc().set("drill", injects(
                        "{\"id\": \"a\", \"at\": 0, \"effect\": {\"type\": \"outage\", \"kind\": \"water\", \"area\": \"s1\"}}",
                        "{\"id\": \"b\", \"at\": 0, \"effect\": {\"type\": \"outage\", \"area\": {\"cells\": [0, 0, 3, 3]}}}",
                        "{\"id\": \"c\", \"at\": 0, \"effect\": {\"type\": \"outage\", \"kind\": \"power\"}}",
                        "{\"id\": \"d\", \"at\": 0, \"effect\": {\"type\": \"outage\", \"kind\": \"road\", \"area\": \"d1\", "
                                + "\"duration\": 0}}",
                        "{\"id\": \"e\", \"at\": 0, \"effect\": {\"type\": \"outage\", \"kind\": \"network\", "
                                + "\"area\": \"s1\", \"duration\": \"2h\"}}"))
                .assertViolations(
                        "$.drill.injects[0].effect.kind: must be power, network or road",
                        "$.drill.injects[1].effect.kind: must be power, network or road",
                        "$.drill.injects[2].effect.area: " + AREA_REQUIRED,
                        "$.drill.injects[3].effect.duration: must be longer than 0 s");
    }

    @Test
    void roadCollapseAndShelterLostNameWhatTheyHit() {
        doc().set("drill", injects(
                        "{\"id\": \"a\", \"at\": 0, \"effect\": {\"type\": \"road-collapse\", \"area\": \"bridge\"}}",
                        "{\"id\": \"b\", \"at\": 0, \"effect\": {\"type\": \"road-collapse\"}}",
                        "{\"id\": \"c\", \"at\": 0, \"effect\": {\"type\": \"shelter-lost\", \"shelter\": \"d1\"}}",
                        "{\"id\": \"e\", \"at\": 0, \"effect\": {\"type\": \"shelter-lost\"}}",
                        "{\"id\": \"f\", \"at\": 0, \"effect\": {\"type\": \"shelter-lost\", \"shelter\": \"s1\"}}",
                        "{\"id\": \"g\", \"at\": 0, \"effect\": {\"type\": \"road-collapse\", \"area\": "
                                + "{\"cells\": [2, 2, 3, 3]}}}"))
                .assertViolations(
                        "$.drill.injects[0].effect.area: no place, shelter or depot 'bridge'",
                        "$.drill.injects[1].effect.area: " + AREA_REQUIRED,
                        "$.drill.injects[2].effect.shelter: no shelter 'd1'",
                        "$.drill.injects[3].effect.shelter: required: a shelter id");
    }

    // --- expectations ----------------------------------------------------------------------------------

    @Test
    void expectationsNameAnOrderTypeAndAWindow() {
        doc().set("drill", injects("""
                        {"id": "a", "at": 0, "expect": [{"order": "fly", "within": "30m"},
                                                        {"order": "evacuate"},
                                                        {"within": "1h"},
                                                        {"order": "warn", "within": 0},
                                                        {"order": "open-shelter", "target": "s1", "within": "1h"}]}
                        """))
                .assertViolations(
                        "$.drill.injects[0].expect[0].order: must be an order type: " + ORDER_TYPES,
                        "$.drill.injects[0].expect[1].within: required: how long after the inject the action counts",
                        "$.drill.injects[0].expect[2].order: must be an order type: " + ORDER_TYPES,
                        "$.drill.injects[0].expect[3].within: must be longer than 0 s");
    }

    // --- objectives ------------------------------------------------------------------------------------

    @Test
    void objectiveNeedsANameAndCriteria() {
        doc().set("drill", """
                        {"objectives": [{"id": "o1"},
                                        {"id": "o2", "name": "warn everyone", "criteria": []},
                                        {"id": "o3", "name": {"en": " "}, "criteria": [{"type": "observer"}]},
                                        {"id": "o4", "name": {"zh": "预警"}, "criteria": [{"type": "observer",
                                                  "guide": "was the warning clear?"}]}]}
                        """)
                .assertViolations(
                        "$.drill.objectives[0].name: required: what the objective is, in zh and/or en",
                        "$.drill.objectives[0].criteria: required: at least one way to evaluate the objective",
                        "$.drill.objectives[1].criteria: required: at least one way to evaluate the objective",
                        "$.drill.objectives[2].name: required: what the objective is, in zh and/or en");
    }

    @Test
    void kpiCriteriaNameAKnownKpiAndOneBound() {
        doc().set("drill", criteria("",
                        "{\"type\": \"kpi\", \"kpi\": \"happiness\", \"atLeast\": 1}",
                        "{\"type\": \"kpi\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"evacuated-share\", \"atLeast\": 80, \"atMost\": 90}",
                        "{\"type\": \"kpi\", \"kpi\": \"warning-coverage\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"trapped-at-end\", \"atMost\": 0}"))
                .assertViolations(
                        "$.drill.objectives[0].criteria[0].kpi: must be one of " + KPIS,
                        "$.drill.objectives[0].criteria[1].kpi: must be one of " + KPIS,
                        "$.drill.objectives[0].criteria[2]: give atLeast or atMost, not both",
                        "$.drill.objectives[0].criteria[3]: needs atLeast or atMost: the scenario's targets give no "
                                + "value for warning-coverage");
    }

    @Test
    void kpiWithoutBoundTakesTheTargetOfThePack() {
        doc().set("drill", criteria("\"targets\": {\"pack\": \"xinyang\"}, ",
                        "{\"type\": \"kpi\", \"kpi\": \"warning-coverage\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"deaths-per-million\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"affected-per-100k\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"relief-within-target\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"evacuated-share\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"trapped-at-end\"}"))
                .assertViolations(
                        "$.drill.objectives[0].criteria[3]: needs atLeast or atMost: the scenario's targets give no "
                                + "value for relief-within-target",
                        "$.drill.objectives[0].criteria[4]: needs atLeast or atMost: the scenario's targets give no "
                                + "value for evacuated-share",
                        "$.drill.objectives[0].criteria[5]: needs atLeast or atMost: the scenario's targets give no "
                                + "value for trapped-at-end");
    }

    @Test
    void kpiWithoutBoundTakesTheTargetWrittenInTheDocument() {
        doc().set("drill", criteria("\"targets\": {\"warningCoverage\": 90}, ",
                        "{\"type\": \"kpi\", \"kpi\": \"warning-coverage\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"deaths-per-million\"}",
                        "{\"type\": \"kpi\", \"kpi\": \"affected-per-100k\", \"atMost\": 10000}"))
                .assertViolations(
                        "$.drill.objectives[0].criteria[1]: needs atLeast or atMost: the scenario's targets give no "
                                + "value for deaths-per-million");
    }

    @Test
    void actionsCriteriaNameInjectsThatExpectActions() {
        doc().set("drill", """
                        {"injects": [{"id": "a", "at": 0, "message": "m",
                                      "expect": [{"order": "warn", "within": "30m"}]},
                                     {"id": "b", "at": 60, "message": "m"}],
                         "objectives": [{"id": "o1", "name": "act", "criteria": [
                            {"type": "actions"},
                            {"type": "actions", "injects": []},
                            {"type": "actions", "injects": ["a", "b", "ghost"]}]}]}
                        """)
                .assertViolations(
                        "$.drill.objectives[0].criteria[0].injects: required: the injects whose expected actions count",
                        "$.drill.objectives[0].criteria[1].injects: required: the injects whose expected actions count",
                        "$.drill.objectives[0].criteria[2].injects[1]: inject 'b' expects no action",
                        "$.drill.objectives[0].criteria[2].injects[2]: no inject 'ghost'");
    }

    @Test
    void actionsCriterionBesideAnInjectWithoutIdIsReportedNotACrash() {
        doc().set("drill", """
                        {"injects": [{"at": 0, "message": "m"},
                                     {"id": "a", "at": 0, "message": "m",
                                      "expect": [{"order": "warn", "within": "30m"}]}],
                         "objectives": [{"id": "o1", "name": "act", "criteria": [
                            {"type": "actions", "injects": ["a"]}]}]}
                        """)
                .assertViolations("$.drill.injects[0].id: is required");
    }

    // --- sensors and informants ------------------------------------------------------------------------

    @Test
    void sensorsNeedAKnownTypeAndACellInTheGrid() {
        flooded().set("drill", """
                        {"sensors": [{"id": "x1", "type": "radar", "cell": [1, 1]},
                                     {"id": "x2", "cell": [1, 1]},
                                     {"id": "x3", "type": "rain-gauge"},
                                     {"id": "x4", "type": "hydro-station", "cell": [20, 0]},
                                     {"id": "x5", "type": "rain-gauge", "cell": [0, -1]},
                                     {"id": "x6", "type": "rain-gauge", "cell": [1, 1], "every": 0},
                                     {"id": "x7", "type": "hydro-station", "cell": [19, 9], "every": "5m",
                                      "latency": 0}]}
                        """)
                .assertViolations(
                        "$.drill.sensors[0].type: must be one of rain-gauge, hydro-station, fire-camera, seismic-station",
                        "$.drill.sensors[1].type: must be one of rain-gauge, hydro-station, fire-camera, seismic-station",
                        "$.drill.sensors[2].cell: required: where the station stands, [col, row]",
                        "$.drill.sensors[3].cell: cell [20, 0] is outside the grid (20 x 10)",
                        "$.drill.sensors[4].cell: cell [0, -1] is outside the grid (20 x 10)",
                        "$.drill.sensors[5].every: must be longer than 0 s");
    }

    @Test
    void fireCameraNeedsAFireHazard() {
        flooded().set("drill", "{\"sensors\": [{\"id\": \"cam\", \"type\": \"fire-camera\", \"cell\": [1, 1]}]}")
                .assertViolations("$.drill.sensors[0].type: fire-camera needs a fire hazard, and this scenario has none");
    }

    @Test
    void seismicStationNeedsAnEarthquakeHazard() {
        flooded().set("drill", "{\"sensors\": [{\"id\": \"seis\", \"type\": \"seismic-station\", \"cell\": [1, 1]}]}")
                .assertViolations("$.drill.sensors[0].type: seismic-station needs an earthquake hazard, and this "
                        + "scenario has none");
    }

    @Test
    void informantsReportFromDrillPlacesWithAFractionalError() {
        doc().set("drill", """
                        {"places": [{"id": "village", "cells": [0, 0, 3, 3]}],
                         "informants": {"places": ["village", "s1", "ghost"], "every": 0, "error": 1}}
                        """)
                .assertViolations(
                        "$.drill.informants.places[1]: no place 's1' in drill.places",
                        "$.drill.informants.places[2]: no place 'ghost' in drill.places",
                        "$.drill.informants.every: must be longer than 0 s",
                        "$.drill.informants.error: must be a fraction from 0 up to (not including) 1");
        doc().set("drill", "{\"informants\": {\"error\": -0.1}}")
                .assertViolations("$.drill.informants.error: must be a fraction from 0 up to (not including) 1");
    }

    @Test
    void informantsWithDefaultsOrAZeroErrorAreFine() throws Exception {
        doc().set("drill", "{\"informants\": {}}").load();
        doc().set("drill", "{\"places\": [{\"id\": \"v\", \"cells\": [0, 0, 0, 0]}], "
                + "\"informants\": {\"places\": [\"v\"], \"error\": 0, \"every\": \"30m\", \"delay\": 0}}").load();
    }

    // --- everything at once ----------------------------------------------------------------------------

    private static final String FULL_DRILL = """
            {"targets": {"pack": "xinyang", "reliefHours": 6},
             "places": [{"id": "underpass", "name": {"zh": "下穿隧道", "en": "underpass"}, "cells": [8, 6, 5, 4]},
                        {"id": "village", "name": "village", "cells": [0, 0, 4, 3]}],
             "injects": [
               {"id": "start", "at": 0, "message": "heavy rain", "audience": ["commander"], "channel": "phone",
                "effect": {"type": "rain", "mmPerHour": 60, "duration": "2h"},
                "expect": [{"order": "warn", "target": "village", "within": "30m"}]},
               {"id": "deep", "when": {"type": "water-depth", "at": "underpass", "above": 0.5},
                "message": {"zh": "隧道积水", "en": "underpass flooded"},
                "effect": {"type": "road-collapse", "area": "underpass"},
                "expect": [{"order": "close-road", "target": "underpass", "within": "15m"},
                           {"order": "dispatch-team", "within": "1h"}]},
               {"id": "dam-fails", "after": "start", "delay": "1h", "message": "the dam gives way",
                "effect": {"type": "breach", "levee": "dam"}},
               {"id": "dyke-fails", "after": "dam-fails", "when": {"type": "rain-rate", "above": 40},
                "message": "the dyke gives way", "effect": {"type": "breach", "levee": "dyke", "to": 100.5, "over": "10m"}},
               {"id": "blackout", "when": {"type": "people-trapped", "atLeast": 10, "area": "village"},
                "message": "power cut", "effect": {"type": "outage", "kind": "power", "area": {"cells": [0, 0, 19, 9]},
                "duration": "3h"}},
               {"id": "net-down", "when": {"type": "people-trapped", "atLeast": 1}, "message": "no network",
                "effect": {"type": "outage", "kind": "network", "area": "s1"}},
               {"id": "road-cut", "at": "2h", "message": "road cut", "effect": {"type": "outage", "kind": "road",
                "area": {"cells": [9, 9, 7, 7]}}},
               {"id": "low-tents", "when": {"type": "depot-stock", "depot": "d1", "item": "tents", "belowPercent": 50},
                "message": "tents running out", "expect": [{"order": "call-reserve", "target": "d1", "within": "2h"}]},
               {"id": "low-stock", "when": {"type": "depot-stock", "depot": "d1", "belowPercent": 100},
                "message": "stock falling"},
               {"id": "first-death", "when": {"type": "deaths", "atLeast": 1}, "message": "a death"},
               {"id": "full", "when": {"type": "shelter-occupancy", "shelter": "s1", "abovePercent": 90},
                "message": "shelter full", "effect": {"type": "shelter-lost", "shelter": "s1"},
                "expect": [{"order": "open-shelter", "within": "1h"}]}],
             "objectives": [
               {"id": "warn-all", "name": {"zh": "预警", "en": "warning"}, "capabilities": ["public-warning"],
                "criteria": [{"type": "kpi", "kpi": "warning-coverage"}, {"type": "actions", "injects": ["start", "deep"]}]},
               {"id": "care", "name": "mass care", "capabilities": ["mass-care"],
                "criteria": [{"type": "kpi", "kpi": "relief-within-target", "atLeast": 90},
                             {"type": "kpi", "kpi": "deaths-per-million"},
                             {"type": "kpi", "kpi": "affected-per-100k"},
                             {"type": "kpi", "kpi": "evacuated-share", "atLeast": 80},
                             {"type": "kpi", "kpi": "trapped-at-end", "atMost": 0},
                             {"type": "actions", "injects": ["full", "low-tents"]},
                             {"type": "observer", "guide": {"en": "were shelters opened in time?"}}]}],
             "sensors": [{"id": "gauge-1", "type": "rain-gauge", "name": "gauge", "cell": [2, 2], "every": "10m",
                          "latency": 0, "audience": ["commander"]},
                         {"id": "hydro-1", "type": "hydro-station", "cell": [19, 9]}],
             "informants": {"places": ["village", "underpass"], "every": "1h", "delay": "30m", "error": 0.25,
                            "audience": ["commander"]}}
            """;

    @Test
    void aDrillWithEveryFeatureLoadsWithoutViolations() throws Exception {
        Scenario s = flooded().set("drill", FULL_DRILL).load().scenario();
        Drill d = s.drillOrEmpty();
        assertEquals(11, d.injectsOrEmpty().size());
        assertEquals(2, d.objectivesOrEmpty().size());
        assertEquals(2, d.sensorsOrEmpty().size());
        assertEquals(List.of("village", "underpass"), d.informants().placesOrEmpty());
        assertEquals(new Targets("xinyang", 6.0, 95.0, 1.0, 15_000.0), s.targetsOrNone());

        Inject deep = d.inject("deep").orElseThrow();
        Condition.WaterDepth depth = assertInstanceOf(Condition.WaterDepth.class, deep.when());
        assertEquals(AreaRef.place("underpass"), depth.at());
        assertEquals(List.of(5, 4, 8, 6), Arrays.stream(Areas.resolve(depth.at(), s).orElseThrow()).boxed().toList());
        assertEquals("when water-depth", deep.triggerText());
        assertEquals("after dam-fails when rain-rate", d.inject("dyke-fails").orElseThrow().triggerText());
        assertEquals(3600, d.inject("dam-fails").orElseThrow().delaySeconds());
        assertEquals(new Effect.Breach("dam", null, null), d.inject("dam-fails").orElseThrow().effect());
        assertInstanceOf(Criterion.Observer.class, d.objectivesOrEmpty().get(1).criteriaOrEmpty().get(6));
    }
}
