package org.drillgrid.ui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Condition;
import org.drillgrid.model.drill.Effect;
import org.drillgrid.model.gis.SyntheticGisFiles;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.HazardSpec;
import org.drillgrid.model.hazard.QuakeSpec;
import org.drillgrid.model.scenario.CellRef;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.SimDuration;
import org.drillgrid.model.scenario.Targets;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.auth.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The designer driven as a user would, for edits that lost or hid parts of the document (review findings). */
class DesignerReviewTest extends AppTest {

    private Path gis;

    @BeforeEach
    void files() throws Exception {
        gis = Files.createDirectories(dir.resolve("gis"));
        SyntheticGisFiles.write(gis);
        app.login("designer", Role.DESIGNER, null);
    }

    private static <T> T view(Class<T> type) {
        return type.cast(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0));
    }

    /** A new scenario from the synthetic city's DEM (60 x 40 cells), opened in the editor. */
    private DesignerView create(String id) throws Exception {
        toLibrary();
        LibraryView library = view(LibraryView.class);
        library.newId.setValue(id);
        library.newNameEn.setValue("Synthetic city");
        library.cellSize.setValue(50.0);
        library.create("dem.tif", Files.readAllBytes(gis.resolve("dem.tif")));
        return view(DesignerView.class);
    }

    /** Goes to the library; a draft left with unsaved edits is kept (the page asks, DesignerSafetyTest). */
    private static void toLibrary() {
        UI.getCurrent().navigate(LibraryView.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.button.Button.class,
                s -> s.withId("leave-keep")).forEach(com.github.mvysny.kaributesting.v10.LocatorJ::_click);
    }

    /** A copy of a bundled scenario, opened in the editor. */
    private DesignerView copied(String bundled, String id) {
        toLibrary();
        LibraryView library = view(LibraryView.class);
        library.copyFrom.setValue(app.design.catalog().entry(bundled).orElseThrow());
        library.copyId.setValue(id);
        library.copy();
        return view(DesignerView.class);
    }

    private static <T extends HazardSpec> T hazard(DesignerView v, Class<T> type) {
        return v.draft().doc().hazardsOrEmpty().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    private static Inject inject(DesignerView v, String id) {
        return v.draft().doc().drillOrEmpty().inject(id).orElseThrow();
    }

    @Test
    void afterSaveTheTabsHoldTheNewDraftsPanelsOnly() {
        DesignerView v = copied("dabieshan-forest-fire", "ff");
        v.general.nameEn.setValue("Fire, our copy");
        v.save();
        assertEquals(2, app.library.versions("ff").size());
        assertEquals(6, v.tabs.getTabCount(), "the tabs of the saved draft are not kept beside the new ones");
        assertSame(v.general, v.tabs.getComponent(v.tabs.getTabAt(0)));
        assertSame(v.check, v.tabs.getComponent(v.tabs.getTabAt(5)));
    }

    @Test
    void editingOneHazardFieldKeepsTheRainTheFormCannotShow() {
        DesignerView xz = copied("xinzheng-720-rainstorm", "xz");
        FloodSpec before = hazard(xz, FloodSpec.class);
        xz.hazards.drainage.setValue(40.0);
        FloodSpec after = hazard(xz, FloodSpec.class);
        assertEquals(40.0, after.drainage().capacity());
        assertEquals(before.rainfall(), after.rainfall(), "the 16-hour hyetograph is kept");

        DesignerView xy = copied("xinyang-huaihe-flood", "xy");
        xy.hazards.returnPeriod.setValue(100.0);
        FloodSpec.DesignStorm storm = hazard(xy, FloodSpec.class).rainfall().design();
        assertEquals(100.0, storm.returnPeriod());
        assertEquals(SimDuration.parse("10m").orElseThrow(), storm.step(), "the storm's step is kept");
    }

    /** The fire form shows the wind's first entry and the first ignition's time; editing them changes no more. */
    @Test
    void editingTheShownWindAndTimeKeepsTheRestAndTheHazardsStayInOrder() {
        DesignerView ff = copied("dabieshan-forest-fire", "ff3");
        Draft d = ff.draft();
        FireSpec fire = hazard(ff, FireSpec.class);
        assertTrue(fire.wind().size() > 1, "the bundled fire's wind shifts: " + fire.wind());
        SimDuration first = fire.ignitions().get(0).at();
        SimDuration twoHours = SimDuration.parse("2h").orElseThrow();
        List<FireSpec.Ignition> two = List.of(fire.ignitions().get(0), new FireSpec.Ignition(new CellRef(20, 20), twoHours));
        FloodSpec rain = new FloodSpec(null, null, null, null, null, null, null, null, null, null, null);
        d.edit(s -> Edits.withHazards(s, List.of(new FireSpec(two, fire.fuelModel(), fire.fuelModelByLandUse(),
                fire.moisture(), fire.wind(), fire.roadBarriers()), rain)));

        ff.hazards.windSpeed.setValue(9.0);
        FireSpec after = hazard(ff, FireSpec.class);
        assertEquals(List.of(fire.wind().get(0).get(0), 9.0, fire.wind().get(0).get(2)), after.wind().get(0));
        assertEquals(fire.wind().subList(1, fire.wind().size()), after.wind().subList(1, after.wind().size()),
                "the later shifts are kept");
        assertTrue(ff.draft().doc().hazardsOrEmpty().get(0) instanceof FireSpec, "the fire stays first");
        assertTrue(ff.draft().doc().hazardsOrEmpty().get(1) instanceof FloodSpec);

        ff.hazards.fireAt.setValue("30m");
        after = hazard(ff, FireSpec.class);
        assertEquals(SimDuration.parse("30m").orElseThrow(), after.ignitions().get(0).at(), "the shown time moved");
        assertEquals(twoHours, after.ignitions().get(1).at(), "the ignition at 2 h keeps its time");

        ff.hazards.ignitions.setValue(ff.hazards.ignitions.getValue() + "; 25,25");
        after = hazard(ff, FireSpec.class);
        assertEquals(List.of(SimDuration.parse("30m").orElseThrow(), twoHours, SimDuration.parse("30m").orElseThrow()),
                after.ignitions().stream().map(FireSpec.Ignition::at).toList(), "a new cell takes the shown time");
        assertTrue(first == null || !first.equals(twoHours));
    }

    @Test
    void editingOneHazardFieldKeepsTheWindSeriesIgnitionTimesAndEpicentre() {
        DesignerView ff = copied("dabieshan-forest-fire", "ff2");
        Draft d = ff.draft();
        FireSpec fire = hazard(ff, FireSpec.class);
        List<FireSpec.Ignition> two = List.of(fire.ignitions().get(0),
                new FireSpec.Ignition(new CellRef(20, 20), SimDuration.parse("2h").orElseThrow()));
        d.edit(s -> Edits.withHazards(s, List.of(new FireSpec(two, fire.fuelModel(), fire.fuelModelByLandUse(),
                fire.moisture(), fire.wind(), fire.roadBarriers()))));
        ff.hazards.barriers.setValue("all");
        FireSpec after = hazard(ff, FireSpec.class);
        assertEquals("all", after.roadBarriers());
        assertEquals(fire.wind(), after.wind(), "the wind shift at 5 h is kept");
        assertEquals(two, after.ignitions(), "each ignition keeps its own time");

        DesignerView tl = copied("xinyang-tanlu-quake", "tl");
        QuakeSpec q = hazard(tl, QuakeSpec.class);
        var g = tl.draft().doc().grid();
        QuakeSpec.Epicentre xy = new QuakeSpec.Epicentre(null, g.originXOrZero() - 5_000.0, g.originYOrZero() + 1_000.0);
        tl.draft().edit(s -> Edits.withHazards(s, Edits.replace(s.hazardsOrEmpty(), QuakeSpec.class::isInstance,
                h -> new QuakeSpec(q.magnitude(), xy, q.depthKm(), q.strikeDeg(), q.at(), q.region(), q.variability(),
                        q.aftershocks(), q.landslides(), q.dams()))));
        tl.hazards.magnitude.setValue(6.4);
        QuakeSpec moved = hazard(tl, QuakeSpec.class);
        assertEquals(6.4, moved.magnitude());
        assertEquals(xy, moved.epicentre(), "an epicentre given in metres stays where it was");
    }

    @Test
    void applyingAnInjectKeepsItsExpectationsTargetsAndTimes() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz3");
        DrillPanel s = v.drill;
        Inject rain = inject(v, "xz-rain-over-100");
        s.injects.select(rain);
        s.body().send();
        assertEquals(Set.copyOf(rain.expectOrEmpty()), Set.copyOf(inject(v, "xz-rain-over-100").expectOrEmpty()),
                "the level I target of set-response-level is kept");

        Inject red = inject(v, "xz-red-warning");
        s.injects.select(red);
        s.body().send();
        assertEquals(Set.copyOf(red.expectOrEmpty()), Set.copyOf(inject(v, "xz-red-warning").expectOrEmpty()),
                "five stops within 1 h, evacuation within 2 h");

        s.expectWithin.setValue("45m");
        s.body().send();
        assertTrue(inject(v, "xz-red-warning").expectOrEmpty().stream()
                .allMatch(e -> e.within().seconds() == 45 * 60), "a new time applies to all of them");
        assertEquals(List.of(), v.draft().problems());
    }

    @Test
    void renamingAnInjectKeepsTheObjectivesThatCountIt() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz4");
        DrillPanel s = v.drill;
        s.injects.select(inject(v, "xz-people-trapped"));
        s.injectId.setValue("xz-trapped");
        s.body().send();
        assertEquals(List.of(), v.draft().problems());
        var rescue = v.draft().doc().drillOrEmpty().objectivesOrEmpty().stream().filter(o -> o.id().equals("obj-rescue"))
                .findFirst().orElseThrow();
        assertTrue(rescue.criteriaOrEmpty().contains(new org.drillgrid.model.drill.Criterion.Actions(List.of("xz-trapped"))),
                rescue.toString());
    }

    @Test
    void generalEditsKeepTargetsWithoutAPack() throws Exception {
        DesignerView v = create("targets");
        Targets own = new Targets(null, null, null, 1.0, 15_000.0);
        v.draft().edit(s -> Edits.withDrill(s, Edits.targets(Edits.drill(s.drill()), own)));
        v.save();
        assertEquals(own, v.draft().doc().drillOrEmpty().targets());
        v.general.nameEn.setValue("Synthetic city, renamed");
        assertEquals("Synthetic city, renamed", v.draft().doc().name().en());
        assertEquals(own, v.draft().doc().drillOrEmpty().targets(), "deaths and affected targets are kept");
    }

    @Test
    void aPlaceMovedNearTheEdgeStaysOnTheGrid() throws Exception {
        DesignerView v = create("edge");
        ForcesPanel f = v.forces;
        f.tool.setValue("place");
        f.clicked(new CellRef(2, 2));
        f.clicked(new CellRef(10, 8));
        f.tool.setValue("move");
        f.clicked(new CellRef(58, 38));
        assertEquals(List.of(51, 33, 59, 39), v.draft().doc().drillOrEmpty().placesOrEmpty().get(0).cells(),
                "same size, moved as far as the grid allows");
        assertEquals(List.of(), v.draft().problems());
    }

    /** Renaming a shelter renames it in the injects that name it; the script stays valid. */
    @Test
    void renamingAShelterRenamesItInTheScript() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz7");
        ForcesPanel f = v.forces;
        f.items.select(f.items().stream().filter(i -> i.id().equals("xz-shelter-experimental-school")).findFirst()
                .orElseThrow());
        f.id.setValue("xz-shelter-school");
        f.applyForm();
        assertEquals(new org.drillgrid.model.drill.Effect.ShelterLost("xz-shelter-school"),
                inject(v, "xz-experimental-school-lost").effect());
        assertEquals(List.of(), v.draft().problems(), "no inject names the old id");
    }

    /** The form shows an objective's first indicator and first actions criterion; applying it keeps the rest. */
    @Test
    void applyingAnObjectiveKeepsTheCriteriaTheFormDoesNotShow() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz6");
        DrillPanel s = v.drill;
        var rich = new org.drillgrid.model.drill.Objective("obj-rich",
                new org.drillgrid.model.scenario.LocalizedText("多项", "Several"), null, List.of(
                        new org.drillgrid.model.drill.Criterion.Kpi("warning-coverage", 90.0, null),
                        new org.drillgrid.model.drill.Criterion.Actions(List.of("xz-peak-rain")),
                        new org.drillgrid.model.drill.Criterion.Kpi("deaths-per-million", null, 10.0),
                        new org.drillgrid.model.drill.Criterion.Actions(List.of("xz-red-warning")),
                        new org.drillgrid.model.drill.Criterion.Observer(
                                new org.drillgrid.model.scenario.LocalizedText("看会商", "Watch the consultation"))));
        v.draft().edit(d -> Edits.withDrill(d, Edits.objectives(Edits.drill(d.drill()),
                java.util.stream.Stream.concat(d.drill().objectivesOrEmpty().stream(), java.util.stream.Stream.of(rich))
                        .toList())));
        s.objectives.select(rich);
        assertEquals(90.0, s.atLeast.getValue(), "the form shows the first indicator");
        s.atLeast.setValue(95.0);
        s.applyObjective();
        var applied = v.draft().doc().drillOrEmpty().objectivesOrEmpty().stream().filter(o -> o.id().equals("obj-rich"))
                .findFirst().orElseThrow();
        assertEquals(List.of(new org.drillgrid.model.drill.Criterion.Kpi("warning-coverage", 95.0, null),
                rich.criteria().get(1), rich.criteria().get(2), rich.criteria().get(3), rich.criteria().get(4)),
                applied.criteria(), "only the first indicator changed; the others stay, in their places");

        s.kpi.setValue("none");
        s.criterionInjects.setValue(Set.of());
        s.applyObjective();
        applied = v.draft().doc().drillOrEmpty().objectivesOrEmpty().stream().filter(o -> o.id().equals("obj-rich"))
                .findFirst().orElseThrow();
        assertEquals(List.of(rich.criteria().get(2), rich.criteria().get(3), rich.criteria().get(4)), applied.criteria(),
                "clearing the form removes the two it shows, no more");
    }

    @Test
    void objectiveProblemsShowAtTheObjectivesFields() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz5");
        DrillPanel s = v.drill;
        var comms = v.draft().doc().drillOrEmpty().objectivesOrEmpty().stream().filter(o -> o.id().equals("obj-comms"))
                .findFirst().orElseThrow();
        s.objectives.select(comms);
        s.objectiveZh.setValue("");
        s.objectiveEn.setValue("");
        s.criterionInjects.setValue(Set.of());
        s.applyObjective();
        assertTrue(s.objectiveZh.isInvalid(), "the objective needs a name: " + v.draft().problems());
        assertTrue(s.kpi.isInvalid(), "and a criterion");
        s.injects.select(inject(v, "xz-peak-rain"));
        assertTrue(s.kpi.isInvalid(), "choosing an inject does not hide the objective's problems");
        assertTrue(s.objectiveZh.isInvalid());
    }

    @Test
    void importedAndNewIdsDoNotTakeAnInjectsOrObjectivesId() throws Exception {
        DesignerView v = create("ids");
        v.drill.newInject();
        assertEquals("inject-1", v.draft().doc().drillOrEmpty().injectsOrEmpty().get(0).id());
        String geojson = "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": "
                + "{\"name\": \"urn:ogc:def:crs:EPSG::4547\"}}, \"features\": [{\"type\": \"Feature\", \"properties\": "
                + "{\"kind\": \"shelter\", \"id\": \"inject-1\"}, \"geometry\": {\"type\": \"Point\", "
                + "\"coordinates\": [500000, 3800250]}}]}";
        v.layers.importFeatures("school.geojson", geojson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var shelters = v.draft().doc().forcesOrNone().sheltersOrEmpty();
        assertEquals(1, shelters.size(), v.layers.report.getText());
        assertEquals("shelter-1", shelters.get(0).id(), "the inject has 'inject-1' already");
        assertTrue(v.draft().problems().stream().noneMatch(p -> p.message().contains("already used")), v.draft().problems().toString());

        v.forces.items.select(v.forces.items().get(0));
        v.forces.id.setValue("inject-2");
        v.forces.applyForm();
        v.drill.newInject();
        assertEquals(List.of("inject-1", "inject-3"), v.draft().doc().drillOrEmpty().injectsOrEmpty().stream().map(Inject::id).toList(),
                "a new inject does not take the shelter's id");
    }

    private static void replaceInject(DesignerView v, String id, java.util.function.UnaryOperator<Inject> by) {
        v.draft().edit(s -> Edits.withDrill(s, Edits.injects(s.drill(), Edits.replace(s.drill().injects(),
                x -> x.id().equals(id), by))));
    }

    @Test
    void applyingAnInjectKeepsAreasItsFieldsCannotShow() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz6");
        DrillPanel s = v.drill;
        for (AreaRef area : List.of(AreaRef.place("xz-shelter-experimental-school"), AreaRef.cells(0, 0, 4, 2))) {
            replaceInject(v, "xz-village-outage", x -> new Inject(x.id(), x.at(), x.when(), x.after(), x.delay(),
                    x.audience(), x.channel(), x.message(), new Effect.Outage("network", area, null), x.expect()));
            s.injects.select(inject(v, "xz-village-outage"));
            s.body().setMessage("通信中断：" + area, null);
            s.body().send();
            Inject after = inject(v, "xz-village-outage");
            assertEquals("通信中断：" + area, after.message().zh(), "applied");
            assertEquals(new Effect.Outage("network", area, null), after.effect(), "the outage keeps its area");
        }
        Condition.WaterDepth strip = new Condition.WaterDepth(AreaRef.cells(0, 0, 4, 2), 1.0);
        replaceInject(v, "xz-underpass-deep", x -> new Inject(x.id(), x.at(), strip, x.after(), x.delay(), x.audience(),
                x.channel(), x.message(), x.effect(), x.expect()));
        s.injects.select(inject(v, "xz-underpass-deep"));
        s.body().setMessage("积水", null);
        s.body().send();
        assertEquals("积水", inject(v, "xz-underpass-deep").message().zh());
        assertEquals(strip, inject(v, "xz-underpass-deep").when(), "the condition keeps its cells");
        assertEquals(List.of(), v.draft().problems());
    }

    @Test
    void aTargetsProblemOpensTheGeneralTab() throws Exception {
        DesignerView v = create("jump");
        v.tabs.setSelectedIndex(5);
        v.general.warningCoverage.setValue(150.0);
        assertTrue(v.general.warningCoverage.isInvalid());
        String path = v.draft().problems().get(0).path();
        assertEquals("$.drill.targets.warningCoverage", path);
        v.jumpTo(path);
        assertEquals(0, v.tabs.getSelectedIndex(), "the targets are edited in the General tab");
    }

    @Test
    void fixingARenameThatTookAnotherItemsIdEditsTheRightItem() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz7");
        ForcesPanel f = v.forces;
        var shelters = v.draft().doc().forcesOrNone().sheltersOrEmpty();
        var a = shelters.get(0);
        var b = shelters.get(1);
        f.items.select(f.items().stream().filter(i -> i.id().equals(b.id())).findFirst().orElseThrow());
        f.id.setValue(a.id());
        f.applyForm();
        assertEquals(b.capacity(), f.capacity.getValue(), "the form still shows the renamed shelter");
        assertTrue(f.id.isInvalid(), "and says its id is taken: " + v.draft().problems());

        f.id.setValue(b.id());
        f.applyForm();
        assertEquals(shelters, v.draft().doc().forcesOrNone().sheltersOrEmpty(), "both shelters as they were");
        assertEquals(List.of(), v.draft().problems());
    }

    @Test
    void fixingAnInjectRenameThatTookAnotherInjectsIdEditsTheRightInject() {
        DesignerView v = copied("xinzheng-720-rainstorm", "xz8");
        DrillPanel s = v.drill;
        List<Inject> before = v.draft().doc().drillOrEmpty().injectsOrEmpty();
        s.injects.select(inject(v, "xz-yellow-warning"));
        s.injectId.setValue("xz-blue-warning");
        s.body().send();
        assertTrue(s.injectId.isInvalid(), "the id is taken: " + v.draft().problems());
        s.injectId.setValue("xz-yellow-warning");
        s.body().send();
        List<Inject> after = v.draft().doc().drillOrEmpty().injectsOrEmpty();
        assertEquals(before.stream().map(Inject::id).toList(), after.stream().map(Inject::id).toList());
        assertEquals(before.get(0), after.get(0), "the blue warning as it was");
        assertEquals(before.get(1).message(), after.get(1).message(), "the yellow one kept its own message");

        var objective = v.draft().doc().drillOrEmpty().objectivesOrEmpty().get(1);
        s.objectives.select(objective);
        s.objectiveId.setValue("xz-peak-rain");
        s.applyObjective();
        assertTrue(s.objectiveId.isInvalid(), "an inject has that id");
        assertEquals(objective, v.draft().doc().drillOrEmpty().objectivesOrEmpty().get(1));
    }
}
