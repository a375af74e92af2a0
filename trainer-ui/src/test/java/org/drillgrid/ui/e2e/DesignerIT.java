package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.drillgrid.model.gis.SyntheticGisFiles;
import org.drillgrid.model.library.ExercisePackage;
import org.drillgrid.model.library.ScenarioLibrary;
import org.drillgrid.model.validate.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The issue's acceptance in a real browser: a scenario for a synthetic city built from imported rasters
 * (a GeoTIFF DEM and population, an ESRI ASCII land use) and GeoJSON (roads, WGS 84 facilities), a
 * shelter placed by a click on the map, a flood switched on, saved, dry-run, exported, and the package
 * imported into another library and through the page again, with no JSON written by hand. Screenshots
 * target/screenshots/design-*.png (copied to docs/screenshots by hand after looking at them).
 */
class DesignerIT extends BrowserTest {

    @TempDir
    Path gis;
    @TempDir
    Path elsewhere;

    private String bodyText() {
        Object text = js("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    /** Hands a file to a vaadin-upload through its file input (in its shadow root). */
    private void upload(String id, Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js("arguments[0].scrollIntoView({block: 'center'})", upload);
        WebElement input = (WebElement) js("return arguments[0].shadowRoot.querySelector('input[type=file]')"
                + " || arguments[0].querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    private void tab(String id) {
        click(id);
    }

    private void shot(String name) throws Exception {
        Thread.sleep(700);
        Browser.screenshot(browser, name);
    }

    @Test
    void aDesignerBuildsSavesDryRunsAndExportsAScenarioFromImportedFiles() throws Exception {
        SyntheticGisFiles.write(gis);
        try {
            open("");
            Browser.login(browser, "admin", ADMIN_PASSWORD);
            open("design");
            wait.until(d -> bodyText().contains("场景库"));

            // a new scenario from the DEM
            type("new-id", "synth-city");
            type("new-name-zh", "合成城市");
            type("new-name-en", "Synthetic city");
            upload("new-dem", gis.resolve("dem.tif"));
            wait.until(d -> browser.getCurrentUrl().contains("design/edit/synth-city"));
            wait.until(d -> bodyText().contains("合成城市"));

            // layers and features
            tab("tab-layers");
            upload("upload-landUse", gis.resolve("landuse.asc"));
            wait.until(d -> bodyText().contains("landuse.asc"));
            upload("upload-population", gis.resolve("population.tif"));
            wait.until(d -> bodyText().contains("population.tif"));
            upload("upload-features", gis.resolve("roads.geojson"));
            wait.until(d -> bodyText().contains("roads.geojson"));
            upload("upload-features", gis.resolve("facilities.geojson"));
            wait.until(d -> bodyText().contains("facilities.geojson"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#layers-map .leaflet-container")));
            shot("design-layers-zh");

            // one more shelter, by a click on the map
            tab("tab-forces");
            choose("tool", "避难场所");
            WebElement map = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#forces-map .leaflet-container")));
            js("arguments[0].scrollIntoView({block: 'center'})", map);
            new Actions(browser).moveToElement(map, -100, -60).click().perform();
            wait.until(d -> bodyText().contains("shelter-1"));
            shot("design-forces-zh");

            // a steady rain, and a short run
            tab("tab-hazards");
            click("hazard-flood");
            choose("flood-rain", "恒定雨强");
            type("flood-steady", "80");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hyetograph")));
            click("hazard-quake");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intensity")));
            shot("design-hazards-zh");
            click("hazard-quake");
            tab("tab-general");
            type("general-duration", "3h");
            choose("general-pack", "新郑（9 小时，92%）");
            wait.until(d -> bodyText().contains("无问题"));

            // save as version 2
            type("save-comment", "imported layers, one more shelter, rain");
            click("save");
            wait.until(d -> bodyText().contains("v2"));

            // dry run
            tab("tab-check");
            click("dry-run");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dry-run-kpis")));
            wait.until(d -> bodyText().contains("预警覆盖率"));
            shot("design-check-zh");
            choose("language", "English"); // the page is built anew in English: run it again
            wait.until(d -> bodyText().contains("Check & dry run"));
            tab("tab-check");
            click("dry-run");
            wait.until(d -> bodyText().contains("Warning coverage"));
            shot("design-check-en");
            tab("tab-forces");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#forces-map .leaflet-container")));
            shot("design-forces-en");
            choose("language", "中文");
            wait.until(d -> bodyText().contains("检查与试运行"));

            // export from the library, then import elsewhere
            open("design");
            wait.until(d -> bodyText().contains("synth-city"));
            shot("design-library-zh");
            choose("language", "English");
            wait.until(d -> bodyText().contains("Library"));
            shot("design-library-en");
            choose("language", "中文");
            wait.until(d -> bodyText().contains("场景库"));
            click("export-synth-city");
            click("export-make");
            WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-link")));
            String href = link.getAttribute("href");
            Object b64 = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                            + "let s = ''; const a = new Uint8Array(b); for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                            + "done(btoa(s)); }).catch(e => done('ERROR ' + e));", href);
            assertTrue(!String.valueOf(b64).startsWith("ERROR"), String.valueOf(b64));
            byte[] zip = Base64.getDecoder().decode(String.valueOf(b64));
            Path file = elsewhere.resolve("synth-city.zip");
            Files.write(file, zip);
            ScenarioLibrary there = new ScenarioLibrary(elsewhere.resolve("data"));
            var in = ExercisePackage.importInto(file, there, id -> false, "another bureau");
            assertEquals("synth-city", in.id());
            var loaded = ScenarioLoader.load(there.source(in.id(), in.version()));
            assertEquals(4, loaded.scenario().forcesOrNone().sheltersOrEmpty().size());
            assertTrue(loaded.layer("population").isPresent() && loaded.layer("roads").isPresent());

            // and through the page: the same scenario is already there
            js("document.querySelectorAll('vaadin-dialog-overlay').forEach(o => o.opened = false)");
            open("design");
            upload("import-package", file);
            wait.until(d -> bodyText().contains("synth-city@2"));
        } catch (Exception | AssertionError e) {
            Browser.screenshot(browser, "designer-failure");
            throw e;
        }
    }
}
