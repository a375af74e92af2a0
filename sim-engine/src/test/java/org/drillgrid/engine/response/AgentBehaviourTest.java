package org.drillgrid.engine.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.drillgrid.engine.people.Area;
import org.drillgrid.engine.people.Channel;
import org.drillgrid.engine.people.Outages;
import org.drillgrid.engine.people.Population;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.PeopleRelieved;
import org.drillgrid.model.event.PeopleWarned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The behaviours the issue names, each on a world small enough to reason about by hand. */
class AgentBehaviourTest {

    @TempDir
    Path dir;

    /** A 10 x 4 farming village, 3 people a cell, a shelter in the east. */
    private AgentWorld village(long seed) {
        String json = """
                {"id": "village", "grid": {"cols": 10, "rows": 4, "cellSize": 100}, "duration": "12h",
                 "timeStep": "1m",
                 "layers": {"elevation": {"constant": 50}, "landUse": {"constant": 5},
                            "population": {"constant": 3}},
                 "forces": {"shelters": [{"id": "hall", "kind": "school", "cell": [9, 0], "capacity": 500}]}}
                """;
        return new AgentWorld(dir, json, Map.of(), Policy.NONE, seed);
    }

    @Test
    void loudspeakerDoesNotWarnAHouseholdWherePowerIsOut() {
        AgentWorld w = village(3);
        Response r = w.response;
        Area west = new Area(0, 0, 4, 3);
        assertTrue(r.outage(Outages.Kind.POWER, west, Double.POSITIVE_INFINITY, 0).accepted());
        assertTrue(r.warn(Area.all(10, 4), 3, EnumSet.of(Channel.LOUDSPEAKER), 0).accepted());
        w.runUntil(3600);
        Population p = r.people().population();
        int westWarned = 0;
        int eastWarned = 0;
        int east = 0;
        for (int h = 0; h < p.count(); h++) {
            boolean inWest = west.contains(p.home(h), 10);
            boolean warned = !Double.isNaN(p.warnedAt(h));
            westWarned += inWest && warned ? 1 : 0;
            eastWarned += !inWest && warned ? 1 : 0;
            east += inWest ? 0 : 1;
        }
        assertEquals(0, westWarned, "no loudspeaker works without power");
        // loudspeakers reach 85 % of rural households where they work
        assertTrue(eastWarned > east * 0.6, eastWarned + " of " + east + " warned in the east");
        for (PeopleWarned e : w.events(PeopleWarned.class)) {
            assertEquals(Set.of("loudspeaker"), e.channels().keySet());
            for (int h : e.households()) {
                assertFalse(west.contains(p.home(h), 10), "household " + h + " in the outage was warned");
            }
        }
    }

    @Test
    void cellBroadcastStillWarnsWherePowerIsOutButNotWhereTheNetworkIs() {
        AgentWorld w = village(4);
        Response r = w.response;
        r.outage(Outages.Kind.POWER, new Area(0, 0, 4, 3), Double.POSITIVE_INFINITY, 0);
        r.outage(Outages.Kind.NETWORK, new Area(5, 0, 9, 3), Double.POSITIVE_INFINITY, 0);
        r.warn(Area.all(10, 4), 4, EnumSet.of(Channel.CELL_BROADCAST), 0);
        w.runUntil(3600);
        Population p = r.people().population();
        int westWarned = 0;
        for (int h = 0; h < p.count(); h++) {
            boolean warned = !Double.isNaN(p.warnedAt(h));
            if (p.home(h) % 10 >= 5) {
                assertFalse(warned, "network is out in the east");
            } else {
                westWarned += warned ? 1 : 0;
            }
        }
        assertTrue(westWarned > 0);
    }

    @Test
    void leversRefuseImpossibleOrdersWithTheReason() {
        AgentWorld w = village(5);
        Response r = w.response;
        Result bad = r.warn(new Area(0, 0, 12, 3), 2, EnumSet.of(Channel.TV_RADIO), 0);
        assertFalse(bad.accepted());
        assertTrue(bad.reason().contains("not inside the grid"), bad.reason());
        assertTrue(r.warn(Area.all(10, 4), 7, EnumSet.of(Channel.TV_RADIO), 0).reason().contains("level"));
        assertTrue(r.evacuate(Area.all(10, 4), "nowhere", EnumSet.of(Channel.TV_RADIO), 0).reason()
                .contains("no shelter 'nowhere'"));
        assertTrue(r.dispatchTeam("ghost", Task.pump(3), 0).reason().contains("no team 'ghost'"));
        assertTrue(r.closeRoad(40, 1, true).reason().contains("outside the grid"));
        assertTrue(r.dispatchTeam("ghost", Task.rescue(new Area(8, 2, 11, 5), 10), 0).reason()
                .contains("not inside the grid"));
        assertTrue(r.dispatchTeam("ghost", Task.evacuate(new Area(0, 0, 1, 1), "nowhere", 10), 0).reason()
                .contains("no shelter 'nowhere'"));
        assertTrue(r.dispatchMaterials("ghost", "hall", Map.of("food-rations", 1L), 0).reason()
                .contains("no depot 'ghost'"));
        assertEquals(8, w.events(CommandGiven.class).stream().filter(c -> !c.accepted()).count(),
                "every refused lever is logged");
        assertTrue(r.people().population().count() > 0);
        for (int h = 0; h < r.people().population().count(); h++) {
            assertTrue(Double.isNaN(r.people().population().warnedAt(h)), "a refused warning warns nobody");
        }
    }

    /** One road east from a flooded home to a stocked shelter, cells of 100 m, and a boat team at the home. */
    private AgentWorld oneRoad(String shelterStock, String depot) {
        String json = """
                {"id": "one-road", "grid": {"cols": 12, "rows": 1, "cellSize": 100}, "duration": "6h",
                 "timeStep": "1m",
                 "layers": {"elevation": {"constant": 50}, "landUse": {"constant": 3},
                            "population": {"file": "population.asc"}, "roads": {"constant": 1}},
                 "forces": {
                   "teams": [{"id": "boats", "level": "city", "size": 20, "skills": ["water-rescue"],
                              "base": [0, 0]}],
                   "depots": [%s],
                   "shelters": [{"id": "gym", "kind": "stadium", "cell": [10, 0], "capacity": 100,
                                 "stock": %s}]},
                 "drill": {"targets": {"reliefHours": 8, "warningCoverage": 95}}}
                """.formatted(depot, shelterStock);
        return new AgentWorld(dir, json, Map.of("population.asc", AgentWorld.asc(12, 1, c -> c == 0 ? 1 : 0)),
                Policy.NONE, 11);
    }

    /**
     * The scripted case: 0.6 m of water stands at the home of a one-person household from the start. The
     * five-minute look at the water finds it at t = 300 s: affected and trapped. A boat team based at the
     * home is sent at once and takes the person at 300 s. The boat goes east to the shelter 10 cells away:
     * the first step leaves 0.6 m of water for a dry arterial, 0.5 (100/4 + 100/11.11) = 17 s (boat 4 m/s
     * afloat, 0.8 x 50 km/h on its trailer); nine dry steps of 100/11.11 = 9 s follow: 98 s in all. The
     * shelter holds food and water, so relief comes on arrival: relief time 98 s.
     */
    @Test
    void reliefTimeOfTheScriptedCaseIsTheHandComputedValue() {
        AgentWorld w = oneRoad("{\"food-rations\": 10, \"water-bottles\": 10}", "");
        w.depth[0] = 0.6;
        w.runUntil(300);
        Population p = w.response.people().population();
        assertEquals(1, p.count());
        assertEquals(300, p.affectedAt(0));
        assertTrue(p.trapped(0));
        assertTrue(w.response.dispatchTeam("boats", Task.rescue(Area.around(0, 1, 12, 1), 12), 300).accepted());
        w.runUntil(3600);
        assertEquals(398, p.relievedAt(0), 1e-9);
        assertEquals(98, p.relievedAt(0) - p.affectedAt(0), 1e-9);
        PeopleRelieved e = w.events(PeopleRelieved.class).get(0);
        assertEquals(java.util.List.of(0), e.households());
        assertEquals(java.util.List.of(0.03), e.hours()); // 98 s to the hundredth of an hour
        var kpis = w.response.kpis(3600, new org.drillgrid.model.scenario.Targets(8.0, 95.0, null, null));
        assertEquals(1, kpis.relief().relieved());
        assertEquals(0.03, kpis.relief().maxHours());
        assertEquals(1, kpis.trapped().rescued());
    }

    @Test
    void aDepotWithZeroStockCannotRelieveAnyone() throws java.io.IOException {
        AgentWorld w = oneRoad("{}", """
                {"id": "empty", "level": "city", "cell": [11, 0], "trucks": 2,
                 "stock": {"food-rations": 0, "water-bottles": 0}}""");
        w.depth[0] = 0.6;
        w.runUntil(300);
        w.response.dispatchTeam("boats", Task.rescue(Area.around(0, 1, 12, 1), 12), 300);
        w.runUntil(900);
        Population p = w.response.people().population();
        assertEquals(Population.State.SHELTERED, p.state(0));
        Result r = w.response.dispatchMaterials("empty", "gym", Map.of("food-rations", 1L, "water-bottles", 1L),
                900);
        assertFalse(r.accepted());
        assertEquals("depot 'empty' has none of food-rations, water-bottles", r.reason());
        assertEquals(org.drillgrid.model.order.Refusal.OUT_OF_STOCK, r.refusal().code());
        w.runUntil(6 * 3600);
        assertTrue(Double.isNaN(p.relievedAt(0)), "nobody is relieved from an empty depot");
        assertTrue(w.events(PeopleRelieved.class).isEmpty());
        // the auto policy cannot conjure food either
        Path autoDir = java.nio.file.Files.createDirectories(dir.resolve("auto"));
        AgentWorld auto = new AgentWorld(autoDir, jsonOf(w), Map.of("population.asc",
                AgentWorld.asc(12, 1, c -> c == 0 ? 1 : 0)), new AutoPolicy(), 11);
        auto.depth[0] = 0.6;
        auto.runUntil(6 * 3600);
        assertEquals(0, auto.response.kpis(6 * 3600, null).relief().relieved());
        assertTrue(auto.response.kpis(6 * 3600, null).trapped().rescued() > 0, "auto sends the boats");
    }

    private String jsonOf(AgentWorld unused) {
        try {
            return java.nio.file.Files.readString(dir.resolve("scenario.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
