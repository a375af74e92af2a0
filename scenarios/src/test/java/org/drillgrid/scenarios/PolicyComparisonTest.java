package org.drillgrid.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acceptance: both bundled scenarios run headless with no response and with the auto
 * policy, and the plan-following commander relieves a clearly larger share of the affected within the
 * plan's target and warns a clearly larger share of the people at risk in time, both reported against
 * the scenario's own targets (Xinzheng 9 h and 92 %, Xinyang 8 h and 95 %).
 */
class PolicyComparisonTest {

    private static Kpis run(String id, long until, Policy policy) throws Exception {
        LoadedScenario scenario = ScenarioLoader.load(ScenarioCatalog.bundled().source(id).orElseThrow());
        try (SimulationRun run = SimulationRun.start(scenario, scenario.scenario().seedOrDefault(), until, null,
                policy)) {
            while (run.step()) {
                // full speed
            }
            return run.kpis();
        }
    }

    @ParameterizedTest(name = "{0} to {1} s")
    @CsvSource({"xinzheng-720-rainstorm, 86400, 9, 0.92", "xinyang-huaihe-flood, 172800, 8, 0.95"})
    void autoPolicyRelievesAndWarnsClearlyBetterThanNoResponse(String id, long until, double reliefHours,
            double coverageTarget) throws Exception {
        Kpis none = run(id, until, Policy.NONE);
        Kpis auto = run(id, until, Policy.of("auto"));
        assertEquals(reliefHours, auto.relief().targetHours());
        assertEquals(coverageTarget, auto.warning().target());
        assertTrue(auto.relief().affected() > 0 && auto.warning().atRisk() > 0, "the flood reaches people");
        assertNotNull(auto.relief().withinTargetShare());
        double reliefNone = none.relief().withinTargetShare() == null ? 0 : none.relief().withinTargetShare();
        assertTrue(auto.relief().withinTargetShare() >= reliefNone + 0.10,
                "relief within target: none " + reliefNone + ", auto " + auto.relief().withinTargetShare());
        assertTrue(auto.warning().coverage() >= none.warning().coverage() + 0.30,
                "warning coverage: none " + none.warning().coverage() + ", auto " + auto.warning().coverage());
        assertTrue(auto.trapped().rescued() > none.trapped().rescued(), "auto sends boats to the trapped");
    }
}
