package org.drillgrid.model.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.drillgrid.model.scenario.Drill;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.SimDuration;
import org.junit.jupiter.api.Test;

class ReferencesTest {

    private static final SimDuration HOUR = SimDuration.parse("1h").orElseThrow();
    private static final LocalizedText MESSAGE = new LocalizedText("消息", "Message");

    private static Inject inject(String id, Condition when, Effect effect, Expectation... expect) {
        return new Inject(id, when == null ? HOUR : null, when, null, null, List.of("dispatch"), "phone", MESSAGE, effect,
                expect.length == 0 ? null : List.of(expect));
    }

    @Test
    void everyReferenceToTheIdIsRenamedAndNothingElse() {
        Drill drill = new Drill(null, List.of(
                inject("i1", new Condition.ShelterOccupancy("school", 80.0), new Effect.ShelterLost("school"),
                        new Expectation("open-shelter", "school", HOUR), new Expectation("open-shelter", "park", HOUR)),
                inject("i2", new Condition.WaterDepth(AreaRef.place("school"), 0.3),
                        new Effect.Outage("power", AreaRef.place("school"), HOUR)),
                inject("i3", new Condition.PeopleTrapped(10L, AreaRef.place("school")), new Effect.RoadCollapse(AreaRef.place("park"))),
                inject("i4", new Condition.FireNear(AreaRef.place("school"), 2.0), new Effect.Ignition(AreaRef.place("school"))),
                inject("i5", null, new Effect.Aftershock(AreaRef.place("school"), 5.0)),
                inject("i6", new Condition.DepotStock("school", null, 20.0), new Effect.Breach("school", null, null)),
                inject("i7", null, new Effect.Outage("power", AreaRef.cells(0, 0, 3, 3), HOUR))));
        Drill renamed = References.renamed(drill, "school", "school-1");
        Drill expected = new Drill(null, List.of(
                inject("i1", new Condition.ShelterOccupancy("school-1", 80.0), new Effect.ShelterLost("school-1"),
                        new Expectation("open-shelter", "school-1", HOUR), new Expectation("open-shelter", "park", HOUR)),
                inject("i2", new Condition.WaterDepth(AreaRef.place("school-1"), 0.3),
                        new Effect.Outage("power", AreaRef.place("school-1"), HOUR)),
                inject("i3", new Condition.PeopleTrapped(10L, AreaRef.place("school-1")),
                        new Effect.RoadCollapse(AreaRef.place("park"))),
                inject("i4", new Condition.FireNear(AreaRef.place("school-1"), 2.0),
                        new Effect.Ignition(AreaRef.place("school-1"))),
                inject("i5", null, new Effect.Aftershock(AreaRef.place("school-1"), 5.0)),
                inject("i6", new Condition.DepotStock("school-1", null, 20.0), new Effect.Breach("school-1", null, null)),
                inject("i7", null, new Effect.Outage("power", AreaRef.cells(0, 0, 3, 3), HOUR))));
        assertEquals(expected, renamed);
    }

    @Test
    void aScriptThatNeverNamesTheIdIsReturnedAsItIs() {
        Drill drill = new Drill(null, List.of(inject("i1", new Condition.Deaths(3L), new Effect.Rain(50.0, HOUR))));
        assertSame(drill, References.renamed(drill, "school", "school-1"));
        assertSame(drill, References.renamed(drill, "i1", "i1"));
        assertEquals(null, References.renamed(null, "a", "b"));
    }
}
