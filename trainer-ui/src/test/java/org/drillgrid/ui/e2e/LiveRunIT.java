package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** End to end in a real browser: log in, open the scenario list, start a run, see the clock advance by push. */
class LiveRunIT extends BrowserTest {

    private static final String SCENARIO = "xinzheng-720-rainstorm";
    @Test
    void startingAScenarioShowsALiveClockThatAdvances() throws Exception {
        open("scenarios");
        Browser.login(browser, "admin", ADMIN_PASSWORD);
        WebElement start = wait.until(ExpectedConditions.elementToBeClickable(By.id("start-" + SCENARIO)));
        assertEquals("开始推演", start.getText(), "Chinese is the default language");
        Browser.screenshot(browser, "scenario-list");
        start.click();

        wait.until(ExpectedConditions.urlContains("/run/"));
        WebElement clock = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clock")));
        String first = clock.getText();
        assertTrue(first.matches("\\d\\d:\\d\\d:\\d\\d .*"), first);
        // at the default 60x a 60 s tick passes every wall second; the new time arrives by server push
        wait.until(d -> !d.findElement(By.id("clock")).getText().equals(first));
        assertNotEquals(first, browser.findElement(By.id("clock")).getText());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map")));
        Browser.screenshot(browser, "live-run");

        // speed up to 3600x and watch the 7·20 peak hour (t = 10-11 h) flood the map
        wait.until(d -> d.findElement(By.id("map")).getAttribute("data-shown") != null); // the first overlay
        String mapBefore = browser.findElement(By.id("map")).getAttribute("data-shown");
        browser.findElement(By.id("speed")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space()='3600×']")))
                .click();
        WebDriverWait storm = new WebDriverWait(browser, Duration.ofSeconds(60));
        storm.until(d -> d.findElement(By.id("clock")).getText().compareTo("11:00:00") >= 0);
        storm.until(d -> !String.valueOf(d.findElement(By.id("map")).getAttribute("data-shown")).equals(mapBefore));
        Browser.screenshot(browser, "live-run-flooded");
    }
}
