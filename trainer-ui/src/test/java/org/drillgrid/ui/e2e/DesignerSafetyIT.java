package org.drillgrid.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.drillgrid.model.gis.SyntheticGisFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The designer's safety in a real browser (issue 17, item 5): a cell size typed and not yet left when the
 * DEM goes up is the one the grid gets; a language switch keeps unsaved edits (and passes the page's leave
 * guard without a prompt).
 */
class DesignerSafetyIT extends BrowserTest {

    @TempDir
    Path gis;

    private String bodyText() {
        Object text = js("return document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }

    private WebElement input(String id) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        js("arguments[0].scrollIntoView({block: 'center'})", input);
        return input;
    }

    @Test
    void aTypedCellSizeGoesWithTheUploadAndALanguageSwitchKeepsTheDraft() throws Exception {
        SyntheticGisFiles.write(gis);
        open("");
        Browser.login(browser, "admin", ADMIN_PASSWORD);
        open("design");
        wait.until(d -> bodyText().contains("场景库"));

        input("new-id").sendKeys("typed-size", Keys.TAB);
        WebElement size = input("new-cell-size");
        size.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        size.sendKeys("25"); // no Tab: the field still has the focus when the file goes up
        WebElement upload = browser.findElement(By.id("new-dem"));
        WebElement file = (WebElement) js("return arguments[0].shadowRoot.querySelector('input[type=file]')"
                + " || arguments[0].querySelector('input[type=file]')", upload);
        file.sendKeys(gis.resolve("dem.tif").toAbsolutePath().toString());
        wait.until(d -> browser.getCurrentUrl().contains("design/edit/typed-size"));
        wait.until(d -> bodyText().contains("网格："));
        assertTrue(bodyText().contains("个 25 米网格"), "the grid is built at the size typed: " + grid());

        // an unsaved edit, then a language switch
        WebElement nameEn = input("general-name-en");
        nameEn.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        nameEn.sendKeys("Typed city", Keys.TAB);
        wait.until(d -> bodyText().contains("有未保存的修改"));
        wait.until(d -> Boolean.TRUE.equals(js("return window.drillgridUnsaved === true")));
        choose("language", "English");
        wait.until(d -> bodyText().contains("Check & dry run"));
        wait.until(d -> bodyText().contains("unsaved changes"));
        assertEquals("Typed city", input("general-name-en").getAttribute("value"), "the edit survived the switch");
        assertTrue(bodyText().contains("Your unsaved edits of this scenario were kept"), bodyText());
        Browser.screenshot(browser, "design-kept-draft-en");
    }

    private String grid() {
        return bodyText().lines().filter(l -> l.contains("网格：")).findFirst().orElse("(no grid line)");
    }
}
