package org.drillgrid.ui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.drillgrid.model.gis.SyntheticGisFiles;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.library.ExercisePackage;
import org.drillgrid.model.library.ScenarioLibrary;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.validate.ScenarioLoader;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.TestApp;
import org.drillgrid.ui.auth.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The designer end to end on the server side: a scenario built from the synthetic city's files (a GeoTIFF
 * DEM, an ESRI ASCII land use at another resolution, a GeoTIFF population, GeoJSON roads and WGS 84
 * facilities), edited in every tab, saved, dry-run, exported and imported into another library.
 */
class DesignerViewTest extends AppTest {

    private Path gis;

    @BeforeEach
    void files() throws Exception {
        gis = Files.createDirectories(dir.resolve("gis"));
        SyntheticGisFiles.write(gis);
        app.login("designer", Role.DESIGNER, null);
    }

    private byte[] file(String name) throws Exception {
        return Files.readAllBytes(gis.resolve(name));
    }

    private static <T> T view(Class<T> type) {
        return type.cast(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0));
    }

    /** A new scenario from the DEM, opened in the editor. */
    private DesignerView create(String id) throws Exception {
        UI.getCurrent().navigate(LibraryView.class);
        LibraryView library = view(LibraryView.class);
        library.newId.setValue(id);
        library.newNameZh.setValue("合成城市");
        library.newNameEn.setValue("Synthetic city");
        library.cellSize.setValue(50.0);
        library.create("dem.tif", file("dem.tif"));
        return view(DesignerView.class);
    }

    /** The synthetic city with all its files imported and a steady rain (its rain gauge needs a flood). */
    private DesignerView built(String id) throws Exception {
        DesignerView v = create(id);
        v.hazards.flood.setValue(true);
        v.hazards.rainMode.setValue("steady");
        v.hazards.steadyRate.setValue(20.0);
        v.layers.importLayer("landUse", "landuse.asc", file("landuse.asc"));
        v.layers.importLayer("population", "population.tif", file("population.tif"));
        v.layers.importFeatures("roads.geojson", file("roads.geojson"));
        v.layers.importFeatures("facilities.geojson", file("facilities.geojson"));
        return v;
    }

    @Test
    void aScenarioIsBuiltFromImportedFilesAndSavedAsVersions() throws Exception {
        DesignerView v = create("synth-city");
        assertEquals(1, app.library.versions("synth-city").size(), "created as version 1");
        Draft d = v.draft();
        assertEquals(60, d.doc().grid().cols());
        assertEquals(40, d.doc().grid().rows());
        assertEquals(SyntheticGisFiles.CRS, d.doc().grid().crs());

        v.layers.importLayer("landUse", "landuse.asc", file("landuse.asc"));
        assertTrue(v.layers.report.getText().contains("landuse.asc"), v.layers.report.getText());
        v.layers.importLayer("population", "population.tif", file("population.tif"));
        assertEquals(SyntheticGisFiles.PEOPLE, d.layer("population").orElseThrow().sum(), 1e-6, "population conserved");
        v.layers.importFeatures("roads.geojson", file("roads.geojson"));
        assertTrue(d.layer("roads").orElseThrow().count(x -> x > 0) > 50, "roads burned in");
        v.layers.importFeatures("facilities.geojson", file("facilities.geojson"));
        assertEquals("rain-gauge measures the flood, and this scenario has none", d.problems().get(0).message(),
                "the gauge came with the facilities; the validator asks for the flood it measures");
        v.hazards.flood.setValue(true);
        assertEquals(3, d.doc().forcesOrNone().sheltersOrEmpty().size());
        assertEquals(1, d.doc().forcesOrNone().depotsOrEmpty().size());
        assertEquals(2, d.doc().forcesOrNone().teamsOrEmpty().size());
        assertEquals(1, d.doc().drillOrEmpty().sensorsOrEmpty().size());
        assertEquals(1, d.doc().drillOrEmpty().placesOrEmpty().size());
        assertEquals(List.of(), d.problems());

        v.save();
        assertEquals(2, app.library.versions("synth-city").size());
        var loaded = ScenarioLoader.load(app.library.source("synth-city", 2));
        assertEquals(3, loaded.scenario().forcesOrNone().sheltersOrEmpty().size());
        assertEquals(SyntheticGisFiles.PEOPLE, loaded.layer("population").orElseThrow().sum(), 1e-3);
    }

    @Test
    void aBadRasterIsRefusedWithItsReasonAndChangesNothing() throws Exception {
        DesignerView v = create("bad-raster");
        byte[] dem = file("dem.tif");
        byte[] truncated = java.util.Arrays.copyOf(dem, dem.length / 3);
        v.layers.importLayer("landUse", "broken.tif", truncated);
        assertTrue(v.layers.report.getText().contains("broken.tif"), v.layers.report.getText());
        assertTrue(v.draft().layer("landUse").isEmpty());
        assertFalse(v.draft().dirty());
    }

    @Test
    void theMapEditorAddsMovesEditsAndDeletes() throws Exception {
        DesignerView v = built("map-edit");
        ForcesPanel f = v.forces;
        int before = v.draft().doc().forcesOrNone().sheltersOrEmpty().size();
        f.tool.setValue("shelter");
        f.clicked(new CellRef(10, 10));
        assertEquals(before + 1, v.draft().doc().forcesOrNone().sheltersOrEmpty().size());
        var added = v.draft().doc().forcesOrNone().sheltersOrEmpty().get(before);
        assertEquals(new CellRef(10, 10), added.cell());

        f.tool.setValue("move");
        f.clicked(new CellRef(12, 11));
        assertEquals(new CellRef(12, 11), v.draft().doc().forcesOrNone().sheltersOrEmpty().get(before).cell());

        f.capacity.setValue(1200);
        f.nameZh.setValue("第二中学");
        f.applyForm();
        var edited = v.draft().doc().forcesOrNone().sheltersOrEmpty().get(before);
        assertEquals(1200, edited.capacity());
        assertEquals("第二中学", edited.name().zh());

        f.capacity.setValue(-5);
        f.applyForm();
        assertTrue(f.capacity.isInvalid(), "the validator's message shows at the field");
        assertFalse(v.draft().problems().isEmpty());

        f.deleteSelected();
        assertEquals(before, v.draft().doc().forcesOrNone().sheltersOrEmpty().size());
        assertEquals(List.of(), v.draft().problems());

        f.tool.setValue("place");
        f.clicked(new CellRef(5, 5));
        f.clicked(new CellRef(2, 8));
        var place = v.draft().doc().drillOrEmpty().placesOrEmpty().get(1);
        assertEquals(List.of(2, 5, 5, 8), place.cells());
    }

    @Test
    void hazardFormsWriteTheDocumentAndDrawPreviews() throws Exception {
        DesignerView v = built("hazards");
        HazardsPanel h = v.hazards;
        h.rainMode.setValue("design");
        h.returnPeriod.setValue(50.0);
        h.stormDuration.setValue("3h");
        FloodSpec flood = (FloodSpec) v.draft().doc().hazardsOrEmpty().get(0);
        assertEquals(50.0, flood.rainfall().design().returnPeriod());
        assertTrue(h.rainFigures.getText().matches(".*\\d+\\.\\d.*"), h.rainFigures.getText());

        h.edgeType.setValue("inflow");
        h.edge.setValue("north");
        h.edgeSeries.setValue("0:50, 2h:200");
        h.addBoundary();
        flood = (FloodSpec) v.draft().doc().hazardsOrEmpty().get(0);
        assertEquals(1, flood.boundariesOrEmpty().size());
        assertEquals(List.of(List.of(0.0, 50.0), List.of(7200.0, 200.0)), flood.boundariesOrEmpty().get(0).series().points());

        h.quake.setValue(true);
        h.magnitude.setValue(6.5);
        h.pickEpicentre(200, 100);
        assertTrue(h.intensityFigures.getText().length() > 0);
        h.magnitude.setValue(15.0);
        assertTrue(h.magnitude.isInvalid(), "an impossible magnitude is marked at its field");
        h.magnitude.setValue(6.5);
        assertFalse(h.magnitude.isInvalid());

        h.fire.setValue(true);
        h.addIgnition(new CellRef(30, 5));
        assertEquals(List.of(), v.draft().problems());
        assertEquals(3, v.draft().doc().hazardsOrEmpty().size());
    }

    @Test
    void theScriptEditorTiesValidationToTheFieldsAndKeepsReferences() throws Exception {
        DesignerView v = built("script");
        DrillPanel s = v.drill;
        // a new inject has no message yet: the validator says so at the message field
        s.newInject();
        Inject fresh = v.draft().doc().drillOrEmpty().injectsOrEmpty().get(0);
        assertEquals("inject-1", fresh.id());
        assertFalse(v.draft().problems().isEmpty());

        s.body().setMessage("上游水库水位快速上涨", "The upstream reservoir is rising fast");
        s.at.setValue("40h");
        s.body().send();
        assertTrue(s.at.isInvalid(), "an inject after the end is marked at its time field: " + v.draft().problems());
        s.at.setValue("2h");
        s.expectOrders.setValue(java.util.Set.of("warn"));
        s.expectWithin.setValue("30m");
        s.body().send();
        assertEquals(List.of(), v.draft().problems());
        Inject done = v.draft().doc().drillOrEmpty().injectsOrEmpty().get(0);
        assertEquals(7200, done.at().seconds());
        assertEquals("warn", done.expectOrEmpty().get(0).order());

        // a second inject waits for the first; renaming the first keeps the link
        s.newInject();
        s.trigger.setValue("after");
        s.after.setValue("inject-1");
        s.delay.setValue("30m");
        s.body().setMessage("水库出现险情", null);
        s.body().send();
        s.injects.select(v.draft().doc().drillOrEmpty().inject("inject-1").orElseThrow());
        s.injectId.setValue("reservoir-rise");
        s.body().send();
        assertEquals("reservoir-rise", v.draft().doc().drillOrEmpty().inject("inject-2").orElseThrow().after());
        assertEquals(List.of(), v.draft().problems());
    }

    @Test
    void aDryRunShowsTheIndicators() throws Exception {
        DesignerView v = built("dry");
        v.general.duration.setValue("3h");
        v.hazards.steadyRate.setValue(80.0);
        assertEquals(List.of(), v.draft().problems());
        v.check.start();
        TestApp.await(() -> v.check.last() != null, "the dry run");
        assertTrue(v.check.kpis.isVisible());
        // households are whole: each cell's share rounds up to a household, so a little over the layer's total
        assertEquals(SyntheticGisFiles.PEOPLE, v.check.last().kpis().population(), 250);
        assertEquals(3 * 3600, v.check.last().simSeconds());
    }

    @Test
    void aPackageIsExportedAndImportedElsewhere() throws Exception {
        DesignerView v = built("exported");
        v.save();
        UI.getCurrent().navigate(LibraryView.class);
        LibraryView library = view(LibraryView.class);
        byte[] zip = library.exportBytes("exported", 2, false);
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Path file = other.resolve("p.zip");
        Files.write(file, zip);
        ScenarioLibrary there = new ScenarioLibrary(other);
        var in = ExercisePackage.importInto(file, there, id -> false, "someone");
        assertEquals("exported", in.id());
        var a = ScenarioLoader.load(app.library.source("exported", 2));
        var b = ScenarioLoader.load(there.source(in.id(), in.version()));
        assertEquals(a.scenario(), b.scenario());
        assertEquals(a.layers(), b.layers());

        // and back through the page: identical, so nothing new is stored
        library.importPackage("p.zip", zip);
        assertTrue(library.report.getText().contains("exported@2"), library.report.getText());
        assertEquals(2, app.library.versions("exported").size());
    }

    @Test
    void aPackageThatClimbsOutOfTheDataFolderIsRefused() throws Exception {
        UI.getCurrent().navigate(LibraryView.class);
        LibraryView library = view(LibraryView.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("../../evil.txt"));
            z.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        library.importPackage("evil.zip", bytes.toByteArray());
        assertTrue(library.report.getText().contains("evil.zip"), library.report.getText());
        assertTrue(library.report.getText().contains("../../evil.txt"), library.report.getText());
        assertFalse(Files.exists(dir.resolve("evil.txt")));
        assertFalse(Files.exists(dir.getParent().resolve("evil.txt")));
        assertTrue(app.library.list().isEmpty());
    }

    @Test
    void copiesDeletesAndRestores() throws Exception {
        UI.getCurrent().navigate(LibraryView.class);
        LibraryView library = view(LibraryView.class);
        library.copyFrom.setValue(app.design.catalog().entry("dabieshan-forest-fire").orElseThrow());
        library.copyId.setValue("xinzheng-720-rainstorm");
        library.copy();
        assertTrue(library.copyId.isInvalid(), "a bundled id is refused at the field");
        library.copyId.setValue("my-fire");
        library.copy();
        assertEquals(DesignerView.class, UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass());
        assertEquals(1, app.library.list().size());
        UI.getCurrent().navigate(LibraryView.class);
        library = view(LibraryView.class);
        library.delete("my-fire");
        assertTrue(app.library.list().isEmpty());
        assertTrue(app.design.catalog().source("my-fire@1").isPresent(), "a deleted version still resolves for replays");
        library.restore("my-fire");
        assertEquals(1, app.library.list().size());
    }

    @Test
    void anExerciseOfALibraryScenarioPinsItsVersion() throws Exception {
        DesignerView v = built("pinned");
        v.general.duration.setValue("2h");
        v.save();
        var created = app.sessions.create("pinned@2", 1L, "from the library");
        assertEquals("pinned@2", app.sessions.store().find(created.session().id()).orElseThrow().scenarioId());
        DesignerView again = view(DesignerView.class);
        again.general.duration.setValue("4h");
        again.save();
        assertEquals(3, app.library.versions("pinned").size());
        assertEquals(7200, created.session().scenario().scenario().duration().seconds());
        created.session().paced().pause();
    }

    @Test
    void aPackageCarriesTheFinishedExercisesOfItsVersionWithTheirReports() throws Exception {
        DesignerView v = built("with-runs");
        v.general.duration.setValue("1h");
        v.save();
        var s = app.sessions.create("with-runs@2", 1L, "first drill").session();
        s.paced().setSpeed(3600);
        s.paced().resume();
        TestApp.await(() -> app.sessions.store().find(s.id()).orElseThrow().status().equals("FINISHED"), "the exercise's end");
        var finished = SessionArchive.finished(app.sessions, "with-runs", 2);
        assertEquals(1, finished.size());
        assertTrue(SessionArchive.finished(app.sessions, "with-runs", 1).isEmpty(), "only the version it ran");

        UI.getCurrent().navigate(LibraryView.class);
        byte[] zip = view(LibraryView.class).exportBytes("with-runs", 2, false, finished);
        Path file = dir.resolve("runs.zip");
        Files.write(file, zip);
        var manifest = ExercisePackage.readManifest(file);
        assertEquals(1, manifest.runs().size());
        String run = manifest.runs().get(0);
        assertTrue(manifest.files().contains("runs/" + run + "/report.html"), manifest.files().toString());
        assertTrue(manifest.files().contains("runs/" + run + "/events.jsonl"), manifest.files().toString());
    }

    @Test
    void traineesCannotOpenTheDesigner() {
        app.login("trainee", Role.TRAINEE, "rescue");
        UI.getCurrent().navigate(LibraryView.class);
        assertEquals(org.drillgrid.ui.auth.ForbiddenView.class,
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass());
    }
}
