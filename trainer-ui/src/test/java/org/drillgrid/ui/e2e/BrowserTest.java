package org.drillgrid.ui.e2e;

import java.nio.file.Path;
import java.time.Duration;
import org.drillgrid.ui.DrillgridServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test: the app on a free loopback port with its data in {@link #data} and the first admin's
 * password {@link #ADMIN_PASSWORD}, and Debian's headless Chromium (1600 × 1250) driving it. Without the
 * browser the test is skipped, or fails where {@code DRILLGRID_REQUIRE_BROWSER} is set ({@link Browser#open}).
 */
abstract class BrowserTest {

    static final String ADMIN_PASSWORD = "admin-password-1";

    @TempDir
    Path data;
    @TempDir
    Path profile;
    DrillgridServer server;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startServerAndBrowser() throws Exception {
        browser = Browser.open(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1250));
        server = DrillgridServer.start("127.0.0.1", 0, data, database(), ADMIN_PASSWORD);
    }

    /** The database the server runs on: null for its own embedded one in {@link #data}; a test may share one. */
    org.drillgrid.ui.store.Database database() throws Exception {
        return null;
    }

    /**
     * The browser console's errors since the last call (Chromium logs a failed fetch, such as a 400 or 404, as
     * one), each as "level message".
     */
    java.util.List<String> consoleErrors() {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    @AfterEach
    void stopServerAndBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens a path of the app, e.g. {@code control/ID}. */
    void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + "/" + path);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** Clicks an element by id once it is clickable, scrolled into view first (out of view it counts as hidden). */
    void click(String id) {
        // found anew on every try: a page the server redraws (navigation, a pushed refresh) replaces the element
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement e = d.findElement(By.id(id));
                    js("arguments[0].scrollIntoView({block: 'center'})", e);
                    if (!e.isDisplayed() || !e.isEnabled()) {
                        return false;
                    }
                    e.click();
                    return true;
                });
    }

    /**
     * Sizes the window so that the page's viewport is {@code width} × {@code height} px (the browser's own bars,
     * if any, take the rest), and waits until the page has it.
     */
    void viewport(int width, int height) {
        // the window grows or shrinks by what the viewport lacks, until the page has the size (a resize is seen
        // by the page a moment after it is made)
        wait.until(d -> {
            @SuppressWarnings("unchecked")
            java.util.List<Number> inner = (java.util.List<Number>) js("return [window.innerWidth, window.innerHeight];");
            int dx = width - inner.get(0).intValue();
            int dy = height - inner.get(1).intValue();
            if (dx == 0 && dy == 0) {
                return true;
            }
            org.openqa.selenium.Dimension now = d.manage().window().getSize();
            d.manage().window().setSize(new org.openqa.selenium.Dimension(now.getWidth() + dx, now.getHeight() + dy));
            return false;
        });
    }

    /**
     * A dashboard page (console, command post) at the window's size as it is: the elements with these ids lie
     * wholly inside the viewport without any scrolling, the web map {@code #map} is in view and takes at least
     * half the viewport's width and height, and neither the page nor the app's content area scrolls. Waits up
     * to 15 s for it (the page's style sheets load after it), then fails with what was wrong.
     */
    void assertDashboardFits(String... ids) {
        js("window.scrollTo(0, 0)");
        java.util.concurrent.atomic.AtomicReference<Object> problems = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
                problems.set(js(DASHBOARD_PROBLEMS, java.util.List.of(ids)));
                return problems.get() instanceof java.util.List<?> l && l.isEmpty();
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the dashboard does not fit " + js("return innerWidth + ' × ' + innerHeight;")
                    + ": " + problems.get(), e);
        }
    }

    private static final String DASHBOARD_PROBLEMS = """
            var ids = arguments[0], out = [], W = window.innerWidth, H = window.innerHeight;
            var page = document.scrollingElement;
            if (page.scrollHeight > H + 2) { out.push('the page scrolls: ' + page.scrollHeight + ' > ' + H); }
            if (page.scrollWidth > W + 2) { out.push('the page scrolls sideways: ' + page.scrollWidth + ' > ' + W); }
            var app = document.querySelector('vaadin-app-layout');
            var content = app && app.shadowRoot && app.shadowRoot.querySelector('[content]');
            if (content && content.scrollHeight > content.clientHeight + 2) {
              out.push('the content area scrolls: ' + content.scrollHeight + ' > ' + content.clientHeight);
            }
            function inView(name, e) {
              var r = e.getBoundingClientRect();
              if (r.width < 1 || r.height < 1) { out.push(name + ' is not shown'); return null; }
              if (r.top < -1 || r.left < -1 || r.bottom > H + 1 || r.right > W + 1) {
                out.push(name + ' is out of view: ' + Math.round(r.left) + ',' + Math.round(r.top) + ' – '
                    + Math.round(r.right) + ',' + Math.round(r.bottom));
              }
              return r;
            }
            ids.forEach(function (id) {
              var e = document.getElementById(id);
              if (!e) { out.push(id + ' is missing'); } else { inView(id, e); }
            });
            var map = document.getElementById('map');
            var m = map ? inView('the map', map) : null;
            if (!map) { out.push('the map is missing'); }
            if (m) {
              if (m.width < 0.5 * W) { out.push('the map is ' + Math.round(m.width) + ' px wide of ' + W); }
              if (m.height < 0.5 * H) { out.push('the map is ' + Math.round(m.height) + ' px high of ' + H); }
              var hit = document.elementFromPoint(m.left + m.width / 2, m.top + m.height / 2);
              if (!hit || !map.contains(hit)) { out.push('the map is covered at its centre by ' + (hit && hit.tagName)); }
            }
            return out;
            """;

    /**
     * Opens a vaadin-select and picks the item with this text, until the select shows it, its list has
     * closed, and it still shows it a moment later, once the server has answered. Seen in CI: a list still
     * open took the forces map's next click and picked "named area" instead of "shelter"; the speed of a
     * console stayed at 60× after 600× was picked.
     */
    void choose(String id, String item) {
        for (int attempt = 1; ; attempt++) {
            click(id);
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-select-item[@role='option' and normalize-space()='" + item + "']"))).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> item.equals(shown(id)) && !listOpen());
                Thread.sleep(800); // the server's answer, and any push that redraws the select
                if (item.equals(shown(id)) && !listOpen()) {
                    return;
                }
            } catch (org.openqa.selenium.TimeoutException e) {
                // tried again below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            if (attempt == 3) {
                throw new AssertionError("select " + id + " shows '" + shown(id) + "', not '" + item + "'");
            }
            if (listOpen()) {
                new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ESCAPE)
                        .perform(); // closes a list left open
            }
        }
    }

    /** Whether a vaadin-select's list is open or closing over the page. */
    private boolean listOpen() {
        return Boolean.TRUE.equals(js("return Array.from(document.querySelectorAll('vaadin-select-overlay'))"
                + ".some(o => o.opened || o.hasAttribute('closing'));"));
    }

    /** The text of the item a vaadin-select shows. */
    private String shown(String id) {
        // null while the server redraws the select (picking an item may rebuild the form around it)
        Object text = js("var s = document.getElementById(arguments[0]);"
                + " var b = s && s.querySelector('vaadin-select-value-button');"
                + " return b ? b.textContent.trim() : null;", id);
        return String.valueOf(text);
    }
}
