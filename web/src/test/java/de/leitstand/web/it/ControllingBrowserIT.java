package de.leitstand.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Controlling in the browser: a file with one bad line is refused with its line and column and nothing
 * is imported; the corrected file is imported and the dashboard shows the new Kennzahl. The administrator
 * maintains a Vergleichstyp and the ranking is restricted to its members.
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
        List<WebElement> seriesRows = driver.findElements(By.cssSelector("#seriesTable tbody tr"));
        assertEquals(12, seriesRows.size(), "the chart's table alternative has twelve months");
        assertEquals("2020-02", seriesRows.get(0).getAttribute("textContent").trim().substring(0, 7));
        org.junit.jupiter.api.Assertions.assertEquals("", Browser.accessibilityViolations(driver), "dashboard");
    }

    @Test
    void theAdministratorDefinesAComparisonTypeAndTheRankingIsRestrictedToIt() {
        String code = "B" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10000, 99999);
        Browser.login(driver, base(), "admin", "demo");
        driver.get(base() + "controlling/comparison.xhtml");
        driver.findElement(By.id("groupsForm:typeCode")).sendKeys(code);
        driver.findElement(By.id("groupsForm:typeName")).sendKeys("Browsertest-Typ");
        driver.findElement(By.id("groupsForm:typeFrom")).sendKeys("2020-05");
        driver.findElement(By.id("groupsForm:typeTo")).sendKeys("2019-01");
        driver.findElement(By.id("groupsForm:saveType")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "liegt vor dem Beginn"));
        assertFalse(driver.findElement(By.id("groupsForm:types")).getText().contains(code), "nothing saved");

        driver.findElement(By.id("groupsForm:typeTo")).clear();
        driver.findElement(By.id("groupsForm:saveType")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("groupsForm:types"), code));
        assign(code, "99999", "2020-05");
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "99999"));
        assign(code, "03504", "2020-05");
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "zugeordnet"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("groupsForm:types"), "03504"));

        new Select(driver.findElement(By.id("comparisonForm:group"))).selectByValue(code);
        WebElement month = driver.findElement(By.id("comparisonForm:month"));
        month.clear();
        month.sendKeys("Juni");
        driver.findElement(By.id("comparisonForm:compare")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "„Juni“ ist kein Monat"));
        month = driver.findElement(By.id("comparisonForm:month"));
        month.clear();
        month.sendKeys("2020-06");
        driver.findElement(By.id("comparisonForm:compare")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("comparisonForm:ranks"), "Vergleichstyp " + code));
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='comparisonForm:ranks'] tbody tr"));
        String table = driver.findElement(By.id("comparisonForm:ranks")).getText();
        assertEquals(1, rows.size(), "Rotenburg has figures too but is not in the type: " + table);
        assertTrue(table.contains("03504") && !table.contains("26706"), table);
        assertEquals("", Browser.accessibilityViolations(driver), "comparison page");
    }


    @Test
    void theFachaufsichtSeesTheThresholdAlertAndRecordsOnlyPseudonymisedCases() {
        Browser.login(driver, base(), "ee-fachaufsicht", "demo");
        driver.get(base() + "controlling/supervision.xhtml?monat=2020-12");
        String alerts = driver.findElement(By.id("alertList")).getText();
        assertTrue(alerts.contains("Fehlerquote Bildung und Teilhabe (§ 28 SGB II): Jahresdurchschnitt 5,8 %"), alerts);
        assertTrue(alerts.contains("überfällig"), alerts);
        assertEquals("", Browser.accessibilityViolations(driver), "Fachaufsicht");

        driver.get(base() + "controlling/supervision.xhtml?monat=2019-12");
        String reference = "BG-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100000, 999999);
        new Select(driver.findElement(By.id("supervisionForm:caseArea"))).selectByVisibleText("KOOP – Eingliederungsvereinbarung / Kooperationsplan");
        driver.findElement(By.id("supervisionForm:caseDate_input")).sendKeys("10.12.2019");
        driver.findElement(By.id("supervisionForm:caseTeam")).sendKeys("Team Nord");
        driver.findElement(By.id("supervisionForm:caseAuditor")).sendKeys("Prüferin A");
        driver.findElement(By.id("supervisionForm:caseReference")).sendKeys("Erika Mustermann");
        driver.findElement(By.id("supervisionForm:recordCase")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "pseudonymisiert"));
        assertFalse(driver.findElement(By.id("supervisionForm:caseTable")).getText().contains("MUSTERMANN"), "nothing saved");

        WebElement field = driver.findElement(By.id("supervisionForm:caseReference"));
        field.clear();
        field.sendKeys(reference);
        driver.findElement(By.id("supervisionForm:recordCase")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("supervisionForm:caseTable"), reference));

        driver.manage().deleteAllCookies();
        Browser.login(driver, base(), "ee-gf", "demo");
        driver.get(base() + "controlling/dashboard.xhtml?monat=2020-12");
        assertTrue(driver.findElement(By.id("alertList")).getText().contains("überfällig"));
        List<WebElement> path = driver.findElements(By.cssSelector("#pathTable tbody tr"));
        assertEquals(12, path.size(), "the target path has a row per month");
        assertEquals("", Browser.accessibilityViolations(driver), "dashboard with alerts and target path");
    }

    private void assign(String code, String agency, String from) {
        new Select(driver.findElement(By.id("groupsForm:assignCode"))).selectByValue(code);
        WebElement agencyField = driver.findElement(By.id("groupsForm:assignAgency"));
        agencyField.clear();
        agencyField.sendKeys(agency);
        WebElement fromField = driver.findElement(By.id("groupsForm:assignFrom"));
        fromField.clear();
        fromField.sendKeys(from);
        driver.findElement(By.id("groupsForm:assign")).click();
    }
}
