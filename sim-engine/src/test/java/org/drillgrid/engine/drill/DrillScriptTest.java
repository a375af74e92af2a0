package org.drillgrid.engine.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.hazard.flood.FloodHazard;
import org.drillgrid.engine.hazard.flood.FloodView;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.engine.people.Outages;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.PeopleTrapped;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drill script against ground truth computed here, tick by tick: conditions fire an inject at the
 * first tick end they hold and never again, chained injects wait their delay, effects change the world,
 * and a controller can fire a scripted inject early (once) or deliver one of their own.
 */
class DrillScriptTest {

    private static final int COLS = 20;
    private static final long FOUR_HOURS = 4 * 3600;
    /** The hollow of the test town: cells [9, 4] to [11, 6]; the inject watches for more than 0.5 m there. */
    private static final int[] HOLLOW = {9, 4, 11, 6};
    private static final double HOLLOW_MARK = 0.5;

    @TempDir
    Path dir;

    static LoadedScenario drillTown() {
        try {
            return ScenarioLoader.load(ScenarioSource.file(
                    Path.of(DrillScriptTest.class.getResource("/drill/scenario.json").toURI())));
        } catch (Exception e) {
            throw new IllegalStateException("test scenario drill/ does not load", e);
        }
    }

    private static int cell(int col, int row) {
        return row * COLS + col;
    }

    private static double deepestIn(double[] depths, int[] area) {
        double max = 0;
        for (int r = area[1]; r <= area[3]; r++) {
            for (int c = area[0]; c <= area[2]; c++) {
                max = Math.max(max, depths[cell(c, r)]);
            }
        }
        return max;
    }

    private static List<InjectFired> fired(List<SimEvent> events, String inject) {
        return events.stream().filter(e -> e instanceof InjectFired f && f.inject().equals(inject))
                .map(InjectFired.class::cast).toList();
    }

    private static <T extends SimEvent> List<T> all(List<SimEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Steps the run until its clock reaches {@code t} (a tick end). */
    private static void stepTo(SimulationRun run, long t) {
        while (run.now() < t && run.step()) {
            // next tick
        }
    }

    @Test
    void aWaterDepthInjectFiresAtTheFirstTickEndTheWaterIsAboveItsMarkAndOnlyOnce() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        long firstAbove = -1;
        int ticksAboveAfterwards = 0;
        try (SimulationRun run = SimulationRun.start(drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            FloodView flood = run.flood().orElseThrow();
            while (!run.isFinished()) {
                run.step();
                boolean above = deepestIn(flood.depths(), HOLLOW) > HOLLOW_MARK;
                if (firstAbove < 0 && above) {
                    firstAbove = run.now();
                } else if (above) {
                    ticksAboveAfterwards++;
                }
                if (firstAbove < 0) {
                    assertTrue(fired(events, "water-in-hollow").isEmpty(), "fired before the water was there, at "
                            + run.now());
                }
            }
        }
        assertTrue(firstAbove > 0, "the rain fills the hollow above the mark");
        assertTrue(ticksAboveAfterwards > 10, "the condition goes on holding, so firing once is not an accident");
        List<InjectFired> shots = fired(events, "water-in-hollow");
        assertEquals(1, shots.size(), "fires once only");
        assertEquals(firstAbove, shots.get(0).t());
        assertEquals("when water-depth", shots.get(0).trigger());
        assertEquals(List.of("dispatch"), shots.get(0).audience());
    }

    @Test
    void anAfterInjectFiresItsDelayAfterTheOtherStampedWithinTheTick() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            while (run.step()) {
                // to the end
            }
        }
        long parent = fired(events, "water-in-hollow").get(0).t();
        List<InjectFired> child = fired(events, "follow-up");
        assertEquals(1, child.size());
        assertEquals(parent + 90, child.get(0).t(), "90 s after its parent, inside the tick after it");
        assertNotEquals(0, child.get(0).t() % 60, "stamped with its own time, not a tick boundary");
        assertEquals("after water-in-hollow", child.get(0).trigger());
    }

    /** The drill town with two more injects, in the given document order, to test chained conditions. */
    private LoadedScenario drillTownWith(String name, String... injects) throws Exception {
        Path src = Path.of(DrillScriptTest.class.getResource("/drill/scenario.json").toURI()).getParent();
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.copy(src.resolve("dem.asc"), folder.resolve("dem.asc"));
        Files.copy(src.resolve("roads.asc"), folder.resolve("roads.asc"));
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(src.resolve("scenario.json").toFile());
        com.fasterxml.jackson.databind.node.ArrayNode list =
                (com.fasterxml.jackson.databind.node.ArrayNode) doc.get("drill").get("injects");
        for (String inj : injects) {
            list.add(Json.mapper().readTree(inj));
        }
        Files.writeString(folder.resolve("scenario.json"), Json.mapper().writeValueAsString(doc));
        return ScenarioLoader.load(ScenarioSource.file(folder.resolve("scenario.json")));
    }

    private static final String DEEP = """
            {"id": "deep", "when": {"type": "water-depth", "at": "hollow", "above": 0.5}, "message": "deep"}""";
    private static final String WET_AFTER_DEEP = """
            {"id": "wet", "after": "deep", "when": {"type": "water-depth", "at": "hollow", "above": 0.1},
             "message": "wet, and it was deep before"}""";

    /**
     * An {@code after} inject with a condition that already holds when its parent fires fires at the same tick
     * end, whichever of the two the document lists first (the condition is watched from the parent's time).
     */
    @Test
    void aChainedConditionAlreadyTrueFiresWithItsParentWhateverTheDocumentOrder() throws Exception {
        for (boolean childFirst : new boolean[] {false, true}) {
            LoadedScenario loaded = childFirst ? drillTownWith("child-first", WET_AFTER_DEEP, DEEP)
                    : drillTownWith("parent-first", DEEP, WET_AFTER_DEEP);
            List<SimEvent> events = new ArrayList<>();
            try (SimulationRun run = SimulationRun.start(loaded, 1, FOUR_HOURS, null)) {
                run.subscribe(events::add);
                while (run.step()) {
                    // to the end
                }
            }
            long parent = fired(events, "deep").get(0).t();
            assertEquals(parent, fired(events, "wet").get(0).t(), (childFirst ? "child" : "parent")
                    + " listed first: the water was above 0.1 m when it passed 0.5 m");
        }
    }

    @Test
    void aPeopleTrappedInjectFiresWhenTheTrappedCountFirstReachesItsThreshold() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        long firstReached = -1;
        long trappedSoFar = 0;
        try (SimulationRun run = SimulationRun.start(drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            int seen = 0;
            while (!run.isFinished()) {
                run.step();
                for (; seen < events.size(); seen++) {
                    if (events.get(seen) instanceof PeopleTrapped p) {
                        trappedSoFar += p.persons();
                    }
                }
                if (firstReached < 0) {
                    assertEquals(trappedSoFar, run.response().trappedIn(null),
                            "before anyone is released, the trapped now are all those ever trapped (t=" + run.now() + ")");
                    if (trappedSoFar >= 5) {
                        firstReached = run.now();
                    } else {
                        assertTrue(fired(events, "trapped-report").isEmpty(), "fired with " + trappedSoFar + " trapped");
                    }
                }
            }
        }
        assertTrue(firstReached > 0, "the flood traps people in the hollow");
        List<InjectFired> shots = fired(events, "trapped-report");
        assertEquals(1, shots.size());
        assertEquals(firstReached, shots.get(0).t());
        assertEquals("when people-trapped", shots.get(0).trigger());
    }

    @Test
    void aDepotStockInjectFiresAtTheEndOfTheTickTheStockFellBelowItsMark() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            stepTo(run, 600);
            assertEquals(100.0, run.response().depotStockPercent("depot", "food-rations"), 1e-9);
            // 200 first: 60 % left, above the 50 % mark; then 100 more: 40 % left
            run.submit(new Order.DispatchMaterials(null, "logistics", "depot", "hill-school",
                    Map.of("food-rations", 200L)));
            stepTo(run, 1200);
            assertEquals(60.0, run.response().depotStockPercent("depot", "food-rations"), 1e-9);
            assertTrue(fired(events, "stock-low").isEmpty(), "60 % is not below 50 %");
            run.submit(new Order.DispatchMaterials(null, "logistics", "depot", "hill-school",
                    Map.of("food-rations", 100L)));
            run.step();
            assertEquals(40.0, run.response().depotStockPercent("depot", "food-rations"), 1e-9);
        }
        List<InjectFired> shots = fired(events, "stock-low");
        assertEquals(1, shots.size());
        assertEquals(1260, shots.get(0).t(), "the end of the tick [1200, 1260) the second load left in");
    }

    @Test
    void effectsChangeTheWorldWhenTheirInjectFires() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        int east = cell(17, 1);
        int westOfEast = cell(14, 1);
        try (SimulationRun run = SimulationRun.start(drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            Outages outages = run.response().outages();
            FloodHazard flood = (FloodHazard) run.flood().orElseThrow();

            stepTo(run, 1500);
            assertFalse(outages.out(Outages.Kind.POWER, east, 1499), "no outage before the inject");
            run.step(); // [1500, 1560): power-cut fires
            assertTrue(outages.out(Outages.Kind.POWER, east, 1500));
            assertTrue(outages.out(Outages.Kind.POWER, east, 2699));
            assertFalse(outages.out(Outages.Kind.POWER, westOfEast, 1500), "only inside the east block");
            assertFalse(outages.out(Outages.Kind.POWER, east, 2700), "for 20 min only");
            assertFalse(outages.out(Outages.Kind.NETWORK, east, 1500), "power, not network");
            List<OutageChanged> changes = all(events, OutageChanged.class);
            assertEquals(1, changes.size());
            assertEquals(new OutageChanged(1560, "power", List.of(15, 0, 19, 3), true), changes.get(0));
            assertTrue(all(events, CommandGiven.class).stream().anyMatch(c -> c.lever().equals("outage")
                    && c.by().equals("inject:power-cut") && c.accepted()));

            stepTo(run, 2400);
            for (int c = 2; c <= 4; c++) {
                assertFalse(run.response().mobility().blocked(cell(c, 5)), "road open before the collapse");
            }
            run.step(); // [2400, 2460): road-gone fires
            for (int c = 2; c <= 4; c++) {
                assertTrue(run.response().mobility().blocked(cell(c, 5)), "collapsed road at [" + c + ", 5]");
            }
            assertFalse(run.response().mobility().blocked(cell(5, 5)), "outside the collapse");
            assertFalse(run.response().mobility().blocked(cell(1, 5)), "outside the collapse");

            stepTo(run, 10800);
            assertEquals(new OutageChanged(2760, "power", List.of(15, 0, 19, 3), false),
                    all(events, OutageChanged.class).stream().filter(o -> o.kind().equals("power")).toList().get(1),
                    "the power comes back in the tick holding 2700 s");
            double before = flood.rainNow(10900);
            assertEquals(0, flood.rainNow(10800), "the storm has passed by 3 h");
            run.step(); // [10800, 10860): cloudburst fires
            assertEquals(before + 50, flood.rainNow(10900), 1e-9, "50 mm/h more during the burst");
            assertEquals(50, flood.rainNow(10800), 1e-9, "from the inject's time");
            assertEquals(50, flood.rainNow(11399), 1e-9, "to the end of its 10 minutes");
            assertEquals(0, flood.rainNow(11400), 1e-9, "and no longer");
            assertEquals(0, flood.rainNow(10799), 1e-9, "not before");

            stepTo(run, 12600);
            assertTrue(shelter(run.kpis(), "hill-school").open());
            run.step(); // [12600, 12660): school-lost fires
            assertFalse(shelter(run.kpis(), "hill-school").open());
        }
        List<ShelterStatus> lost = all(events, ShelterStatus.class).stream()
                .filter(s -> s.shelter().equals("hill-school")).toList();
        assertEquals(1, lost.size(), lost.toString());
        assertEquals("lost", lost.get(0).reason());
        assertFalse(lost.get(0).open());
        assertEquals(12660, lost.get(0).t(), "stamped with the end of the tick, as shelters report");
    }

    private static Kpis.ShelterFigures shelter(Kpis kpis, String id) {
        return kpis.shelters().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** The levee fixture with an inject that breaks the dam at 10 min, 50 min before its scripted breach. */
    private LoadedScenario leveeWithEarlyBreach(boolean withInject) throws Exception {
        Path src = Path.of(DrillScriptTest.class.getResource("/levee/scenario.json").toURI()).getParent();
        Path folder = Files.createDirectories(dir.resolve(withInject ? "levee-inject" : "levee-plain"));
        Files.copy(src.resolve("dem.asc"), folder.resolve("dem.asc"));
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(src.resolve("scenario.json").toFile());
        if (withInject) {
            doc.set("drill", Json.mapper().readTree("""
                    {"injects": [{"id": "dam-breaks", "at": "10m", "message": "The dam is giving way",
                      "effect": {"type": "breach", "levee": "dam"}}]}"""));
        }
        Files.writeString(folder.resolve("scenario.json"), Json.mapper().writeValueAsString(doc));
        return ScenarioLoader.load(ScenarioSource.file(folder.resolve("scenario.json")));
    }

    private double depthBeyondTheDamAt(LoadedScenario loaded, long t, List<SimEvent> events) throws Exception {
        try (SimulationRun run = SimulationRun.start(loaded, 1, 3 * 3600, null)) {
            run.subscribe(events::add);
            stepTo(run, t);
            return run.flood().orElseThrow().depths()[5 * 30 + 20];
        }
    }

    @Test
    void aBreachEffectBreaksTheDamAtOnceAndTheWaterCrossesBeforeTheScriptedBreach() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        double withInject = depthBeyondTheDamAt(leveeWithEarlyBreach(true), 3000, events);
        double without = depthBeyondTheDamAt(leveeWithEarlyBreach(false), 3000, new ArrayList<>());
        assertEquals(0, without, "the dam holds until its scripted breach at 1 h");
        assertTrue(withInject > 0.01, "the crest came down at 10 min and the wave crossed: " + withInject);
        List<LeveeBreached> breaches = all(events, LeveeBreached.class);
        assertEquals(1, breaches.size(), "the scripted breach at 1 h lies beyond 50 min");
        assertEquals(new LeveeBreached(660, "dam", 2, 95.0), breaches.get(0),
                "reported at the end of the inject's tick, down to the scripted bottom, over the scripted cells");
        assertTrue(all(events, CommandGiven.class).stream().anyMatch(c -> c.lever().equals("breach")
                && c.target().equals("dam") && c.by().equals("inject:dam-breaks") && c.accepted()));
    }

    @Test
    void aControllerFiresAScriptedInjectEarlyOnceAndDeliversAnAdHocOne() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            stepTo(run, 600);
            ControllerAction stamped = run.submit(new ControllerAction.FireInject(null, "controller", "spare"));
            assertEquals(600L, stamped.t(), "stamped with the start of the next tick");
            assertEquals(-1, run.script().firedAt("spare"));
            run.step();
            assertEquals(600, run.script().firedAt("spare"));
            run.submit(new ControllerAction.FireInject(null, "controller", "spare"));
            run.submit(new ControllerAction.AdHocInject(null, null, new Inject("radio-call", null, null, null, null,
                    List.of("rescue"), "radio", LocalizedText.of("A caller reports a car in the underpass"), null, null)));
            run.step();
            while (run.step()) {
                // past the inject's own time, 3h55m
            }
        }
        List<InjectFired> spare = fired(events, "spare");
        assertEquals(1, spare.size(), "not again at its scripted time");
        assertEquals(600, spare.get(0).t());
        assertEquals("controller", spare.get(0).trigger());
        List<CommandGiven> fires = all(events, CommandGiven.class).stream()
                .filter(c -> c.lever().equals("fire-inject")).toList();
        assertEquals(2, fires.size());
        assertTrue(fires.get(0).accepted());
        assertEquals("controller", fires.get(0).by());
        assertFalse(fires.get(1).accepted());
        assertEquals("inject 'spare' already fired at t=600 s", fires.get(1).reason());
        assertEquals(660, fires.get(1).t());
        List<InjectFired> adHoc = fired(events, "radio-call");
        assertEquals(1, adHoc.size());
        assertEquals(660, adHoc.get(0).t());
        assertEquals("controller", adHoc.get(0).trigger());
        assertEquals("radio", adHoc.get(0).channel());
        assertEquals(List.of("rescue"), adHoc.get(0).audience());
    }

    @Test
    void aControllerCannotFireAnInjectTheScriptDoesNotHave() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            run.submit(new ControllerAction.FireInject(null, null, "no-such"));
            run.step();
            assertEquals(9, run.script().remaining(), "nothing fired");
        }
        CommandGiven c = all(events, CommandGiven.class).get(0);
        assertEquals(new CommandGiven(0, "fire-inject", "no-such", null, "controller", false,
                "no inject 'no-such' in the script", org.drillgrid.model.order.Refusal.of(
                        org.drillgrid.model.order.Refusal.NO_INJECT, "no-such")), c);
    }
}
