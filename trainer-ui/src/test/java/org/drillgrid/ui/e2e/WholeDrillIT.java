package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.drillgrid.ui.session.SessionStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole drill in a real browser, each step by the role that does it: the admin creates the users; the
 * controller creates an exercise, seats the trainee and starts it; the trainee orders an evacuation and a
 * team dispatch and sees their outcomes; the controller fires an inject and ends the exercise; the
 * reviewer replays it and exports the report. Every view is photographed in Chinese and English
 * (target/screenshots/view-zh.png, view-en.png; copied to docs/screenshots by hand after looking at them).
 */
class WholeDrillIT extends BrowserTest {

    private static final String PASSWORD = "password-1234";
    private static final String SCENARIO = "xinzheng-720-rainstorm";

    private WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + id + " input")));
        input.clear();
        input.sendKeys(text);
    }

    /** Opens a vaadin-combo-box and picks the item with this text. */
    private void pick(String id, String item) {
        WebElement input = byId(id).findElement(By.cssSelector("input"));
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(item);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[normalize-space()='" + item + "']"))).click();
    }

    private void login(String user, String password) {
        open("");
        Browser.login(browser, user, password);
        byId("lobby");
    }

    private void logout() {
        click("logout");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-view")));
    }

    /** Screenshots the page as it is (Chinese), then in English, and switches back to Chinese. */
    private void photograph(String name, String readyId) throws Exception {
        byId(readyId);
        Thread.sleep(700); // let pushed images and charts arrive before the picture
        Browser.screenshot(browser, name + "-zh");
        choose("language", "English");
        byId(readyId);
        Thread.sleep(700);
        Browser.screenshot(browser, name + "-en");
        choose("language", "中文");
        byId(readyId);
    }

    private String text(String id) {
        return byId(id).getText();
    }

    @Test
    void adminControllerTraineeAndReviewerRunAWholeDrill() throws Exception {
        try {
            wholeDrill();
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "whole-drill-failure"); // what the browser showed when it failed
            throw e;
        }
    }

    private void wholeDrill() throws Exception {
        // -- the login page
        open("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-view")));
        photograph("login", "login-view");

        // -- admin: users
        Browser.login(browser, "admin", ADMIN_PASSWORD);
        byId("lobby");
        click("nav-users");
        byId("users-view");
        createUser("controller1", "导调人员", null);
        createUser("reviewer1", "评估人员", null);
        createUser("trainee1", "参演人员", "群众转移专班");
        assertTrue(text("users").contains("trainee1"));
        photograph("users", "users-view");
        logout();

        // -- controller: create an exercise, seat the trainee, start
        login("controller1", PASSWORD);
        choose("new-scenario", "新郑“7·20”式极端暴雨城市内涝综合演练");
        type("new-name", "7·20 指挥所演练");
        click("create-exercise");
        wait.until(d -> !server.sessions().store().recent(5).isEmpty());
        SessionStore.SessionRow row = server.sessions().store().recent(5).get(0);
        String id = row.id();
        assertEquals(SCENARIO, row.scenarioId());
        byId("seating");
        pick("seat-user", "trainee1 (群众转移专班)");
        click("seat");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members"), "trainee1"));
        click("start-" + id);
        wait.until(d -> "RUNNING".equals(server.sessions().store().find(id).orElseThrow().status()));
        photograph("lobby", "exercises");
        click("control-" + id);
        byId("control-clock");
        choose("control-speed", "600×");
        wait.until(d -> server.sessions().find(id).orElseThrow().run().now() >= 3 * 3600);
        // ten sim seconds a second while the trainee works: the 6:30 inject stays ahead even on a loaded machine
        choose("control-speed", "10×");
        logout();

        // -- trainee: orders from the command post
        login("trainee1", PASSWORD);
        click("post-" + id);
        traineeOrders();
        photograph("post", "command-post");
        logout();

        // -- controller: fire an inject now, then end the exercise
        login("controller1", PASSWORD);
        open("control/" + id);
        byId("control-clock");
        click("fire-xz-red-warning");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inject-status-xz-red-warning"), "已于"));
        assertTrue(text("inject-status-xz-red-warning").contains("导调"), text("inject-status-xz-red-warning"));
        // on to the peak hour of 7·20 (16-17 h local, 10-11 h into the drill), then photograph the truth
        choose("control-speed", "3600×");
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(d -> server.sessions().find(id).orElseThrow().run().now() >= 11 * 3600);
        choose("control-speed", "60×");
        photograph("control", "control-current-inject"); // the indicators are on a tab of the rail now
        click("control-end");
        click("control-end-confirm");
        wait.until(d -> List.of("FINISHED").contains(server.sessions().store().find(id).orElseThrow().status()));
        logout();

        // -- reviewer: replay and report
        login("reviewer1", PASSWORD);
        click("review-" + id);
        reviewAndExport(id);
        photograph("review", "review-timeline");
        logout();
    }

    private void createUser(String name, String role, String position) {
        type("new-username", name);
        type("new-password", PASSWORD);
        choose("new-role", role);
        if (position != null) {
            pick("new-position", position);
        }
        click("create-user");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-message"), name));
    }

    /** An evacuation of the old town to the No. 1 High School and a rescue team to the railway underpass. */
    private void traineeOrders() {
        byId("command-post");
        assertTrue(text("post-position").contains("群众转移专班"));
        click("tab-orders");
        choose("order-type", "组织转移");
        pick("order-area", "老城区低洼片区");
        pick("order-shelter", "新郑市第一中学");
        click("order-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-message"), "号指令已收到"));
        choose("order-type", "派遣队伍");
        pick("order-team", "新郑市消防救援大队");
        choose("order-task", "搜救");
        pick("order-area", "铁路下穿通道");
        click("order-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-message"), "号指令已收到"));
        click("tab-log");
        // both outcomes arrive by push once the running exercise has applied them
        wait.until(d -> {
            String log = d.findElement(By.id("order-log")).getText();
            return count(log, "已执行") + count(log, "被拒绝") >= 2;
        });
        assertTrue(count(text("order-log"), "已执行") >= 1, text("order-log"));
    }

    private static int count(String text, String word) {
        return text.split(word, -1).length - 1;
    }

    /** Seeks to 2:00 (the yellow warning's time), sees the log cut there, and exports the report. */
    private void reviewAndExport(String id) throws java.io.IOException {
        byId("review");
        WebElement time = byId("review-time").findElement(By.cssSelector("input"));
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2:00", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-position"), "2:00 /"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-timeline"), "xz-yellow-warning"));
        assertTrue(!text("review-timeline").contains("xz-orange-warning"), "the 4 h inject is after 2:00");
        click("review-report");
        WebElement html = new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("review-report-html")));
        String href = html.getAttribute("href");
        assertTrue(href != null && !href.isBlank(), "a download link for the report");
        browser.get(href);
        wait.until(d -> d.getPageSource().contains("新郑"));
        Browser.screenshot(browser, "report-zh");
        browser.navigate().back();
        byId("review");
    }

}
