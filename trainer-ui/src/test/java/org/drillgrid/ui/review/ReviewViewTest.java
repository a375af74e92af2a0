package org.drillgrid.ui.review;

import static org.drillgrid.ui.TestApp.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.AppTest;
import org.drillgrid.ui.auth.ForbiddenView;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.SessionStore;
import org.junit.jupiter.api.Test;

class ReviewViewTest extends AppTest {

    private static final String SCENARIO = "xinzheng-720-rainstorm";
    private static final long HOURS_RUN = 3 * 3600;

    /** A session of the Xinzheng scenario run paced at 3 600× to at least 3 h, then paused and saved. */
    private ExerciseSession ranThreeHours() throws Exception {
        ExerciseSession s = app.sessions.create(SCENARIO, 42L, "t").session();
        s.paced().setSpeed(3600);
        s.paced().resume();
        await(() -> s.paced().snapshot().now() >= HOURS_RUN, "the session to reach 3 h");
        s.paced().pause();
        await(() -> app.sessions.store().find(s.id()).map(r -> r.status().equals(RunStatus.PAUSED.name())
                && r.simSeconds() >= HOURS_RUN).orElse(false), "the paused session to be saved");
        return s;
    }

    private ReviewView open(String id) {
        app.login("reviewer", Role.REVIEWER, null);
        UI.getCurrent().navigate(ReviewView.class, id);
        return _get(ReviewView.class);
    }

    private static List<String> injects(List<EventTimeline.Row> rows) {
        return rows.stream().filter(r -> r.type().equals("inject-fired")).map(EventTimeline.Row::text).toList();
    }

    @Test
    void aTraineeIsSentToTheForbiddenPageFromAnExerciseNotTheirsOrNotOver() throws Exception {
        var trainee = app.login("trainee", Role.TRAINEE, "evacuation");
        UI.getCurrent().navigate("review/anything");
        _assertOne(ForbiddenView.class);
        _assertNone(ReviewView.class);

        ExerciseSession running = app.sessions.create(SCENARIO, 42L, "running").session();
        app.roster.assign(running.id(), trainee.id(), "evacuation");
        UI.getCurrent().navigate(ReviewView.class, running.id());
        _assertOne(ForbiddenView.class);

        ExerciseSession notSeated = ended("not seated");
        UI.getCurrent().navigate(ReviewView.class, notSeated.id());
        _assertOne(ForbiddenView.class);
        _assertNone(ReviewView.class);
    }

    /** A Xinzheng exercise run a few minutes, then ended by its controller (status FINISHED). */
    private ExerciseSession ended(String name) throws Exception {
        ExerciseSession s = app.sessions.create(SCENARIO, 42L, name).session();
        s.paced().setSpeed(3600);
        s.paced().resume();
        await(() -> s.paced().snapshot().now() >= 600, "the session to run ten minutes");
        s.paced().stop();
        await(() -> app.sessions.store().find(s.id()).map(r -> r.status().equals(RunStatus.FINISHED.name()))
                .orElse(false), "the ended session to be saved");
        return s;
    }

    @Test
    void aTraineeOpensTheReviewAndReportOfAFinishedExerciseTheySatIn() throws Exception {
        ExerciseSession s = ended("theirs");
        ExerciseSession other = ended("someone else's");
        var trainee = app.login("trainee", Role.TRAINEE, "evacuation");
        app.roster.assign(s.id(), trainee.id(), "evacuation");
        UI.getCurrent().navigate(ReviewView.class, s.id());
        ReviewView view = _get(ReviewView.class);
        assertTrue(view.scrubber().time() > 0, "the replay opens at the end of the exercise");
        _assertOne(ReportPanel.class);
        _assertNone(BranchPanel.class);
        _assertNone(ComparePanel.class);
        var picker = _get(com.vaadin.flow.component.select.Select.class, x -> x.withId("review-session"));
        @SuppressWarnings("unchecked")
        List<SessionStore.SessionRow> offered = picker.getListDataView().getItems().toList();
        assertEquals(List.of(s.id()), offered.stream().map(SessionStore.SessionRow::id).toList(),
                "only their own finished exercise is offered, not " + other.id());
        ReportPanel panel = _get(ReportPanel.class);
        _click(_get(Button.class, x -> x.withId("review-report")));
        await(() -> panel.made() != null, "the report");
        assertNotNull(_get(Anchor.class, x -> x.withId("review-report-html")).getHref());
    }

    @Test
    void anUnknownSessionIsNamedInAMessage() {
        open("no-such-session");
        assertTrue(_get(Paragraph.class, s -> s.withId("review-not-found")).getText().contains("no-such-session"));
    }

    @Test
    void seekingShowsTheTimelineUpToThatMinuteAndTheWaterCheckpointItUses() throws Exception {
        ExerciseSession s = ranThreeHours();
        ReviewView view = open(s.id());
        long reach = app.sessions.store().find(s.id()).orElseThrow().simSeconds();
        assertEquals(reach, view.scrubber().time(), "the replay opens at the session's reach");
        assertTrue(injects(view.timeline().rows()).stream().anyMatch(t -> t.contains("预警升级为黄色")),
                "at the reach the 2 h inject is on the timeline");

        TextField time = _get(TextField.class, f -> f.withId("review-time"));
        int mapBefore = _get(org.drillgrid.ui.map.GridMap.class).version();
        _setValue(time, "1:30");
        assertEquals(5400, view.scrubber().time());
        List<EventTimeline.Row> rows = view.timeline().rows();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.t() <= 5400), "nothing after 1:30: " + rows);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).t() >= rows.get(i).t(), "newest first");
        }
        List<String> fired = injects(rows);
        assertTrue(fired.stream().anyMatch(t -> t.contains("暴雨蓝色预警")), fired.toString());
        assertFalse(fired.stream().anyMatch(t -> t.contains("预警升级为黄色")), fired.toString());

        SessionStore.Checkpoint cp = app.sessions.store().checkpointAtOrBefore(s.id(), 5400).orElseThrow();
        String water = _get(Span.class, x -> x.withId("review-water-at")).getText();
        assertEquals("水深取自 " + Scrubber.hm(cp.t()) + " 的检查点", water);
        assertTrue(_get(org.drillgrid.ui.map.GridMap.class).version() > mapBefore, "the map was redrawn");
        assertEquals("1:00 的每小时统计：", _get(Span.class, x -> x.withId("review-kpi-at")).getText());
    }

    @Test
    void stepsSliderAndPlayMoveTheTimeAndBadInputIsRefusedWithAMessage() throws Exception {
        ExerciseSession s = ranThreeHours();
        ReviewView view = open(s.id());
        TextField time = _get(TextField.class, f -> f.withId("review-time"));
        _setValue(time, "1:00");
        _click(_get(Button.class, b -> b.withId("review-step-p600")));
        _click(_get(Button.class, b -> b.withId("review-step-m60")));
        assertEquals(3600 + 600 - 60, view.scrubber().time());
        assertEquals("1:09", time.getValue());

        JsonObject data = Json.createObject();
        data.put("element.value", "95");
        ElementUtilsKt._fireDomEvent(view.scrubber().range(), new DomEvent(view.scrubber().range(), "change", data));
        assertEquals(95 * 60, view.scrubber().time(), "the slider moves by minutes");

        _setValue(time, "half past one");
        assertTrue(time.isInvalid());
        assertTrue(time.getErrorMessage().contains("half past one"), time.getErrorMessage());
        _setValue(time, "99:00");
        assertTrue(time.isInvalid(), "past the reach");
        assertEquals(95 * 60, view.scrubber().time(), "bad input does not move the replay");

        _click(_get(Button.class, b -> b.withId("review-play")));
        assertTrue(view.scrubber().playing());
        assertEquals(Scrubber.PLAY_MILLIS, UI.getCurrent().getPollInterval());
        view.scrubber().advance(1000); // a second at the default 600×
        assertEquals(95 * 60 + 600, view.scrubber().time());
        _click(_get(Button.class, b -> b.withId("review-play")));
        assertFalse(view.scrubber().playing());
        assertEquals(-1, UI.getCurrent().getPollInterval(), "no polling when paused");
    }

    @Test
    void whatIfFromHereCreatesABranchPausedAtTheReplayTime() throws Exception {
        ExerciseSession s = ranThreeHours();
        open(s.id());
        _setValue(_get(TextField.class, f -> f.withId("review-time")), "2:00");
        _click(_get(Button.class, b -> b.withId("review-branch")));
        await(() -> !_find(Anchor.class, a -> a.withId("review-branch-review")).isEmpty(), "the link to the branch");
        String href = _get(Anchor.class, a -> a.withId("review-branch-review")).getHref();
        String branchId = href.substring("review/".length());
        SessionStore.SessionRow branch = app.sessions.store().find(branchId).orElseThrow();
        assertEquals(s.id(), branch.parentId());
        assertEquals(7200L, branch.branchAt());
        assertEquals(RunStatus.PAUSED.name(), branch.status());
        _assertNone(Anchor.class, a -> a.withId("review-branch-control")); // a reviewer does not control it
    }

    @Test
    void compareShowsBothSessionsSideBySideAndAddsScorecards() throws Exception {
        ExerciseSession a = ranThreeHours();
        ExerciseSession b = app.sessions.create(SCENARIO, 7L, "other").session();
        ReviewView view = open(a.id());
        view.compare().choose(app.sessions.store().find(b.id()).orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<ComparePanel.Line> table = _get(Grid.class, g -> g.withId("review-compare"));
        assertEquals(List.of("what", "a", "b"), table.getColumns().stream().map(Grid.Column::getKey).toList());
        int reachRow = row(table, "已推演时间");
        assertEquals(Scrubber.hm(app.sessions.store().find(a.id()).orElseThrow().simSeconds()),
                GridKt._getFormatted(table, reachRow, "a"));
        assertEquals("0:00", GridKt._getFormatted(table, reachRow, "b"));
        assertEquals("7", GridKt._getFormatted(table, row(table, "随机种子"), "b"));
        int warned = row(table, "已预警");
        assertTrue(GridKt._getFormatted(table, warned, "a").matches("[\\d,]+"));
        assertEquals("—", GridKt._getFormatted(table, warned, "b"), "the other has no hourly count yet");

        int before = GridKt._size(table);
        _click(_get(Button.class, x -> x.withId("review-compare-score")));
        await(() -> view.compare().message().equals("已加入评分卡。"), "the scorecards");
        assertTrue(GridKt._size(table) > before);
        assertTrue(view.compare().lines().stream().anyMatch(l -> l.what().startsWith("目标 ")));
    }

    @Test
    void theReportIsMadeInTheBackgroundAsHtmlAndDocx() throws Exception {
        ExerciseSession s = ranThreeHours();
        open(s.id());
        ReportPanel panel = _get(ReportPanel.class);
        _click(_get(Button.class, x -> x.withId("review-report")));
        await(() -> panel.made() != null, "the report");
        String name = ScenarioCatalog.bundled().entry(SCENARIO).orElseThrow().name().in(Locale.CHINESE);
        assertTrue(panel.made().html().contains(name), "the report names the scenario");
        assertTrue(panel.made().docx().length > 1000);
        assertEquals("PK", new String(panel.made().docx(), 0, 2, StandardCharsets.US_ASCII), "a DOCX is a zip");
        assertNotNull(_get(Anchor.class, x -> x.withId("review-report-html")).getHref());
        assertNotNull(_get(Anchor.class, x -> x.withId("review-report-docx")).getHref());
    }

    @Test
    void aReportOfASessionThatHasNotRunSaysSo() throws Exception {
        var created = app.sessions.create(SCENARIO, 1L, null);
        open(created.session().id());
        _assertOne(Paragraph.class, p -> p.withId("review-not-run"));
        _click(_get(Button.class, x -> x.withId("review-report")));
        assertEquals("本场次尚未运行，无可报告内容。", _get(ReportPanel.class).message());
    }

    private static int row(Grid<ComparePanel.Line> table, String what) {
        for (int i = 0; i < GridKt._size(table); i++) {
            if (GridKt._get(table, i).what().equals(what)) {
                return i;
            }
        }
        throw new AssertionError("no row " + what);
    }
}
