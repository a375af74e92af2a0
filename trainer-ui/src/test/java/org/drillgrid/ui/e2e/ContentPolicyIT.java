package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The app under its Content-Security-Policy in a real browser: the login page, the log-in, and a live run
 * whose clock advances by server push (the WebSocket the policy must allow), all without one violation.
 * A listener installed before any page script records every {@code securitypolicyviolation}; at the end
 * the test makes one on purpose, to show the listener would have seen them.
 */
class ContentPolicyIT extends BrowserTest {

    private static final String RECORDER = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__violations.push("
            + "e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber), true);";

    @SuppressWarnings("unchecked")
    private List<String> violations() {
        return (List<String>) js("return window.__violations || ['no recorder on this page'];");
    }

    @Test
    void theLoginPageAndALiveRunLoadWithoutAViolation() throws Exception {
        ((ChromiumDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        open("login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        assertEquals(List.of(), violations(), "login page");
        Browser.login(browser, "admin", ADMIN_PASSWORD);
        open("scenarios");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start-xinzheng-720-rainstorm"))).click();
        wait.until(ExpectedConditions.urlContains("/run/"));
        String first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clock"))).getText();
        wait.until(d -> !d.findElement(By.id("clock")).getText().equals(first)); // pushed over the WebSocket
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map")));
        Thread.sleep(1000);
        assertEquals(List.of(), violations(), "live run");

        js("var i = document.createElement('img'); i.src = 'https://example.invalid/x.png'; document.body.appendChild(i);");
        wait.until(d -> !violations().isEmpty());
        assertTrue(violations().get(0).startsWith("img-src blocked https://example.invalid"), violations().toString());
    }
}
