package de.leitstand.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Controlling in the browser: a file with one bad line is refused with its line and column and nothing
 * is imported; the corrected file is imported and the dashboard shows the new Kennzahl.
 */
class ControllingBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.archive();
    }

    private String k1e2Row() {
        return driver.findElements(By.cssSelector("#kpiTable tbody tr")).stream()
                .filter(row -> row.getText().startsWith("K1E2")).findFirst().orElseThrow().getText();
    }

    @Test
    void aBadFileIsRefusedWholeAndTheCorrectedOneChangesTheDashboard() throws Exception {
        Path build = Path.of(System.getProperty("leitstand.it.build", "target"));
        Path bad = Files.writeString(build.resolve("import-bad.csv"),
                "traeger_nr;monat;geschlecht;reihe;wert\n03504;2021-01;G;ELB;5.380\n03504;2021-01;G;LZB;-4\n");
        Path good = Files.writeString(build.resolve("import-good.csv"),
                "traeger_nr;monat;geschlecht;reihe;wert\n03504;2021-01;G;ELB;5.380\n03504;2021-01;G;LZB;4.140\n");

        Browser.login(driver, base(), "ee-controlling", "demo");
        driver.get(base() + "controlling/dashboard.xhtml?monat=2021-01");
        assertTrue(k1e2Row().contains("nicht berechenbar"), k1e2Row());

        driver.get(base() + "controlling/import.xhtml");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("errorTable")));
        String errors = driver.findElement(By.id("errorTable")).getText();
        assertTrue(errors.contains("Zeile 3, Spalte 5"), errors);
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Es wurde nichts übernommen"));
        driver.get(base() + "controlling/dashboard.xhtml?monat=2021-01");
        assertTrue(k1e2Row().contains("nicht berechenbar"), "nothing of the bad file was imported");

        driver.get(base() + "controlling/import.xhtml");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(good.toAbsolutePath().toString());
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 Werte importiert"));
        driver.get(base() + "controlling/dashboard.xhtml?monat=2021-01");
        assertFalse(k1e2Row().contains("nicht berechenbar"), k1e2Row());
        assertTrue(k1e2Row().contains("%"), k1e2Row());
        org.junit.jupiter.api.Assertions.assertEquals("", Browser.accessibilityViolations(driver), "dashboard");
    }
}
