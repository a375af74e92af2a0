package org.drillgrid.ui.run;

import static org.drillgrid.ui.TestApp.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveRunViewTest extends AppTest {

    @BeforeEach
    void setUp() {
        app.login("controller", org.drillgrid.ui.auth.Role.CONTROLLER, null);
    }

    private LiveRun openRun() throws Exception {
        LiveRun run = app.runs.start(ScenarioCatalog.bundled().entries().get(0).id(), 42L);
        UI.getCurrent().navigate(LiveRunView.class, run.id());
        return run;
    }

    @Test
    void unknownRunSaysSoInsteadOfFailing() {
        UI.getCurrent().navigate(LiveRunView.class, "no-such-run");
        assertTrue(_get(Paragraph.class, s -> s.withId("run-not-found")).getText().contains("no-such-run"));
    }

    @Test
    void showsMapWorldAndTargetsOfTheScenario() throws Exception {
        LiveRun run = openRun();
        assertTrue(_get(org.drillgrid.ui.map.GridMap.class).overlay().length > 0, "the map shows the first moment");
        var targets = run.scenario().scenario().targetsOrNone();
        String relief = _get(Div.class, s -> s.withId("target-relief")).getText();
        assertTrue(relief.contains(String.valueOf(targets.reliefHours().intValue())), relief);
        assertTrue(_get(Div.class, s -> s.withId("seed")).getText().endsWith("42"));
    }

    @Test
    void theFloodOfTheScenarioIsOfferedAsAMapLayerAndShownAtFirst() throws Exception {
        openRun();
        @SuppressWarnings("unchecked")
        var layers = (com.vaadin.flow.component.checkbox.CheckboxGroup<org.drillgrid.ui.map.MapLayer>) _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("layers"));
        assertTrue(layers.getValue().contains(org.drillgrid.ui.map.MapLayer.WATER));
    }

    @Test
    void clockAdvancesByPushAndPauseStopsIt() throws Exception {
        LiveRun run = openRun();
        run.paced().setSpeed(3600); // a 60 s tick every 17 ms: the clock moves at once, the 24 h run lasts 24 s
        Span clock = _get(Span.class, s -> s.withId("clock"));
        String before = clock.getText();
        int mapBefore = _get(org.drillgrid.ui.map.GridMap.class).version();
        await(() -> !clock.getText().equals(before), "the pushed clock to change");
        await(() -> _get(org.drillgrid.ui.map.GridMap.class).version() > mapBefore, "the map to be redrawn");
        Div people = _get(Div.class, s -> s.withId("people-status"));
        await(() -> people.getText().matches("\\d+时：.*"), "an hourly count of people");
        assertTrue(people.getText().contains("已预警 0 人"), "no response, no warning: " + people.getText());
        _click(_get(Button.class, s -> s.withId("pause-resume")));
        await(() -> run.paced().snapshot().status() == RunStatus.PAUSED, "pause");
        long at = run.paced().snapshot().now();
        Thread.sleep(300);
        assertEquals(at, run.paced().snapshot().now(), "paused run stands still");
        assertEquals("继续", _get(Button.class, s -> s.withId("pause-resume")).getText());
        assertTrue(_get(Button.class, s -> s.withId("step")).isEnabled());
    }

    @Test
    void stopEndsTheRunAndDisablesTheControls() throws Exception {
        LiveRun run = openRun();
        _click(_get(Button.class, s -> s.withId("stop")));
        await(() -> run.paced().snapshot().status() == RunStatus.FINISHED, "the stop");
        await(() -> !_get(Button.class, s -> s.withId("stop")).isEnabled(), "controls to disable");
        assertFalse(_get(Button.class, s -> s.withId("pause-resume")).isEnabled());
        assertEquals("FINISHED", app.runs.recent(1).get(0).status(), "the database has the final status");
    }
}
