package org.drillgrid.ui.control;

import static org.drillgrid.ui.TestApp.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.auth.ForbiddenView;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.SessionStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The controller console over real services (in-memory H2, the bundled Xinzheng scenario), in Chinese. */
class ControlViewTest extends AppTest {

    private static final String SCENARIO = "xinzheng-720-rainstorm";
    /** A scripted inject due at 13 h: pending for the whole of each test. */
    private static final String LATE_INJECT = "xz-shelter-relief";

    private ExerciseSession session;

    @BeforeEach
    void setUp() throws Exception {
        session = app.sessions.create(SCENARIO, 42L, "test").session();
    }

    private ControlView openAsController() {
        app.login("controller", Role.CONTROLLER, null);
        UI.getCurrent().navigate(ControlView.class, session.id());
        return _get(ControlView.class);
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    /** Shows a tab of the rail (a tab sheet attaches only the selected tab's content, as in the browser). */
    private static void tab(String id) {
        _get(TabSheet.class, s -> s.withId("control-tabs")).setSelectedTab(_get(Tab.class, s -> s.withId(id)));
    }

    /** The timeline's lines, on its tab. */
    private static List<String> timeline() {
        tab("tab-timeline");
        return _find(Div.class, s -> s.withClasses("timeline-entry")).stream().map(d -> d.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void traineesAndReviewersAreSentToTheForbiddenPage() {
        app.login("trainee", Role.TRAINEE, "rescue");
        UI.getCurrent().navigate(ControlView.class, session.id());
        assertInstanceOf(ForbiddenView.class, UI.getCurrent().getCurrentView());
        assertTrue(_find(ControlView.class).isEmpty());
        app.login("reviewer", Role.REVIEWER, null);
        UI.getCurrent().navigate(ControlView.class, session.id());
        assertInstanceOf(ForbiddenView.class, UI.getCurrent().getCurrentView());
        app.login("admin", Role.ADMIN, null);
        UI.getCurrent().navigate(ControlView.class, session.id());
        assertInstanceOf(ControlView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void anUnknownExerciseSaysSo() {
        app.login("controller", Role.CONTROLLER, null);
        UI.getCurrent().navigate(ControlView.class, "no-such-exercise");
        assertTrue(_get(Paragraph.class, s -> s.withId("control-unknown")).getText().contains("no-such-exercise"));
        assertTrue(_find(org.drillgrid.ui.map.GridMap.class).isEmpty());
    }

    @Test
    void anEndedExerciseLinksToItsReviewInsteadOfTheConsole() throws Exception {
        session.paced().stop();
        await(() -> app.sessions.find(session.id()).isEmpty(), "the session to end and leave memory");
        app.login("controller", Role.CONTROLLER, null);
        UI.getCurrent().navigate(ControlView.class, session.id());
        assertNotNull(_get(Paragraph.class, s -> s.withId("control-not-live")));
        assertEquals("review/" + session.id(), _get(Anchor.class, s -> s.withId("control-review-link")).getHref());
        assertTrue(_find(Button.class, s -> s.withId("control-pause")).isEmpty());
    }

    @Test
    void theControllerSeesMapClockInjectsAndTheReliefTarget() {
        openAsController();
        org.drillgrid.ui.map.GridMap map = _get(org.drillgrid.ui.map.GridMap.class);
        assertTrue(map.overlay().length > 0, "the overlay image of the first moment");
        assertTrue(map.scene().labels().stream().anyMatch(l -> l.name().equals("新郑市第一中学")),
                "the shelters by name");
        assertEquals("06:00（T+0:00） / 7月21日 06:00（T+24:00）", text("control-clock"),
                "the scenario's local clock with the sim time beside it");
        assertTrue(text("control-status").contains("已暂停") || text("control-status").contains("暂停"),
                text("control-status"));
        var injects = session.scenario().scenario().drillOrEmpty().injectsOrEmpty();
        assertFalse(injects.isEmpty());
        for (Inject inj : injects) {
            assertNotNull(_get(Div.class, s -> s.withId("inject-" + inj.id())));
        }
        assertTrue(text("inject-xz-red-warning").contains("12:30（T+6:30）"), "the 390 min trigger is shown");
        assertTrue(text("inject-xz-red-warning").startsWith("暴雨预警升级为红色"), "the inject by its title");
        assertTrue(text("inject-xz-underpass-deep").contains("铁路下穿通道"), "the condition is shown by names");
        assertTrue(text("inject-xz-experimental-school-lost").contains("「气象服务保障专班：过去1小时城区雨量超过100…」之后 30 分钟"),
                "the chain is shown: " + text("inject-xz-experimental-school-lost"));
        assertEquals("待触发", text("inject-status-" + LATE_INJECT));
        tab("tab-indicators");
        String relief = text("kpi-relief");
        assertTrue(relief.startsWith("9 小时内"), relief);
        assertTrue(text("kpi-warning").contains("92.0 %"), text("kpi-warning"));
        @SuppressWarnings("unchecked")
        var layers = (com.vaadin.flow.component.checkbox.CheckboxGroup<org.drillgrid.ui.map.MapLayer>) _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, s -> s.withId("layers"));
        assertTrue(layers.getValue().containsAll(Set.of(org.drillgrid.ui.map.MapLayer.WATER,
                org.drillgrid.ui.map.MapLayer.PEOPLE, org.drillgrid.ui.map.MapLayer.ROADS)));
        assertFalse(layers.getValue().contains(org.drillgrid.ui.map.MapLayer.POPULATION), "offered, off at first");
    }

    /**
     * The map fills the main pane; the rail keeps the clock, its controls and the latest inject in view, and holds
     * the injects, the ad-hoc form, the indicators and the timeline as tabs.
     */
    @Test
    void theMapFillsTheMainPaneAndTheRailKeepsTheClockInView() {
        openAsController();
        var top = _get(Div.class, s -> s.withId("control-rail-top"));
        for (String id : List.of("control-clock", "control-speed", "control-pause", "control-end",
                "control-current-inject")) {
            var part = _get(com.vaadin.flow.component.Component.class, s -> s.withId(id));
            assertTrue(isInside(part, top), id + " on the rail's top");
        }
        assertEquals("尚无事件送达。", text("control-current-text"));
        assertTrue(isInside(_get(org.drillgrid.ui.map.GridMap.class), _get(Div.class, s -> s.withId("control-main"))),
                "the map in the main pane");
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("control-tabs"));
        assertEquals(4, tabs.getTabCount());
        assertEquals("tab-injects", tabs.getSelectedTab().getId().orElseThrow(), "the injects first");
        assertEquals(List.of("脚本事件", "临时事件", "指标与评定", "时间线"),
                java.util.stream.IntStream.range(0, 4).mapToObj(i -> tabs.getTabAt(i).getLabel()).toList());
    }

    private static boolean isInside(com.vaadin.flow.component.Component part, com.vaadin.flow.component.Component box) {
        for (var e = part.getElement(); e != null; e = e.getParent()) {
            if (e.equals(box.getElement())) {
                return true;
            }
        }
        return false;
    }

    /** A push queued before the controller picked a speed shows an older moment; it must not take the speed back. */
    @Test
    void aPushOfAnOlderMomentDoesNotTakeBackANewSpeed() throws Exception {
        openAsController();
        org.drillgrid.engine.api.RunSnapshot older = session.paced().snapshot();
        assertEquals(60.0, older.speed());
        @SuppressWarnings("unchecked")
        Select<Double> speed = _get(Select.class, s -> s.withId("control-speed"));
        speed.setValue(600.0);
        _get(ConsoleClock.class).show(older);
        assertEquals(600.0, session.paced().snapshot().speed(), "the session keeps the new speed");
        assertEquals(600.0, speed.getValue(), "and the select shows it");
    }

    /** The sensors' reports every few minutes can be filtered out, and never push the rarer lines out. */
    @Test
    void theTimelineFiltersByKindAndKeepsEachKindsLines() throws Exception {
        openAsController();
        tab("tab-timeline");
        Timeline timeline = _get(Timeline.class);
        List<org.drillgrid.model.event.SimEvent> events = new java.util.ArrayList<>();
        events.add(new org.drillgrid.model.event.InjectFired(0, "early-inject", "time", "phone", List.of(),
                new org.drillgrid.model.scenario.LocalizedText("早期注入", "early inject")));
        for (int i = 1; i <= Timeline.LIMIT + 50; i++) {
            events.add(new org.drillgrid.model.event.ReportReceived(i * 600L, "gauge-1", "water-depth", List.of(1, 1),
                    0.1, "m", i * 600L, List.of(), null));
        }
        timeline.addAll(events);
        assertTrue(timeline().stream().anyMatch(l -> l.contains("早期注入")),
                "350 reports later the inject is still there");
        assertEquals(Timeline.LIMIT, _find(Div.class, s -> s.withClasses("timeline-report")).size(),
                "reports are cut at the limit of their own kind");

        timeline.kinds.setValue(java.util.EnumSet.of(org.drillgrid.engine.text.Describer.Kind.INJECTS));
        assertTrue(_find(Div.class, s -> s.withClasses("timeline-report")).isEmpty(), "reports hidden");
        assertTrue(timeline().stream().anyMatch(l -> l.contains("早期注入")));
        timeline.kinds.setValue(java.util.EnumSet.of(org.drillgrid.engine.text.Describer.Kind.REPORTS));
        assertEquals(Timeline.LIMIT, _find(Div.class, s -> s.withClasses("timeline-report")).size());
        assertTrue(timeline().stream().noneMatch(l -> l.contains("早期注入")), "injects hidden");
        assertEquals(org.drillgrid.engine.text.Describer.Kind.ORDERS,
                org.drillgrid.engine.text.Describer.of(null, "zh").kind(new org.drillgrid.model.event.WarningIssued(0,
                        "w", "4", List.of(), null, 0, 0)), "a warning is the effect of an order");
    }

    /** 600x that really runs at 195x says so beside the speed; a run that keeps up shows nothing more. */
    @Test
    void aRunThatFallsBehindShowsTheSpeedItAchieves() throws Exception {
        openAsController();
        ConsoleClock clock = _get(ConsoleClock.class);
        assertTrue(_find(Span.class, s -> s.withId("control-achieved")).isEmpty(), "hidden until measured");
        clock.show(new org.drillgrid.engine.api.RunSnapshot(3600, 86_400, 60, RunStatus.RUNNING, 600, 195, 10, null));
        Span achieved = _get(Span.class, s -> s.withId("control-achieved"));
        assertEquals("实际 195×", achieved.getText());
        clock.show(new org.drillgrid.engine.api.RunSnapshot(3600, 86_400, 60, RunStatus.RUNNING, 600, 598, 10, null));
        assertFalse(achieved.isVisible(), "within 10 % of the speed asked");
        clock.show(new org.drillgrid.engine.api.RunSnapshot(3600, 86_400, 60, RunStatus.PAUSED, 600, 195, 10, null));
        assertFalse(achieved.isVisible(), "a paused run is not behind");
    }

    @Test
    void pauseSpeedAndStepActOnTheSession() throws Exception {
        openAsController();
        _click(_get(Button.class, s -> s.withId("control-pause")));
        await(() -> session.paced().snapshot().status() == RunStatus.RUNNING, "resume");
        await(() -> "暂停".equals(_get(Button.class, s -> s.withId("control-pause")).getText()), "the button to say pause");
        _click(_get(Button.class, s -> s.withId("control-pause")));
        await(() -> session.paced().snapshot().status() == RunStatus.PAUSED, "pause");
        @SuppressWarnings("unchecked")
        Select<Double> speed = _get(Select.class, s -> s.withId("control-speed"));
        speed.setValue(600.0);
        assertEquals(600.0, session.paced().snapshot().speed());
        await(() -> _get(Button.class, s -> s.withId("control-step")).isEnabled(), "step to be enabled when paused");
        long before = session.run().now();
        _click(_get(Button.class, s -> s.withId("control-step")));
        await(() -> session.run().now() == before + 60, "one 60 s tick");
        await(() -> text("control-clock").startsWith(org.drillgrid.engine.text.Describer.of(
                session.scenario().scenario(), "zh").when(before + 60)), "the clock to show the step");
    }

    @Test
    void fireNowFiresAPendingInjectAndARefusalIsShown() throws Exception {
        openAsController();
        _click(_get(Button.class, s -> s.withId("fire-" + LATE_INJECT)));
        assertTrue(text("control-message").contains("轩辕湖公园避难场所报告"), text("control-message"));
        session.paced().step();
        await(() -> text("inject-status-" + LATE_INJECT).contains("导调组手动触发"), "the inject to show as fired");
        assertTrue(text("inject-status-" + LATE_INJECT).contains("06:00（T+0:00）"), text("inject-status-" + LATE_INJECT));
        assertTrue(_find(Button.class, s -> s.withId("fire-" + LATE_INJECT)).isEmpty(), "no fire button once fired");
        assertTrue(text("control-current-inject").contains("轩辕湖公园避难场所报告")
                && text("control-current-inject").contains("导调组手动触发") && !text("control-current-inject").contains(LATE_INJECT),
                "the latest inject on the rail, by its title: " + text("control-current-inject"));
        // a second request (e.g. over the API) is refused by the engine: the console shows its reason
        session.submit(new ControllerAction.FireInject(null, "controller", LATE_INJECT));
        session.paced().step();
        await(() -> text("control-message").contains("已于 06:00（T+0:00） 触发"), "the engine's refusal, in Chinese");
    }

    @Test
    void anAdHocInjectIsCheckedAndThenAppearsInTheTimeline() throws Exception {
        ControlView view = openAsController();
        tab("tab-adhoc");
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        assertTrue(text("adhoc-error").startsWith("内容"), "the message field is named: " + text("adhoc-error"));
        _get(TextArea.class, s -> s.withId("adhoc-zh")).setValue("东区供水管爆裂，道路积水");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> audience = _get(MultiSelectComboBox.class, s -> s.withId("adhoc-audience"));
        audience.setValue(Set.of("rescue", "dispatch"));
        @SuppressWarnings("unchecked")
        Select<String> effect = _get(Select.class, s -> s.withId("adhoc-effect"));
        assertFalse(effect.getListDataView().getItems().anyMatch("breach"::equals), "Xinzheng has no levees");
        effect.setValue("rain");
        _get(NumberField.class, s -> s.withId("adhoc-rain")).setValue(40.0);
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        assertTrue(text("adhoc-error").startsWith("持续时间"), "the duration field is named: " + text("adhoc-error"));
        _get(TextField.class, s -> s.withId("adhoc-duration")).setValue("2h");
        view.map.clickCell(new org.drillgrid.model.scenario.CellRef(80, 60)); // fills the form's cell
        assertTrue(view.map.scene().outlines().stream().anyMatch(o -> o.kind().equals("selection") && o.c0() == 78
                && o.r0() == 58 && o.c1() == 82 && o.r1() == 62), "the cell and its radius (2) are outlined");
        assertFalse(_get(TextField.class, s -> s.withId("adhoc-cell")).getValue().isBlank());
        assertTrue(text("control-cell-info").contains("["), text("control-cell-info"));
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        assertEquals("", text("adhoc-error"));
        session.paced().step();
        await(() -> timeline().stream().anyMatch(l -> l.contains("东区供水管爆裂")), "the ad-hoc inject in the timeline");
        String line = timeline().stream().filter(l -> l.contains("情景注入「东区供水管爆裂」（")).findFirst().orElseThrow();
        assertTrue(line.contains("导调组手动触发") && line.contains("抢险救援专班") , line);
        await(() -> timeline().stream().anyMatch(l -> l.contains("追加降雨（情景注入「东区供水管爆裂」）")),
                "its rain effect applied");
        var inputs = app.sessions.store().inputs(session.id());
        assertTrue(inputs.stream().anyMatch(i -> i.kind().equals("control") && i.body().contains("ad-hoc-inject")
                && i.body().contains("\"mmPerHour\":40.0")), "stored as an input");
    }

    @Test
    void aRatingIsStoredAndListed() throws Exception {
        openAsController();
        tab("tab-indicators");
        _click(_get(Button.class, s -> s.withId("rating-save")));
        assertTrue(text("rating-error").startsWith("目标或事件"), text("rating-error"));
        @SuppressWarnings("unchecked")
        ComboBox<org.drillgrid.model.drill.Objective> objective = _get(ComboBox.class,
                s -> s.withId("rating-objective"));
        objective.setValue(session.scenario().scenario().drillOrEmpty().objectivesOrEmpty().stream()
                .filter(o -> o.id().equals("obj-underpass")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<Inject> inject = _get(ComboBox.class, s -> s.withId("rating-inject"));
        inject.setValue(session.scenario().scenario().drillOrEmpty().inject("xz-underpass-water").orElseThrow());
        _click(_get(Button.class, s -> s.withId("rating-save")));
        assertTrue(text("rating-error").startsWith("评定"), text("rating-error"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rating> rating = _get(RadioButtonGroup.class, s -> s.withId("rating-value"));
        rating.setValue(Rating.S);
        _get(TextArea.class, s -> s.withId("rating-note")).setValue("通道封闭偏晚");
        _click(_get(Button.class, s -> s.withId("rating-save")));
        List<SessionStore.InputRow> stored = app.sessions.store().inputs(session.id()).stream()
                .filter(i -> i.kind().equals("rating")).toList();
        assertEquals(1, stored.size());
        ObserverRating r = Json.mapper().readValue(stored.get(0).body(), ObserverRating.class);
        assertEquals(new ObserverRating(0L, "obj-underpass", "xz-underpass-water", Rating.S, "通道封闭偏晚", "controller"),
                r);
        assertEquals(1, _find(Div.class, s -> s.withClasses("rating")).size());
        assertTrue(text("ratings").contains("通道封闭偏晚"));
    }

    @Test
    void theMapAndClockAreRedrawnByPushWhileRunning() throws Exception {
        ControlView view = openAsController();
        int version = view.map.version();
        session.paced().setSpeed(3600);
        session.paced().resume();
        await(() -> view.map.version() >= version + 3, "the map to be redrawn by push");
        await(() -> !text("control-clock").startsWith("06:00（T+0:00）"), "the clock to move");
        await(() -> timeline().stream().anyMatch(l -> l.contains("市气象局发布暴雨蓝色预警")), "the 0 min inject in the timeline");
        tab("tab-injects");
        assertTrue(text("inject-status-xz-blue-warning").contains("按计划时间"), text("inject-status-xz-blue-warning"));
        session.paced().pause();
        await(() -> text("control-status").contains("暂停"), "the pause to show");
    }

    @Test
    void aLeveeBreachIsOfferedWhereTheFloodHasLeveesAndBreachesAtOnce() throws Exception {
        session = app.sessions.create("xinyang-huaihe-flood", 42L, "test").session();
        openAsController();
        tab("tab-adhoc");
        @SuppressWarnings("unchecked")
        Select<String> effect = _get(Select.class, s -> s.withId("adhoc-effect"));
        effect.setValue("breach");
        @SuppressWarnings("unchecked")
        Select<String> levee = _get(Select.class, s -> s.withId("adhoc-levee"));
        _get(TextArea.class, s -> s.withId("adhoc-en")).setValue("The Zhonghe dam gives way early");
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        assertTrue(text("adhoc-error").startsWith("堤防"), "the levee field is named: " + text("adhoc-error"));
        levee.setValue("zhonghe-dam");
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        session.paced().step();
        tab("tab-timeline");
        await(() -> !_find(Div.class, s -> s.withClasses("timeline-levee-breached")).isEmpty(),
                "the breach in the timeline");
        assertTrue(timeline().stream().anyMatch(l -> l.contains("中河水库大坝溃决")), String.valueOf(timeline()));
    }

    @Test
    void aQuakeExerciseOffersTheDamageLayerAndAnAftershockThatStrikes() throws Exception {
        session = app.sessions.create("xinyang-tanlu-quake", 42L, "test").session();
        ControlView view = openAsController();
        assertTrue(view.map.shownLayers().contains(org.drillgrid.ui.map.MapLayer.DAMAGE), "damage shown");
        assertTrue(!view.map.shownLayers().contains(org.drillgrid.ui.map.MapLayer.FIRE), "no fire here");
        tab("tab-adhoc");
        @SuppressWarnings("unchecked")
        Select<String> effect = _get(Select.class, s -> s.withId("adhoc-effect"));
        effect.setValue("aftershock");
        _get(TextArea.class, s -> s.withId("adhoc-en")).setValue("A strong aftershock");
        _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("adhoc-cell")).setValue("50, 60");
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        assertEquals("震级：3.0 至 9.0 之间的数值。", text("adhoc-error"));
        _get(com.vaadin.flow.component.textfield.NumberField.class, s -> s.withId("adhoc-magnitude")).setValue(5.2);
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        session.paced().step();
        await(() -> timeline().stream().anyMatch(l -> l.contains("5.2 级余震")), "the aftershock in the timeline");
        org.drillgrid.engine.api.Frame frame = session.run().frame();
        assertTrue(frame.damage() != null && frame.burned() == null, "the frame carries damage, no fire");
    }

    @Test
    void aFireExerciseOffersTheFireLayerAndANewFire() throws Exception {
        session = app.sessions.create("dabieshan-forest-fire", 42L, "test").session();
        ControlView view = openAsController();
        assertTrue(view.map.shownLayers().contains(org.drillgrid.ui.map.MapLayer.FIRE), "fire shown");
        tab("tab-adhoc");
        @SuppressWarnings("unchecked")
        Select<String> effect = _get(Select.class, s -> s.withId("adhoc-effect"));
        assertTrue(!effect.getListDataView().getItems().toList().contains("rain"), "no rain without a flood");
        effect.setValue("ignition");
        _get(TextArea.class, s -> s.withId("adhoc-en")).setValue("Lightning starts a fire");
        _get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withId("adhoc-cell")).setValue("131, 79");
        _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("adhoc-radius")).setValue(0);
        _click(_get(Button.class, s -> s.withId("adhoc-send")));
        session.paced().step();
        await(() -> timeline().stream().anyMatch(l -> l.contains("起火")), "the fire in the timeline");
        assertTrue(session.run().frame().burned().get(79 * 160 + 131), "the cell burns");
    }
}
