package org.drillgrid.ui.scenario;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.run.LiveRunView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScenarioListViewTest extends AppTest {

    @BeforeEach
    void setUp() {
        app.login("controller", org.drillgrid.ui.auth.Role.CONTROLLER, null);
        UI.getCurrent().navigate(ScenarioListView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ScenarioCatalog.Entry> grid() {
        return _get(Grid.class, spec -> spec.withId("scenarios"));
    }

    @Test
    void listsEveryBundledScenarioWithItsChineseNameByDefault() {
        var bundled = ScenarioCatalog.bundled().entries();
        assertTrue(bundled.size() >= 2, "both bundled scenarios are on the classpath");
        assertEquals(bundled.size(), GridKt._size(grid()));
        for (int i = 0; i < bundled.size(); i++) {
            assertEquals(bundled.get(i).id(), GridKt._getFormatted(grid(), i, "id"), "id column");
        }
        assertEquals(Locale.SIMPLIFIED_CHINESE, UI.getCurrent().getLocale());
        assertEquals("演练想定", _get(H2.class).getText());
        assertEquals(bundled.get(0).name().in(Locale.CHINA), GridKt._getFormatted(grid(), 0, "name"));
    }

    @Test
    void englishShowsEnglishLabelsAndNames() {
        UI.getCurrent().getSession().setAttribute(org.drillgrid.ui.Language.class.getName(), Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(LiveRunView.class, "none");
        UI.getCurrent().navigate(ScenarioListView.class);
        assertEquals("Scenarios", _get(H2.class).getText());
        var first = ScenarioCatalog.bundled().entries().get(0);
        assertEquals(first.name().in(Locale.ENGLISH), GridKt._getFormatted(grid(), 0, "name"));
    }

    @Test
    void startCreatesARecordedLiveRunAndOpensIt() {
        String id = ScenarioCatalog.bundled().entries().get(0).id();
        Button start = (Button) GridKt._getCellComponent(grid(), 0, "start");
        assertEquals("start-" + id, start.getId().orElseThrow());
        _click(start);
        LiveRunView view = _get(LiveRunView.class);
        assertTrue(view.isAttached());
        var recent = app.runs.recent(10);
        assertEquals(1, recent.size());
        assertEquals(id, recent.get(0).scenarioId());
        assertTrue(app.runs.find(recent.get(0).id()).isPresent(), "the run is live");
        assertTrue(UI.getCurrent().getInternals().getActiveViewLocation().getPath().startsWith("run/"));
    }
}
