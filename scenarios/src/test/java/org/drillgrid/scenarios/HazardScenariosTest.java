package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.drillgrid.engine.record.RunOutputs;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.event.BuildingsDamaged;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.Earthquake;
import org.drillgrid.model.event.EventLogReader;
import org.drillgrid.model.event.FireIgnited;
import org.drillgrid.model.event.FireStatus;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.PeopleRescued;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.validate.LoadedScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The earthquake and forest-fire drills run headless with the auto policy and are scored; the quake drill's
 * shaking breaches the Xigou dam, so one event log holds both the earthquake and the flood it set off.
 */
class HazardScenariosTest {

    @TempDir
    Path dir;

    private List<SimEvent> run(String id, long until) throws Exception {
        LoadedScenario s = Bundled.load(id);
        RunOutputs.Written w = RunOutputs.write(s, id, s.scenario().seedOrDefault(), until, Policy.of("auto"),
                RunOutputs.Inputs.NONE, dir, List.of(), null);
        assertFalse(w.scorecard().objectives().isEmpty(), id + " is scored");
        assertTrue(Files.exists(dir.resolve("scorecard.json")));
        return EventLogReader.readAll(new StringReader(Files.readString(dir.resolve("events.jsonl"))));
    }

    private static <T> List<T> of(List<SimEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theQuakeBreachesTheDamAndTheFloodFollowsInOneLog() throws Exception {
        List<SimEvent> events = run("xinyang-tanlu-quake", 3 * 3600);
        Earthquake main = of(events, Earthquake.class).get(0);
        assertFalse(main.aftershock());
        assertEquals(6.0, main.magnitude());
        // the main shock strikes at 10 min, in the tick that ends at 11 min
        assertEquals(660, main.t());
        BuildingsDamaged damage = of(events, BuildingsDamaged.class).get(0);
        assertTrue(damage.collapse() > 0 && damage.severe() > damage.collapse(), damage.toString());
        assertTrue(damage.roadCellsBlocked() > 0, damage.toString());
        LeveeBreached breach = of(events, LeveeBreached.class).get(0);
        assertEquals("xigou-dam", breach.levee());
        assertTrue(breach.t() >= main.t(), "the dam breaks in the shaking, not before");
        // the lake holds no road: water on roads is the breach flood running down the valley
        FloodStatus firstHour = of(events, FloodStatus.class).get(0);
        assertTrue(firstHour.roadsClosedToCars() > 0, firstHour.toString());
        org.drillgrid.model.grid.GridLayer maxDepth;
        try (var in = Files.newBufferedReader(dir.resolve("grids").resolve("max_depth.asc"))) {
            maxDepth = org.drillgrid.model.grid.AsciiGrid.read(in).layer();
        }
        double township = 0;
        for (int r = 53; r <= 66; r++) {
            for (int c = 40; c <= 50; c++) {
                township = Math.max(township, maxDepth.get(c, r));
            }
        }
        assertTrue(township > 0.5, "the township below the dam floods: " + township + " m");
        assertTrue(of(events, PeopleRescued.class).size() > 0, "search-and-rescue teams dig people out");
        for (String grid : List.of("intensity.asc", "pga.asc", "damage.asc", "max_depth.asc")) {
            assertTrue(Files.exists(dir.resolve("grids").resolve(grid)), grid);
        }
    }

    @Test
    void theForestFireSpreadsCrewsCutFirelineAndTheScoreCountsWarningsBeforeTheFire() throws Exception {
        List<SimEvent> events = run("dabieshan-forest-fire", 12 * 3600);
        assertEquals(2, of(events, FireIgnited.class).size(), "the scenario's fire and the inject's spot fire");
        List<FireStatus> status = of(events, FireStatus.class);
        FireStatus last = status.get(status.size() - 1);
        assertTrue(last.burnedHa() > 100, last.toString());
        assertTrue(last.firelineCells() > 0, "crews cut fireline: " + last);
        assertTrue(last.populatedCellsReached() > 0, "the fire reaches hamlets: " + last);
        assertTrue(of(events, CommandGiven.class).stream().anyMatch(c -> c.accepted()
                && c.detail() != null && c.detail().startsWith("fireline")), "fireline dispatched");
        assertTrue(Files.exists(dir.resolve("grids").resolve("fire_arrival.asc")));
        List<String> burned = Files.readAllLines(dir.resolve("burned_area.csv"));
        assertEquals("t,burned_ha", burned.get(0));
        String json = Files.readString(dir.resolve("scorecard.json"));
        assertTrue(json.contains("warning-coverage"), json);
    }
}
