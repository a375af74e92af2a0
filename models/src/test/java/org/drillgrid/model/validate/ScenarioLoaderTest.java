package org.drillgrid.model.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.drillgrid.model.grid.GridLayer;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.LayerSpec;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.TeamLevel;
import org.drillgrid.model.scenario.TeamSkill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents that are right load, with the documented defaults for what they leave out. */
class ScenarioLoaderTest {

    @TempDir
    Path dir;

    @Test
    void minimalDocumentLoadsWithDefaults() throws Exception {
        LoadedScenario loaded = ScenarioFolder.minimal(dir).load();
        Scenario s = loaded.scenario();
        assertEquals("mini", s.id());
        assertNull(s.seed());
        assertNull(s.timeStep());
        assertEquals(1, s.seedOrDefault());
        assertEquals(60, s.timeStepSeconds());
        assertEquals(6 * 3600, s.duration().seconds());
        assertEquals(new LayerSpec.Constant(100), s.layers().elevation());
        assertEquals("mini", s.nameOrId().in(Locale.ENGLISH));
        assertEquals(List.of(), s.forcesOrNone().teamsOrEmpty());
        assertEquals(Set.of("elevation"), loaded.layers().keySet());
        assertEquals(GridLayer.constant(20, 10, 100), loaded.elevation());
        assertEquals(dir.resolve("scenario.json").toAbsolutePath().toString(), loaded.source());
    }

    @Test
    void fullDocumentLoadsAsWritten() throws Exception {
        LoadedScenario loaded = ScenarioFolder.minimal(dir)
                .set("format", "1")
                .set("name", "{\"zh\": \"小城\", \"en\": \"Tiny town\"}")
                .set("seed", "7")
                .set("timeStep", "\"5m\"")
                .set("forces", """
                        {"teams": [{"id": "t1", "level": "city", "size": 50, "skills": ["water-rescue"], "base": [1, 2]}],
                         "depots": [{"id": "d1", "level": "county", "cell": [2, 2], "stock": {"tents": 200}}],
                         "shelters": [{"id": "s1", "kind": "school", "cell": [3, 3], "capacity": 500}]}""")
                .set("drill", """
                        {"targets": {"reliefHours": 9, "warningCoverage": 92},
                         "injects": [{"id": "blue", "at": "90m", "channel": "phone", "audience": ["dispatch"],
                                      "message": {"zh": "蓝色预警", "en": "blue warning"}}]}""")
                .load();
        Scenario s = loaded.scenario();
        assertEquals(7, s.seedOrDefault());
        assertEquals(300, s.timeStepSeconds());
        assertEquals("小城", s.nameOrId().in(Locale.CHINESE));
        var team = s.forcesOrNone().teamsOrEmpty().get(0);
        assertEquals(TeamLevel.CITY, team.level());
        assertEquals(List.of(TeamSkill.WATER_RESCUE), team.skillsOrEmpty());
        assertEquals(new CellRef(1, 2), team.base());
        assertEquals(200L, s.forcesOrNone().depotsOrEmpty().get(0).stockOrEmpty().get("tents"));
        var inject = s.drillOrEmpty().injectsOrEmpty().get(0);
        assertEquals(5400, inject.at().seconds());
        assertEquals("phone", inject.channelOrDefault());
        assertEquals(92.0, s.targetsOrNone().warningCoverage());
    }

    /**
     * A document built in code (the designer's draft) is checked like a file: its lists may be immutable,
     * which refuse {@code contains(null)}; the rules must not trip over that.
     */
    @Test
    void aDocumentBuiltInCodeIsCheckedWithItsRasters() throws Exception {
        LoadedScenario loaded = ScenarioFolder.minimal(dir).load();
        Scenario s = loaded.scenario();
        var fire = new org.drillgrid.model.hazard.FireSpec(null, "GR2", null, java.util.List.of(6.0, 7.0, 8.0, 60.0, 90.0),
                java.util.List.of(java.util.List.of(0.0, 3.0, 90.0)), null);
        Scenario withFire = new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), s.start(), s.seed(),
                s.timeStep(), s.duration(), s.layers(), java.util.List.of(fire), s.forces(), s.drill());
        assertEquals(java.util.List.of(), ScenarioLoader.check(withFire, loaded.layers()));
        var badWind = new org.drillgrid.model.hazard.FireSpec(null, "GR2", null, null,
                java.util.List.of(java.util.List.of(0.0, 3.0)), null);
        Scenario bad = new Scenario(s.format(), s.id(), s.name(), s.description(), s.grid(), s.start(), s.seed(),
                s.timeStep(), s.duration(), s.layers(), java.util.List.of(badWind), s.forces(), s.drill());
        assertEquals("$.hazards[0].wind[0]", ScenarioLoader.check(bad, loaded.layers()).get(0).path());
        assertEquals("$.layers.elevation", ScenarioLoader.check(s, java.util.Map.of()).get(0).path(),
                "a layer the document names needs its raster");
    }
}
