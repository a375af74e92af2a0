package org.drillgrid.engine.hazard.flood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.model.validate.ScenarioSource;
import org.junit.jupiter.api.Test;

/** A lake held by a dam that breaches after an hour: still before, a flood wave after, water conserved. */
class LeveeTest {

    @Test
    void aLakeStaysBehindItsDamUntilTheBreachThenFloodsThePlain() throws Exception {
        var loaded = ScenarioLoader.load(ScenarioSource.file(
                Path.of(LeveeTest.class.getResource("/levee/scenario.json").toURI())));
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(loaded, 1, 3 * 3600, null)) {
            run.subscribe(events::add);
            FloodView flood = run.flood().orElseThrow();
            double lake = 10 * 10 * 5.0 * 400; // 10 x 10 cells of 20 m, 5 m deep
            assertEquals(lake, flood.massBalance().initial(), 1e-6, "the lake is filled to its level");
            for (int k = 0; k < 59; k++) {
                run.step();
            }
            assertEquals(0, flood.depths()[5 * 30 + 20], "dry beyond the dam before the breach");
            assertEquals(lake, flood.volume(), lake * 1e-9, "still water stays put");
            while (run.step()) {
                // through the breach
            }
            assertTrue(flood.maxDepths()[5 * 30 + 20] > 0.1, "the wave crossed the plain: " + flood.maxDepths()[5 * 30 + 20]);
            MassBalance m = flood.massBalance();
            assertTrue(m.outflow() > 0, "water left over the east edge");
            assertEquals(0, m.relativeError(flood.volume()), 1e-9);
        }
        LeveeBreached breach = events.stream().filter(e -> e instanceof LeveeBreached).map(e -> (LeveeBreached) e)
                .findFirst().orElseThrow();
        assertEquals("dam", breach.levee());
        assertEquals(2, breach.cells());
        assertEquals(3660, breach.t(), "reported at the end of the tick in which it began");
    }
}
