package org.drillgrid.engine.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.model.drill.Effect;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.SimDuration;
import org.junit.jupiter.api.Test;

/**
 * An ad-hoc inject of a running exercise is held to the bounds of a scripted one (models' InjectCheck):
 * issue 20 found that a rain of 1e308 mm/h over the API was taken and made the flood vanish (the depth
 * became infinite, then NaN), and that an unpaired surrogate in a message broke the session's report.
 */
class AdHocInjectBoundsTest {

    private static final long ONE_HOUR = 3600;

    private static List<SimEvent> runWith(Inject adHoc) throws Exception {
        List<SimEvent> events = new ArrayList<>();
        try (SimulationRun run = SimulationRun.start(DrillScriptTest.drillTown(), 1, ONE_HOUR, null)) {
            run.subscribe(events::add);
            run.submit(new ControllerAction.AdHocInject(null, "controller", adHoc));
            while (run.step()) {
                // to the end
            }
        }
        return events;
    }

    private static Inject burst(double mmPerHour, LocalizedText message) {
        return new Inject("burst", null, null, null, null, null, null, message,
                new Effect.Rain(mmPerHour, SimDuration.ofSeconds(600)), null);
    }

    private static CommandGiven adHocCommand(List<SimEvent> events) {
        return events.stream().filter(e -> e instanceof CommandGiven c && c.lever().equals("ad-hoc-inject"))
                .map(CommandGiven.class::cast).findFirst().orElseThrow();
    }

    @Test
    void rainOf1e308IsRefusedAndTheFloodStaysFinite() throws Exception {
        List<SimEvent> events = runWith(burst(1e308, LocalizedText.of("cloudburst")));
        CommandGiven c = adHocCommand(events);
        assertFalse(c.accepted());
        assertEquals("$.inject.effect.mmPerHour: must be at most 2000 mm/h (the one-minute world record is 1 872 mm/h)",
                c.reason());
        assertTrue(events.stream().noneMatch(e -> e instanceof InjectFired f && f.inject().equals("burst")),
                "a refused ad-hoc inject is not delivered");
        List<FloodStatus> status = events.stream().filter(FloodStatus.class::isInstance).map(FloodStatus.class::cast)
                .toList();
        assertFalse(status.isEmpty());
        status.forEach(f -> assertTrue(f.maxDepth() >= 0 && f.maxDepth() < 100, "deepest water " + f.maxDepth()));
    }

    @Test
    void rainWithinTheBoundsIsDelivered() throws Exception {
        CommandGiven c = adHocCommand(runWith(burst(150, LocalizedText.of("cloudburst"))));
        assertTrue(c.accepted(), c.reason());
    }

    @Test
    void aMessageWithAnUnpairedSurrogateIsRefused() throws Exception {
        CommandGiven c = adHocCommand(runWith(burst(50, new LocalizedText("暴雨\ud800", "cloudburst"))));
        assertFalse(c.accepted());
        assertEquals("$.inject.message.zh: text holds an unpaired surrogate \\ud800 at character 2: not valid "
                + "Unicode text", c.reason());
    }
}
