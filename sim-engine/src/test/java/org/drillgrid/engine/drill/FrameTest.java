package org.drillgrid.engine.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.order.Order;
import org.junit.jupiter.api.Test;

/** A frame tells a map what the run's own accessors say: orders given show up in it, nothing is invented. */
class FrameTest {

    private static void stepTo(SimulationRun run, long t) {
        while (run.now() < t && run.step()) {
            // next tick
        }
    }

    @Test
    void ordersShowInTheFrame() throws IOException {
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 1, 4 * 3600, null)) {
            stepTo(run, 600);
            Frame before = run.frame();
            assertEquals(600, before.t());
            assertEquals(20 * 10, before.people().length);
            assertNotNull(before.depths(), "drill town has a flood");
            assertEquals(4, before.teams().size());
            assertTrue(before.teams().stream().allMatch(u -> u.task() == null), "nobody is tasked yet");
            assertEquals(0, before.convoys().length);
            assertEquals(0, before.closed().cardinality());

            run.submit(new Order.Warn(null, "publicity", AreaRef.cells(0, 0, 19, 9), 3, null));
            run.submit(new Order.DispatchTeam(null, "rescue", "boats", "rescue", AreaRef.place("hollow"), null, null, null));
            run.submit(new Order.DispatchMaterials(null, "logistics", "depot", "hill-school", Map.of("food-rations", 600L)));
            run.submit(new Order.CloseRoad(null, "traffic", AreaRef.place("west-road"), null));
            run.step();
            Frame after = run.frame();

            Frame.Unit boats = after.teams().stream().filter(u -> u.id().equals("boats")).findFirst().orElseThrow();
            assertEquals("rescue", boats.task());
            // drill town is small: its trucks are there and back within the 5-min tick, so no convoy shows
            assertEquals(0, after.convoys().length);
            assertTrue(after.closed().cardinality() > 0, "the closed road shows");
            assertEquals(3, after.shelters().size());
            assertEquals(run.kpis().shelters().stream().mapToLong(s -> s.occupants()).sum(),
                    after.shelters().stream().mapToLong(Frame.Site::occupants).sum());

            stepTo(run, 600 + 3600);
            int warned = 0;
            for (byte b : run.frame().people()) {
                warned += b >= Frame.PEOPLE_WARNED ? 1 : 0;
            }
            assertTrue(warned > 0, "within the hour the town-wide warning has reached homes");
        }
    }
}
