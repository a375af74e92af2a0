package org.drillgrid.ui.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drillgrid.ui.OutsideProgram;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its ChromeDriver; never a downloaded browser. When the two are
 * missing the test is skipped with the reason, unless {@code DRILLGRID_REQUIRE_BROWSER=1} (as in CI),
 * where it fails. Public for the map keep-up measurement ({@code org.drillgrid.ui.load.MapCadence}), which
 * opens its pages the same way.
 */
public final class Browser {

    static final String REQUIRE = "DRILLGRID_REQUIRE_BROWSER";

    private Browser() {
    }

    public static WebDriver open(Path profile) {
        Path chromium = Path.of(env("DRILLGRID_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(env("DRILLGRID_CHROMEDRIVER", "/usr/bin/chromedriver"));
        OutsideProgram.require(Files.isExecutable(chromium) && Files.isExecutable(driver), REQUIRE,
                "browser test needs " + chromium + " and " + driver + " (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", driver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1000", "--user-data-dir=" + profile.toAbsolutePath());
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL); // console errors
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Saves a screenshot to target/screenshots/NAME.png for people to look at. */
    static Path screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Fills the login form (the page the browser is on must be the login page) and waits until it is gone. */
    public static void login(WebDriver driver, String username, String password) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver,
                java.time.Duration.ofSeconds(30));
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.cssSelector("#vaadinLoginUsername input")));
        driver.findElement(org.openqa.selenium.By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(password + org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElements(org.openqa.selenium.By.id("login-view")).isEmpty());
    }

    /** Whether Debian's Chromium and its driver are where {@link #open} looks for them. */
    public static boolean available() {
        return Files.isExecutable(Path.of(env("DRILLGRID_CHROMIUM", "/usr/bin/chromium")))
                && Files.isExecutable(Path.of(env("DRILLGRID_CHROMEDRIVER", "/usr/bin/chromedriver")));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
