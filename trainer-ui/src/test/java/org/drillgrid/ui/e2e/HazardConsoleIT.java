package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.drillgrid.ui.DrillgridServer;
import org.drillgrid.ui.session.ExerciseSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The controller's console of the earthquake and forest-fire drills in a real browser: the map shows the
 * building damage and the burned ground with its fireline, and the legend names them. Screenshots
 * target/screenshots/control-quake-zh.png, control-fire-zh.png and their -en twins (copied to
 * docs/screenshots by hand after looking at them).
 */
class HazardConsoleIT {

    private static final String ADMIN_PASSWORD = "admin-password-1";

    @TempDir
    Path data;
    @TempDir
    Path profile;
    private DrillgridServer server;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.open(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1250));
        server = DrillgridServer.start("127.0.0.1", 0, data, null, ADMIN_PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

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
        Object text = ((JavascriptExecutor) browser).executeScript("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    private void choose(String item) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                browser.findElement(By.id("language")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[@role='option' and normalize-space()='" + item + "']"))).click();
    }

    /** Screenshots the console in Chinese, then in English, and switches back to Chinese. */
    private void photograph(String name, String zh, String en) throws Exception {
        wait.until(d -> bodyText().contains(zh));
        Thread.sleep(1000); // let the pushed map arrive
        Browser.screenshot(browser, name + "-zh");
        choose("English");
        wait.until(d -> bodyText().contains(en));
        Thread.sleep(1000);
        Browser.screenshot(browser, name + "-en");
        choose("中文");
        wait.until(d -> bodyText().contains(zh));
    }

    @Test
    void theConsoleMapsTheDamageOfTheQuakeAndTheBurnedGroundOfTheFire() throws Exception {
        try {
            ExerciseSession quake = runTo("xinyang-tanlu-quake", 2 * 3600);
            ExerciseSession fire = runTo("dabieshan-forest-fire", 6 * 3600);
            browser.get("http://127.0.0.1:" + server.port() + "/");
            Browser.login(browser, "admin", ADMIN_PASSWORD);
            browser.get("http://127.0.0.1:" + server.port() + "/control/" + quake.id());
            photograph("control-quake", "倒塌", "Collapse");
            browser.get("http://127.0.0.1:" + server.port() + "/control/" + fire.id());
            photograph("control-fire", "过火区", "Burned");
            assertTrue(bodyText().contains("隔离带"), "fireline in the legend");
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "hazard-console-failure");
            throw e;
        }
    }
}
