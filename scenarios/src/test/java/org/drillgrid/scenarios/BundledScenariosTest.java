package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.LoadedScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in the index loads, validates, and reads as a drill a trainer can run in either language. */
class BundledScenariosTest {

    /**
     * The 16 task groups (专班) of Xinzheng's flood-control headquarters: the positions a command-post
     * exercise hands to trainees, and so the only audiences an inject may address.
     */
    static final Set<String> TASK_GROUPS = Set.copyOf(org.drillgrid.model.drill.Positions.TASK_GROUPS);

    @Test
    void indexListsEveryGeneratedScenario() {
        Set<String> listed = Bundled.ids().collect(Collectors.toSet());
        for (CityPlan plan : CityPlan.presets()) {
            assertTrue(listed.contains(plan.id()), "index.json does not list " + plan.id());
        }
    }

    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void loadsWithoutViolationsUnderTheNameTheIndexGives(String id) {
        LoadedScenario loaded = Bundled.load(id);
        Scenario s = loaded.scenario();
        ScenarioCatalog.Entry entry = ScenarioCatalog.bundled().entry(id).orElseThrow();
        assertEquals(id, s.id());
        assertEquals(entry.name(), s.name());
        assertEquals(Set.of("elevation", "landUse", "population", "buildings", "roads"), loaded.layers().keySet());
        assertFalse(s.hazardsOrEmpty().isEmpty(), "every bundled scenario has a hazard");
    }

    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void everyTextATraineeReadsIsInChineseAndEnglish(String id) {
        Scenario s = Bundled.load(id).scenario();
        ScenarioCatalog.Entry entry = ScenarioCatalog.bundled().entry(id).orElseThrow();
        List<String> missing = new ArrayList<>();
        check(missing, "name", s.name());
        check(missing, "description", s.description());
        check(missing, "index summary", entry.summary());
        s.forcesOrNone().teamsOrEmpty().forEach(t -> check(missing, t.id(), t.name()));
        s.forcesOrNone().depotsOrEmpty().forEach(d -> check(missing, d.id(), d.name()));
        s.forcesOrNone().sheltersOrEmpty().forEach(h -> check(missing, h.id(), h.name()));
        s.drillOrEmpty().injectsOrEmpty().forEach(i -> check(missing, i.id(), i.message()));
        assertTrue(missing.isEmpty(), "lacking a language: " + missing);
    }

    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void injectsFollowTheChronologyAndAddressTaskGroups(String id) {
        List<Inject> injects = Bundled.load(id).scenario().drillOrEmpty().injectsOrEmpty();
        assertTrue(injects.size() >= 8 && injects.size() <= 20, "a drill script of 8-20 injects (a day of play at most), has " + injects.size());
        List<Inject> timed = injects.stream().filter(i -> i.at() != null).toList();
        for (int i = 1; i < timed.size(); i++) {
            assertTrue(timed.get(i - 1).at().compareTo(timed.get(i).at()) < 0,
                    timed.get(i).id() + " is listed after a later or simultaneous timed inject");
        }
        for (Inject inject : injects) {
            for (String position : inject.audienceOrEmpty()) {
                assertTrue(TASK_GROUPS.contains(position), inject.id() + " addresses unknown position " + position);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.drillgrid.scenarios.Bundled#ids")
    void isScoredAgainstAllFourPlanTargets(String id) {
        var t = Bundled.load(id).scenario().targetsOrNone();
        assertFalse(t.reliefHours() == null || t.warningCoverage() == null || t.deathsPerMillion() == null
                || t.affectedPer100k() == null, "targets incomplete: " + t);
    }

    private static void check(List<String> missing, String what, LocalizedText text) {
        if (text == null || text.zh() == null || text.zh().isBlank() || text.en() == null || text.en().isBlank()) {
            missing.add(what);
        }
    }
}
