package org.drillgrid.engine.drill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.engine.response.Response;
import org.drillgrid.model.drill.AreaRef;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.WarningIssued;
import org.drillgrid.model.order.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders through the desk: a refused order changes nothing and says why, naming the field or the state
 * in the way; accepted orders of every type are logged in sequence with their lever's command event; the
 * same inputs give the same log whether scripted or given live.
 */
class OrderDeskTest {

    private static final long FOUR_HOURS = 4 * 3600;
    private static final int COLS = 20;
    private static final int ROWS = 10;
    private static final List<String> TEAMS = List.of("boats", "pumps", "army", "comms");
    private static final List<String> SHELTERS = List.of("hollow-school", "hill-school", "hall");

    @TempDir
    Path dir;

    /** What a refused order could have touched, read through the run's own accessors. */
    private record Fingerprint(List<String> teamsBusy, List<Double> depotStock, List<String> shelters, int level,
            String roadsClosed, String stops, long warnings) {
    }

    private static Fingerprint fingerprint(SimulationRun run, List<SimEvent> events) {
        Response r = run.response();
        List<String> busy = TEAMS.stream().map(t -> t + ":" + r.teamBusyWith(t)).toList();
        List<Double> stock = new ArrayList<>();
        for (String item : new String[] {"food-rations", "water-bottles", null}) {
            stock.add(r.depotStockPercent("depot", item));
        }
        List<String> shelters = run.kpis().shelters().stream()
                .map(s -> s.id() + (s.open() ? " open " : " closed ") + s.occupants()).toList();
        StringBuilder roads = new StringBuilder();
        StringBuilder stops = new StringBuilder();
        for (int i = 0; i < COLS * ROWS; i++) {
            roads.append(r.mobility().closedByOrder(i) ? 'x' : '.');
            stops.append(r.stopsAt(i) ? 's' : '.');
        }
        long warnings = events.stream().filter(e -> e instanceof WarningIssued).count();
        return new Fingerprint(busy, stock, shelters, r.responseLevel(), roads.toString(), stops.toString(), warnings);
    }

    private static void stepTo(SimulationRun run, long t) {
        while (run.now() < t && run.step()) {
            // next tick
        }
    }

    private static <T extends SimEvent> List<T> all(List<SimEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Runs to 10 min, gives {@code setup} orders (each in a tick of its own), then the refused order: the
     * state after its tick must equal the state before, and the rejection must give {@code reason}.
     */
    private static void assertRefusedWithoutEffect(String reasonOrNull, Order bad, Order... setup) throws IOException {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            stepTo(run, 600);
            for (Order o : setup) {
                run.submit(o);
                run.step();
            }
            assertTrue(all(events, OrderRejected.class).isEmpty(), "the setup orders are accepted: " + events);
            Fingerprint before = fingerprint(run, events);
            String reason = reasonOrNull != null ? reasonOrNull
                    : "team 'pumps' is busy (" + run.response().teamBusyWith("pumps")
                            + "); give replace: true to re-task it";
            run.submit(bad);
            run.step();
            assertEquals(before, fingerprint(run, events), "a refused order changes nothing");
            List<OrderRejected> rejected = all(events, OrderRejected.class);
            assertEquals(1, rejected.size());
            OrderRejected r = rejected.get(0);
            assertEquals(reason, r.reason());
            assertEquals(run.now(), r.t(), "stamped with the end of its tick");
            assertEquals(setup.length + 1, r.seq());
            assertEquals(bad.role(), r.role());
            assertEquals(bad.typeName(), r.order().typeName());
        }
    }

    @Test
    void anUnknownTeamIsRefused() throws IOException {
        assertRefusedWithoutEffect("no team 'ghost'",
                new Order.DispatchTeam(null, "rescue", "ghost", "rescue", AreaRef.place("hollow"), null, null, null));
    }

    @Test
    void aBusyTeamIsNotReTaskedWithoutReplace() throws IOException {
        // pumping lasts, so the team is still busy a tick later whatever the order does
        Order first = new Order.DispatchTeam(null, "flood-fighting", "pumps", "pump", AreaRef.place("hollow"), null, null,
                null);
        Order again = new Order.DispatchTeam(null, "flood-fighting", "pumps", "pump", AreaRef.place("west-road"), null,
                null, null);
        assertRefusedWithoutEffect(null, again, first);
    }

    @Test
    void aBusyTeamIsReTaskedWithReplace() throws IOException {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            run.submit(new Order.DispatchTeam(null, "rescue", "boats", "rescue", AreaRef.place("hollow"), null, null, null));
            run.step();
            String first = run.response().teamBusyWith("boats");
            run.submit(new Order.DispatchTeam(null, "rescue", "boats", "rescue", AreaRef.place("west-road"), null, null,
                    true));
            run.step();
            assertNotNull(first);
            assertFalse(first.equals(run.response().teamBusyWith("boats")), "re-tasked: " + first);
        }
        assertEquals(2, all(events, OrderIssued.class).size());
    }

    @Test
    void aDispatchOfMoreThanTheDepotHoldsSendsWhatItHoldsAndReportsTheShortfall() throws IOException {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            stepTo(run, 600);
            run.submit(new Order.DispatchMaterials(null, "logistics", "depot", "hill-school",
                    Map.of("food-rations", 600L, "water-bottles", 100L)));
            run.step();
            assertEquals(List.of(), all(events, OrderRejected.class), "a short item does not sink the order");
            assertEquals(1, all(events, OrderIssued.class).size());
            List<MaterialsMoved> sent = all(events, MaterialsMoved.class).stream()
                    .filter(m -> m.status().equals("dispatched")).toList();
            assertEquals(1, sent.size());
            assertEquals(Map.of("food-rations", 500L, "water-bottles", 100L), sent.get(0).items(),
                    "all 500 food rations in stock and the 100 water bottles asked for");
            assertEquals(Map.of("food-rations", 100L), sent.get(0).shortfall(), "600 asked, 500 sent");
            assertEquals(0.0, run.response().depotStockPercent("depot", "food-rations"));
            assertEquals(90.0, run.response().depotStockPercent("depot", "water-bottles"));

            run.submit(new Order.DispatchMaterials(null, "logistics", "depot", "hill-school",
                    Map.of("food-rations", 10L)));
            run.step();
            List<OrderRejected> rejected = all(events, OrderRejected.class);
            assertEquals(1, rejected.size(), "nothing of it is left: refused");
            assertEquals("depot 'depot' has none of food-rations", rejected.get(0).reason());
            assertEquals(Refusal.of(Refusal.OUT_OF_STOCK, "depot", "food-rations"), rejected.get(0).refusal());
        }
    }

    @Test
    void aDispatchOfItemsTheDepotHasNoneOfIsRefused() throws IOException {
        assertRefusedWithoutEffect("depot 'depot' has none of quilts, tents",
                new Order.DispatchMaterials(null, "logistics", "depot", "hill-school", Map.of("tents", 5L,
                        "quilts", 20L)));
    }

    @Test
    void aLeveeTaskIsRefusedWhereTheScenarioHasNoLevee() throws IOException {
        assertRefusedWithoutEffect("no levee 'north-dyke': the scenario has no levee or dam",
                new Order.DispatchTeam(null, "flood-fighting", "pumps", "reinforce-levee", null, "north-dyke", null,
                        null));
        // whatever the team: the levee is missing before any team could be right for it
        assertRefusedWithoutEffect("no levee 'north-dyke': the scenario has no levee or dam",
                new Order.DispatchTeam(null, "rescue", "boats", "reinforce-levee", null, "north-dyke", null, null));
    }

    @Test
    void aFirelineTaskIsRefusedWhereTheScenarioHasNoFire() throws IOException {
        assertRefusedWithoutEffect("no fire in the scenario to cut a fireline against",
                new Order.DispatchTeam(null, "flood-fighting", "pumps", "fireline", AreaRef.place("hollow"), null, null,
                        null));
    }

    @Test
    void anEvacuationToAFullShelterIsRefusedWithTheShelterAndItsFill() throws Exception {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(townWithATinySchool(), 1, FOUR_HOURS, null)) {
            run.subscribe(events::add);
            run.submit(new Order.Evacuate(null, "evacuation", AreaRef.place("hollow"), "hill-school", null));
            while (run.step() && events.stream().noneMatch(e -> e instanceof ShelterStatus st
                    && st.shelter().equals("hill-school") && st.reason().equals("full"))) {
                // until the hill school reports itself full
            }
            assertTrue(run.now() < FOUR_HOURS, "the hill school filled up");
            long warnings = all(events, WarningIssued.class).size();
            run.submit(new Order.Evacuate(null, "evacuation", AreaRef.place("east-block"), "hill-school", null));
            run.step();
            assertEquals(warnings, all(events, WarningIssued.class).size(), "nobody was told to go");
            List<OrderRejected> rejected = all(events, OrderRejected.class);
            assertEquals(1, rejected.size(), "the first evacuation was carried out, the second refused");
            assertEquals("shelter 'hill-school' is full (2 of 2 places taken)", rejected.get(0).reason());
            assertEquals(Refusal.of(Refusal.SHELTER_FULL, "hill-school", 2, 2), rejected.get(0).refusal());
            assertTrue(all(events, CommandGiven.class).stream().anyMatch(c -> c.lever().equals("evacuate")
                    && !c.accepted() && c.reason().equals(rejected.get(0).reason())), "the lever's command says so too");
        }
    }

    /** The drill town with one person a cell (households of one) and a hill school of two places. */
    private LoadedScenario townWithATinySchool() throws Exception {
        Path src = Path.of(OrderDeskTest.class.getResource("/drill/scenario.json").toURI()).getParent();
        Path folder = Files.createDirectories(dir.resolve("tiny-school"));
        Files.copy(src.resolve("dem.asc"), folder.resolve("dem.asc"));
        Files.copy(src.resolve("roads.asc"), folder.resolve("roads.asc"));
        ObjectNode doc = (ObjectNode) Json.mapper().readTree(src.resolve("scenario.json").toFile());
        ((ObjectNode) doc.get("layers").get("population")).put("constant", 1);
        for (JsonNode shelter : doc.get("forces").get("shelters")) {
            if (shelter.get("id").asText().equals("hill-school")) {
                ((ObjectNode) shelter).put("capacity", 2);
            }
        }
        Files.writeString(folder.resolve("scenario.json"), Json.mapper().writeValueAsString(doc));
        return ScenarioLoader.load(ScenarioSource.file(folder.resolve("scenario.json")));
    }

    @Test
    void nobodyIsSentToAClosedShelter() throws IOException {
        assertRefusedWithoutEffect("shelter 'hall' is closed",
                new Order.Evacuate(null, "evacuation", AreaRef.place("hollow"), "hall", null));
    }

    @Test
    void anAreaOffTheMapIsRefused() throws IOException {
        assertRefusedWithoutEffect("area: area cells [18, 8, 25, 12] reaches outside the grid (20 x 10)",
                new Order.Warn(null, "publicity", AreaRef.cells(18, 8, 25, 12), 3, null));
    }

    @Test
    void anUnknownPlaceIsRefused() throws IOException {
        assertRefusedWithoutEffect("area: no place, shelter or depot 'nowhere'",
                new Order.CloseRoad(null, "traffic", AreaRef.place("nowhere"), null));
    }

    @Test
    void anOrderWithoutARoleIsRefused() throws IOException {
        assertRefusedWithoutEffect("role: required: the position giving the order",
                new Order.OpenShelter(null, null, "hall"));
    }

    @Test
    void aResponseLevelThatDoesNotExistIsRefused() throws IOException {
        assertRefusedWithoutEffect("level: 'V' is not IV, III, II, I or none",
                new Order.SetResponseLevel(null, "commander", "V"));
    }

    @Test
    void reinforcementsAreNotRequestedBelowLevelTwo() throws IOException {
        assertRefusedWithoutEffect("reserve teams are requested in a level II or I response; the response is not activated",
                new Order.RequestReinforcement(null, "commander", "army"));
        assertRefusedWithoutEffect("reserve teams are requested in a level II or I response; the response is at level III",
                new Order.RequestReinforcement(null, "commander", "army"),
                new Order.SetResponseLevel(null, "commander", "III"));
    }

    /** One accepted order of every type, a minute apart, each with the lever its command event names. */
    private static List<Order> everyType() {
        return List.of(
                new Order.SetResponseLevel(60L, "commander", "II"),
                new Order.RequestReinforcement(120L, "commander", "army"),
                new Order.Warn(180L, "publicity", AreaRef.place("hollow"), 3, List.of("cell-broadcast", "tv-radio")),
                new Order.OpenShelter(240L, "mass-care", "hall"),
                new Order.Evacuate(300L, "evacuation", AreaRef.place("hollow"), "hall", null),
                new Order.CloseRoad(360L, "traffic", AreaRef.place("west-road"), null),
                new Order.DispatchTeam(420L, "rescue", "boats", "rescue", AreaRef.place("hollow"), null, null, null),
                new Order.DispatchMaterials(480L, "logistics", "depot", "hill-school", Map.of("water-bottles", 100L)),
                new Order.CallReserve(540L, "logistics", "depot", null),
                new Order.FiveStops(600L, "commander", AreaRef.place("east-block"), null, null),
                new Order.RestoreComms(660L, "comms-officer", "comms", AreaRef.place("east-block")),
                new Order.CloseShelter(720L, "mass-care", "hall"),
                new Order.DispatchTeam(780L, "flood-fighting", "pumps", "pump", AreaRef.place("hollow"), null, null, null));
    }

    private static final List<String> LEVERS = List.of("set-response-level", "request-reinforcement", "warn",
            "open-shelter", "evacuate", "close-road", "dispatch-team", "dispatch-materials", "call-reserve", "five-stops",
            "dispatch-team", "close-shelter", "dispatch-team");

    @Test
    void acceptedOrdersOfEveryTypeAreIssuedInSequenceWithTheirLeversCommand() throws IOException {
        List<Order> orders = everyType();
        assertEquals(Order.TYPES.size(), orders.stream().map(Order::typeName).distinct().count(), "every type");
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 1, 3600, null, Policy.NONE, orders)) {
            run.subscribe(events::add);
            while (run.step()) {
                // through the orders
            }
        }
        assertEquals(List.of(), all(events, OrderRejected.class));
        List<OrderIssued> issued = all(events, OrderIssued.class);
        assertEquals(orders.size(), issued.size());
        for (int k = 0; k < orders.size(); k++) {
            OrderIssued o = issued.get(k);
            Order given = orders.get(k);
            assertEquals(k + 1, o.seq());
            assertEquals(given, o.order());
            assertEquals(given.t() + 60, o.t(), "stamped with the end of the tick it was applied in");
            String lever = LEVERS.get(k);
            long t = o.t();
            assertTrue(all(events, CommandGiven.class).stream().anyMatch(c -> c.t() == t && c.lever().equals(lever)
                    && c.by().equals(given.role()) && c.accepted()), "command " + lever + " by " + given.role());
        }
    }

    @Test
    void fiveStopsHoldInsideTheirAreaOnlyAndLiftingClearsThem() throws IOException {
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 1, FOUR_HOURS, null)) {
            run.submit(new Order.FiveStops(null, "commander", AreaRef.place("east-block"), List.of("classes"), null));
            run.step();
            Response r = run.response();
            for (int row = 0; row < ROWS; row++) {
                for (int col = 0; col < COLS; col++) {
                    boolean inside = col >= 15 && row <= 3;
                    assertEquals(inside, r.stopsAt(row * COLS + col), "[" + col + ", " + row + "]");
                }
            }
            run.submit(new Order.FiveStops(null, "commander", AreaRef.place("east-block"), List.of("classes"), true));
            run.step();
            for (int i = 0; i < COLS * ROWS; i++) {
                assertFalse(r.stopsAt(i), "lifted at cell " + i);
            }
        }
    }

    private Path runWithScriptedOrders(String name, List<Order> orders) throws IOException {
        Path log = dir.resolve(name + ".jsonl");
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 5, 7200, log, Policy.NONE, orders)) {
            while (run.step()) {
                // full speed
            }
        }
        return log;
    }

    @Test
    void theSameInputsGiveAByteIdenticalLog() throws IOException {
        byte[] a = Files.readAllBytes(runWithScriptedOrders("a", everyType()));
        byte[] b = Files.readAllBytes(runWithScriptedOrders("b", everyType()));
        assertTrue(new String(a, java.nio.charset.StandardCharsets.UTF_8).contains("\"order-issued\""));
        assertArrayEquals(a, b);
    }

    @Test
    void anOrderGivenLiveLogsLikeTheSameOrderScriptedAtItsTime() throws IOException {
        List<Order> scripted = everyType();
        byte[] expected = Files.readAllBytes(runWithScriptedOrders("scripted", scripted));
        Path log = dir.resolve("live.jsonl");
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 5, 7200, log)) {
            for (Order o : scripted) {
                stepTo(run, o.t());
                Order stamped = run.submit(o.at(-1));
                assertEquals(o.t(), stamped.t(), "stamped with the start of the next tick");
            }
            while (run.step()) {
                // full speed
            }
        }
        assertArrayEquals(expected, Files.readAllBytes(log));
    }
}
