package org.drillgrid.ui.design;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drillgrid.model.gis.SyntheticGisFiles;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.Language;
import org.drillgrid.ui.auth.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The designer never loses unsaved edits to a language switch or a careless click (issue 17, item 5). */
class DesignerSafetyTest extends AppTest {

    @BeforeEach
    void designer() {
        app.login("designer", Role.DESIGNER, null);
    }

    private static Object view() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private DesignerView copied(String id) {
        UI.getCurrent().navigate(LibraryView.class);
        LibraryView library = (LibraryView) view();
        library.copyFrom.setValue(app.design.catalog().entry("dabieshan-forest-fire").orElseThrow());
        library.copyId.setValue(id);
        library.copy();
        return (DesignerView) view();
    }

    @Test
    void aLanguageSwitchKeepsTheDraft() {
        DesignerView before = copied("ff");
        before.general.nameEn.setValue("Fire, edited before the switch");
        assertTrue(before.draft().dirty());
        UI old = UI.getCurrent();

        Language.choose(old, Language.ENGLISH); // reloads the page: a new UI and a new view

        assertNotSame(old, UI.getCurrent(), "the page was built anew");
        DesignerView after = assertInstanceOf(DesignerView.class, view());
        assertNotSame(before, after);
        assertEquals("Fire, edited before the switch", after.general.nameEn.getValue(), "the edit survives");
        assertTrue(after.draft().dirty(), "and is still unsaved");
        assertTrue(after.restored.isVisible(), "the page says the edits were kept");
        assertEquals(1, app.library.versions("ff").size(), "nothing was saved behind the designer's back");
    }

    @Test
    void leavingWithUnsavedEditsAsksAndCanKeepThem() {
        DesignerView v = copied("ff2");
        v.general.nameEn.setValue("Fire, edited");

        UI.getCurrent().navigate(LibraryView.class);
        assertInstanceOf(DesignerView.class, view(), "the navigation waits for an answer");
        _click(_get(Button.class, s -> s.withId("leave-stay")));
        assertInstanceOf(DesignerView.class, view(), "stay");

        UI.getCurrent().navigate(LibraryView.class);
        _click(_get(Button.class, s -> s.withId("leave-keep")));
        assertInstanceOf(LibraryView.class, view(), "left");

        UI.getCurrent().navigate(DesignerView.class, "ff2");
        DesignerView back = (DesignerView) view();
        assertEquals("Fire, edited", back.general.nameEn.getValue(), "the kept edit is there on return");
        assertTrue(back.restored.isVisible());
    }

    @Test
    void discardingGoesBackToTheLibraryVersion() {
        DesignerView v = copied("ff3");
        String original = v.general.nameEn.getValue();
        v.general.nameEn.setValue("Fire, edited");
        assertTrue(v.discard.isVisible());
        v.discard();
        assertEquals(original, v.general.nameEn.getValue());
        assertFalse(v.draft().dirty());
        UI.getCurrent().navigate(LibraryView.class);
        assertInstanceOf(LibraryView.class, view(), "nothing unsaved: no question");
        UI.getCurrent().navigate(DesignerView.class, "ff3");
        assertFalse(((DesignerView) view()).restored.isVisible());
    }

    @Test
    void aDraftIsDroppedWhenSomeoneSavesANewerVersion() throws Exception {
        DesignerView v = copied("ff4");
        v.general.nameEn.setValue("Fire, my edit");
        UI.getCurrent().navigate(LibraryView.class);
        _click(_get(Button.class, s -> s.withId("leave-keep")));
        // another designer saves version 2 meanwhile
        Draft theirs = app.design.open("ff4");
        theirs.edit(doc -> doc);
        app.design.save(theirs, "other", "their edit");

        UI.getCurrent().navigate(DesignerView.class, "ff4");
        DesignerView back = (DesignerView) view();
        assertEquals(2, back.draft().baseVersion());
        assertFalse(back.draft().dirty());
        assertTrue(back.restored.isVisible());
        assertTrue(back.restored.getText().contains("更新的版本"), back.restored.getText());
    }

    @Test
    void aNewScenarioTakesTheCellSizeOnTheForm() throws Exception {
        Path gis = Files.createDirectories(dir.resolve("gis"));
        SyntheticGisFiles.write(gis);
        UI.getCurrent().navigate(LibraryView.class);
        LibraryView library = (LibraryView) view();
        library.newId.setValue("synth30");
        library.cellSize.setValue(30.0);
        assertEquals(com.vaadin.flow.data.value.ValueChangeMode.EAGER, library.cellSize.getValueChangeMode(),
                "each keystroke reaches the server, so a file dropped without leaving the field finds it");
        library.create("dem.tif", Files.readAllBytes(gis.resolve("dem.tif")));
        assertEquals(30.0, ((DesignerView) view()).draft().doc().grid().cellSize());
    }

    /** A new scenario from the synthetic DEM alone (no population), 2 h of steady rain. */
    private DesignerView rainyEmptyCity(String id) throws Exception {
        Path gis = Files.createDirectories(dir.resolve("gis-" + id));
        SyntheticGisFiles.write(gis);
        UI.getCurrent().navigate(LibraryView.class);
        LibraryView library = (LibraryView) view();
        library.newId.setValue(id);
        library.create("dem.tif", Files.readAllBytes(gis.resolve("dem.tif")));
        DesignerView v = (DesignerView) view();
        v.general.duration.setValue("2h");
        v.hazards.flood.setValue(true);
        v.hazards.rainMode.setValue("steady");
        v.hazards.steadyRate.setValue(80.0);
        return v;
    }

    @Test
    void aDryRunShowsProgressTheInjectsFiredThePeakWaterAndWarnsOfAnEmptyGrid() throws Exception {
        DesignerView v = rainyEmptyCity("empty");
        assertEquals(java.util.List.of(), v.draft().problems());
        v.check.start();
        assertTrue(v.check.progress.isVisible(), "progress shows while it runs");
        org.drillgrid.ui.TestApp.await(() -> v.check.last() != null, "the dry run");
        assertFalse(v.check.progress.isVisible());
        DesignService.DryRunResult r = v.check.last();
        assertEquals(0, r.kpis().population());
        assertTrue(v.check.empty.isVisible(), "population 0 is called out");
        assertTrue(v.check.fired.isVisible());
        assertTrue(r.peakDepths() != null && java.util.Arrays.stream(r.peakDepths()).max().orElse(0) > 0,
                "80 mm/h for 2 h leaves water somewhere");
        v.tabs.setSelectedIndex(5);
        _get(org.drillgrid.ui.map.GridMap.class, s -> s.withId("dry-run-peak-map"));
    }

    @Test
    void theDryRunListsEachFiredInjectWithItsTime() throws Exception {
        // the bundled fire drill, cut to 8 h (its last timed inject is at 7 h), as a library copy
        DesignerView v = copied("ff5");
        v.general.duration.setValue("8h");
        assertEquals(java.util.List.of(), v.draft().problems());
        long due = v.draft().doc().drillOrEmpty().injectsOrEmpty().stream()
                .filter(i -> i.at() != null).count();
        assertTrue(due > 0, "the drill has timed injects");
        v.check.start();
        org.drillgrid.ui.TestApp.await(() -> v.check.last() != null, "the dry run");
        DesignService.DryRunResult r = v.check.last();
        assertTrue(r.fired().size() >= due, r.fired() + " vs " + due + " timed injects");
        for (DesignService.Fired f : r.fired()) {
            var inject = v.draft().doc().drillOrEmpty().inject(f.inject()).orElseThrow();
            if (inject.at() != null) {
                assertEquals(inject.at().seconds(), f.t(), "a timed inject fires on its time: " + f.inject());
            }
        }
        assertFalse(v.check.empty.isVisible(), "people live in the fire drill's valley");
    }

    @Test
    void theGridsCoordinateSystemIsChosenFromTheSupportedOnesWithASearch() throws Exception {
        assertTrue(CrsChoices.matches("EPSG:4547", "114e"), "by central meridian");
        assertTrue(CrsChoices.matches("EPSG:4547", "4547"), "by code");
        assertTrue(CrsChoices.matches("EPSG:32650", "utm 50n"), "by words of the name");
        assertFalse(CrsChoices.matches("EPSG:4547", "utm"));
        assertEquals(21 + 11 + 60, CrsChoices.all().size(), "CGCS2000 3-degree and 6-degree, UTM north");
        assertEquals("CGCS2000 / 3-degree Gauss-Kruger CM 114E", CrsChoices.of("EPSG:4547").name());

        // a bundled scenario with no coordinate system takes one, and then longitude/latitude features
        DesignerView v = copied("ff6");
        assertEquals(null, v.draft().doc().grid().crs());
        v.general.crs.setValue("EPSG:4547");
        assertEquals("EPSG:4547", v.draft().doc().grid().crs());
        assertEquals(java.util.List.of(), v.draft().problems());
        v.general.crs.clear();
        assertEquals(null, v.draft().doc().grid().crs(), "cleared: local coordinates again");
    }
}
