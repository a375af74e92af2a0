package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drillgrid.ui.auth.Accounts;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.auth.User;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.Roster;
import org.drillgrid.ui.store.Database;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web map in a real browser, on the controller's console and a trainee's command post of a Xinzheng
 * exercise at the flood: labels with the shelters' Chinese names (no two names shown overlapping), a scale
 * bar, a north arrow and grid ticks;
 * dragging pans and the zoom button zooms; at 60× the overlay is replaced in place, each image fetched once
 * and never one older than the last; and the browser console has no errors (no theme stylesheet 400, no
 * favicon 404, no fetch of a replaced frame); both pages fit a window of 1440 × 900 as a dashboard (the map
 * fills the main pane, the clock and the controls stay in view on the rail, the page does not scroll).
 * Screenshots of a viewport of 1440 × 900 while the exercise runs: target/screenshots/control-zh.png,
 * post-zh.png and their -en twins (copied to docs/screenshots by hand after looking at them).
 */
class MapIT extends BrowserTest {

    private static final String SCENARIO = "xinzheng-720-rainstorm";
    private static final String PASSWORD = "password-1234";
    private static final List<String> SHELTERS = List.of("轩辕湖公园应急避难场所（Ⅱ类）", "新郑市第一中学", "新郑市实验小学",
            "新郑市体育中心", "黄帝故里广场", "城关乡中心小学");
    private Database db;

    @Override
    Database database() {
        db = Database.embedded(data);
        return db;
    }

    @Test
    void theConsoleAndTheCommandPostMapNameTheSheltersPanZoomAndLeaveNoConsoleErrors() throws Exception {
        try {
            walk();
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "map-failure");
            throw e;
        }
    }

    private void walk() throws Exception {
        ExerciseSession s = server.sessions().create(SCENARIO, null, "地图").session();
        User trainee = new Accounts(db.dataSource(), Clock.systemUTC()).create("trainee1", PASSWORD, Role.TRAINEE,
                "dispatch");
        new Roster(db.dataSource()).assign(s.id(), trainee.id(), "dispatch");
        runTo(s, 10 * 3600); // the flood is near its peak

        viewport(1440, 900); // a laptop's screen: the maps are fitted to it as they open, as in the pictures
        open("");
        Browser.login(browser, "admin", ADMIN_PASSWORD);
        open("control/" + s.id());
        checkMap("#control");
        s.paced().setSpeed(60);
        s.paced().resume(); // the layout and the pictures of a running exercise
        fitsAWindowOf1440By900("control-clock", "control-speed", "control-pause", "control-end", "control-current-inject",
                "control-tabs");
        photograph("control", "#control");
        panAndZoom();
        updatesInPlace();
        assertEquals(List.of(), consoleErrors(), "the console page");

        click("logout");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-view")));
        Browser.login(browser, "trainee1", PASSWORD);
        open("post/" + s.id());
        checkMap("#post-map");
        fitsAWindowOf1440By900("post-position", "post-clock", "post-tabs", "tab-inbox");
        photograph("post", "#post-map");
        panAndZoom();
        pickOnTheMap();
        assertEquals(List.of(), consoleErrors(), "the command post");
    }

    /**
     * A laptop's window of 1440 × 900 (its viewport a little smaller under the browser's bars, if any) and a
     * viewport of 1440 × 900: the map fills the main pane, the clock and the controls are in view on the rail, and
     * the page does not scroll. Below 1000 px of width the rail goes under the map. Ends at a viewport of
     * 1440 × 900, for the pictures.
     */
    private void fitsAWindowOf1440By900(String... ids) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 900));
        assertDashboardFits(ids);
        viewport(900, 900);
        wait.until(d -> Boolean.TRUE.equals(js("var m = document.querySelector('.dg-dash-main').getBoundingClientRect(),"
                + " r = document.querySelector('.dg-dash-rail').getBoundingClientRect();"
                + " return r.top >= m.bottom - 1 && r.width > 0.8 * window.innerWidth;")));
        viewport(1440, 900);
        assertDashboardFits(ids);
    }

    private static void runTo(ExerciseSession s, long seconds) throws InterruptedException {
        s.paced().setSpeed(3600);
        s.paced().resume();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (s.run().now() < seconds && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        s.paced().pause();
        assertTrue(s.run().now() >= seconds, "the exercise reached " + s.run().now() + " s");
    }

    /** Waits for the map under {@code scope} to show an overlay, then checks its labels and furniture. */
    private void checkMap(String scope) {
        wait.until(d -> js("var m = document.querySelector(arguments[0] + ' #map');"
                + " return !!(m && m.getAttribute('data-shown') && m.querySelector('.dg-label'));", scope));
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js("return Array.from(document.querySelectorAll("
                + "arguments[0] + ' #map .dg-shelter .dg-name')).map(e => e.textContent);", scope);
        assertTrue(names.containsAll(SHELTERS), "shelters by their Chinese names: " + names);
        String scale = (String) js("var e = document.querySelector(arguments[0] + ' .leaflet-control-scale-line');"
                + " return e ? e.textContent : '';", scope);
        assertTrue(scale.matches("\\d+ k?m"), "a scale bar: '" + scale + "'");
        assertEquals("北", js("return document.querySelector(arguments[0] + ' .dg-north').textContent;", scope));
        long ticks = (Long) js("return document.querySelectorAll(arguments[0] + ' .dg-tick').length;", scope);
        assertTrue(ticks >= 4, ticks + " grid ticks");
        // names that would collide give way: no two names shown overlap
        wait.until(d -> ((List<?>) js("var ws = Array.from(document.querySelectorAll(arguments[0] + ' #map .dg-label'))"
                + ".filter(l => !l.classList.contains('dg-crowded'))"
                + ".map(l => [l.querySelector('.dg-name').textContent, l.querySelector('.dg-words').getBoundingClientRect()]);"
                + " var out = []; for (var i = 0; i < ws.length; i++) { for (var j = i + 1; j < ws.length; j++) {"
                + "  var a = ws[i][1], b = ws[j][1]; if (a.width && b.width && a.left < b.right && a.right > b.left"
                + "   && a.top < b.bottom && a.bottom > b.top) { out.push(ws[i][0] + ' / ' + ws[j][0]); } } }"
                + " return out;", scope)).isEmpty());
    }

    /** Dragging the map moves its centre; the zoom button zooms in by half a level. */
    private void panAndZoom() {
        WebElement box = browser.findElement(By.cssSelector("#map .leaflet-container"));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        Map<String, Object> before = view();
        new Actions(browser).moveToElement(box).clickAndHold().moveByOffset(-60, 0).moveByOffset(-60, 40)
                .release().perform();
        wait.until(d -> Math.abs(number(view(), "x") - number(before, "x")) > 500);
        Map<String, Object> panned = view();
        browser.findElement(By.cssSelector("#map .leaflet-control-zoom-in")).click();
        wait.until(d -> number(view(), "zoom") > number(panned, "zoom"));
    }

    /** A click on the map fills the order's area with that cell, and the map outlines it. */
    private void pickOnTheMap() {
        WebElement box = browser.findElement(By.cssSelector("#map .leaflet-container"));
        js("arguments[0].scrollIntoView({block: 'center'})", box);
        // a point of the map itself, off labels and controls (a click on a label opens its details instead)
        @SuppressWarnings("unchecked")
        List<Number> free = (List<Number>) js("var b = arguments[0], r = b.getBoundingClientRect();"
                + " for (var dy = -40; dy <= 40; dy += 20) { for (var dx = -60; dx <= 60; dx += 20) {"
                + "  var e = document.elementFromPoint(r.left + r.width / 2 + dx, r.top + r.height / 2 + dy);"
                + "  if (e && b.contains(e) && !e.closest('.leaflet-marker-icon, .leaflet-control, .leaflet-tooltip,"
                + " .leaflet-interactive')) { return [dx, dy]; } } }"
                + " return null;", box);
        assertTrue(free != null, "a free point near the map's centre");
        new Actions(browser).moveToElement(box, free.get(0).intValue(), free.get(1).intValue()).click().perform();
        wait.until(d -> !String.valueOf(js("var i = document.querySelector('#order-area input');"
                + " return i ? i.value : '';")).isEmpty());
        wait.until(d -> (Long) js("return document.querySelectorAll('#map path.dg-outline-selection').length;") == 1L);
    }

    /** The map's centre (metres east of the grid's west edge) and zoom. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> view() {
        return (Map<String, Object>) js("var m = document.getElementById('map').__drillgridMap.map;"
                + " return {x: m.getCenter().lng, y: m.getCenter().lat, zoom: m.getZoom()};");
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    /**
     * At 60× the overlay changes at least three times in 15 s, each image URL is fetched once, in increasing
     * order (never one that was already replaced), and the overlay shown is always a single image.
     */
    private void updatesInPlace() throws InterruptedException {
        long first = shown();
        List<Long> seen = new ArrayList<>(List.of(first));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (seen.size() < 4 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            long v = shown();
            if (v != seen.get(seen.size() - 1)) {
                seen.add(v);
                assertEquals(1L, js("return document.querySelectorAll('#map img.dg-layers').length;"),
                        "one overlay image at a time");
            }
        }
        assertTrue(seen.size() >= 4, "the overlay was replaced three times: " + seen);
        @SuppressWarnings("unchecked")
        List<Number> fetched = (List<Number>) js("return performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(n => n.indexOf('v=') > 0 && n.indexOf('/VAADIN/dynamic/') > 0)"
                + ".map(n => Number(new URL(n).searchParams.get('v')));");
        for (int i = 1; i < fetched.size(); i++) {
            assertTrue(fetched.get(i).longValue() > fetched.get(i - 1).longValue(),
                    "overlay images fetched once each, newest last: " + fetched);
        }
    }

    private long shown() {
        return Long.parseLong((String) js("return document.getElementById('map').getAttribute('data-shown');"));
    }

    /** Screenshots the page with its map in view, in Chinese, then in English, and switches back. */
    private void photograph(String name, String scope) throws Exception {
        js("window.scrollTo(0, 0)");
        Thread.sleep(1200); // the pushed overlay and labels
        Browser.screenshot(browser, name + "-zh");
        choose("language", "English");
        wait.until(d -> js("var m = document.querySelector(arguments[0] + ' #map');"
                + " return !!(m && m.getAttribute('data-shown') && document.querySelector(arguments[0] + ' .dg-north')"
                + ".textContent === 'N');", scope));
        Thread.sleep(1200);
        js("window.scrollTo(0, 0)");
        Browser.screenshot(browser, name + "-en");
        choose("language", "中文");
        wait.until(d -> js("var n = document.querySelector(arguments[0] + ' .dg-north');"
                + " return !!(n && n.textContent === '北');", scope));
    }
}
