package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillgrid.ui.session.ExerciseSession;
import org.junit.jupiter.api.Test;

/**
 * The controller's console of the earthquake and forest-fire drills in a real browser: the map shows the
 * building damage and the burned ground with its fireline, and the legend names them. Screenshots
 * target/screenshots/control-quake-zh.png, control-fire-zh.png and their -en twins (copied to
 * docs/screenshots by hand after looking at them).
 */
class HazardConsoleIT extends BrowserTest {

    /** Creates an exercise and runs it at 3600x to {@code seconds} of sim time, then pauses it. */
    private ExerciseSession runTo(String scenario, long seconds) throws Exception {
        ExerciseSession s = server.sessions().create(scenario, null, scenario).session();
        s.paced().setSpeed(3600);
        s.paced().resume();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (s.run().now() < seconds && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        s.paced().pause();
        assertTrue(s.run().now() >= seconds, scenario + " reached " + s.run().now() + " s");
        return s;
    }

    /** The page's text, read by script: a reload between finding and reading the body cannot break it. */
    private String bodyText() {
        Object text = js("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    /** Screenshots the console in Chinese, then in English, and switches back to Chinese. */
    private void photograph(String name, String zh, String en) throws Exception {
        wait.until(d -> bodyText().contains(zh));
        Thread.sleep(1000); // let the pushed map arrive
        Browser.screenshot(browser, name + "-zh");
        choose("language", "English");
        wait.until(d -> bodyText().contains(en));
        Thread.sleep(1000);
        Browser.screenshot(browser, name + "-en");
        choose("language", "中文");
        wait.until(d -> bodyText().contains(zh));
    }

    @Test
    void theConsoleMapsTheDamageOfTheQuakeAndTheBurnedGroundOfTheFire() throws Exception {
        try {
            ExerciseSession quake = runTo("xinyang-tanlu-quake", 2 * 3600);
            ExerciseSession fire = runTo("dabieshan-forest-fire", 6 * 3600);
            open("");
            Browser.login(browser, "admin", ADMIN_PASSWORD);
            open("control/" + quake.id());
            photograph("control-quake", "倒塌", "Collapse");
            open("control/" + fire.id());
            photograph("control-fire", "过火区", "Burned");
            assertTrue(bodyText().contains("隔离带"), "fireline in the legend");
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "hazard-console-failure");
            throw e;
        }
    }
}
