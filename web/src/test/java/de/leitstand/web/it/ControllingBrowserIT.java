package de.leitstand.web.it;

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
// what it tests is the page, not the database: CI's PostgreSQL pass leaves it out (-DexcludedGroups=page-only)
@org.junit.jupiter.api.Tag("page-only")
class ControllingBrowserIT extends BrowserTest {


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
        driver.get(base() + "controlling/dashboard.xhtml?month=2021-01");
        assertTrue(k1e2Row().contains("nicht berechenbar"), k1e2Row());

        driver.get(base() + "controlling/import.xhtml");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("errorTable")));
        String errors = driver.findElement(By.id("errorTable")).getText();
        assertTrue(errors.contains("Zeile 3, Spalte 5"), errors);
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Es wurde nichts übernommen"));
        driver.get(base() + "controlling/dashboard.xhtml?month=2021-01");
        assertTrue(k1e2Row().contains("nicht berechenbar"), "nothing of the bad file was imported");

        driver.get(base() + "controlling/import.xhtml");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(good.toAbsolutePath().toString());
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 Werte importiert"));
        driver.get(base() + "controlling/dashboard.xhtml?month=2021-01");
        assertFalse(k1e2Row().contains("nicht berechenbar"), k1e2Row());
        assertTrue(k1e2Row().contains("%"), k1e2Row());
        List<WebElement> seriesRows = driver.findElements(By.cssSelector("#seriesTable tbody tr"));
        assertEquals(12, seriesRows.size(), "the chart's table alternative has twelve months");
        assertEquals("2020-02", seriesRows.get(0).getAttribute("textContent").trim().substring(0, 7));
        org.junit.jupiter.api.Assertions.assertEquals("", Browser.accessibilityViolations(driver), "dashboard");
    }

    @Test
    void anImplausibleFileIsImportedAndItsWarningsAreListed() throws Exception {
        Path build = Path.of(System.getProperty("leitstand.it.build", "target"));
        Path odd = Files.writeString(build.resolve("import-odd.csv"),
                "traeger_nr;monat;geschlecht;reihe;wert\n03504;2021-03;G;INT;90\n03504;2021-03;G;INT_SVB;120\n");
        Browser.login(driver, base(), "ee-controlling", "demo");
        driver.get(base() + "controlling/import.xhtml");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(odd.toAbsolutePath().toString());
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("warningTable")));
        String warnings = driver.findElement(By.id("warningTable")).getText();
        assertTrue(warnings.contains("INT_SVB 120 ist größer als INT 90"), warnings);
        assertTrue(driver.findElement(By.id("messages")).getText().contains("2 Werte importiert"), "never blocked");
        assertTrue(driver.findElement(By.id("importForm:batches")).getText().contains("03504"));
        assertEquals("", Browser.accessibilityViolations(driver), "import page with warnings");
    }

    @Test
    void publishedValuesAreImportedAndTheDifferenceIsShownWithItsReason() throws Exception {
        Path build = Path.of(System.getProperty("leitstand.it.build", "target"));
        Path published = Files.writeString(build.resolve("published.csv"),
                "traeger_nr;monat;geschlecht;kennzahl;wert;zaehler;nenner;datenstand\n03504;2020-12;G;K2;1,5;80;5.400;2021-04\n");
        Browser.login(driver, base(), "ee-controlling", "demo");
        driver.get(base() + "controlling/reconciliation.xhtml");
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(published.toAbsolutePath().toString());
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 veröffentlichte Werte importiert"));
        WebElement month = driver.findElement(By.id("reconciliationForm:month"));
        month.clear();
        month.sendKeys("2020-12");
        driver.findElement(By.id("reconciliationForm:show")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("reconciliationTable")));
        String k2 = driver.findElements(By.cssSelector("#reconciliationTable tbody tr")).stream()
                .map(WebElement::getText).filter(t -> t.startsWith("K2 ")).findFirst().orElseThrow();
        assertTrue(k2.contains("Abweichung ungeklärt") && k2.contains("Zähler"), k2);
        assertTrue(driver.findElement(By.id("reconciliationForm:national")).getText().contains("03504"));
        assertEquals("", Browser.accessibilityViolations(driver), "reconciliation page");
        driver.get(base() + "controlling/dashboard.xhtml?month=2020-12");
        String k1e2 = k1e2Row();
        assertTrue(k1e2.matches("(?s).*[+−]\\d+,\\d %.*Quotient.*"), "change against the previous year with the quotient: " + k1e2);
    }

    @Test
    void womenAndMenAreJudgedAgainstTheirOwnQuotaTargets() {
        Browser.login(driver, base(), "ee-gf", "demo");
        driver.get(base() + "controlling/dashboard.xhtml?month=2020-06");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("genderTable")));
        for (String gender : List.of("FRAUEN", "MAENNER")) {
            WebElement light = driver.findElement(By.id("light-" + gender));
            String state = light.getAttribute("class");
            assertTrue(state.matches(".*ls-light-(GRUEN|GELB|ROT).*"), gender + " is judged against its own target: " + state);
            assertTrue(light.getText().matches("(grün|gelb|rot) – .*"), light.getText());
        }
        String table = driver.findElement(By.id("genderTable")).getText();
        assertTrue(table.contains("21,5") && table.contains("25,0"), "the quota targets of the Zielvereinbarung: " + table);
        assertEquals("", Browser.accessibilityViolations(driver), "dashboard with the targets by gender");
    }

    private WebElement entryField(String label) {
        return driver.findElement(By.cssSelector("#entryTable input[aria-label='" + label + "']"));
    }

    private void type(WebElement field, String text) {
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    @Test
    void aMonthIsEnteredByHandARefusedValueIsShownAtItsFieldAndTheWarningsAfterSaving() {
        Browser.login(driver, base(), "ee-controlling", "demo");
        driver.get(base() + "controlling/entry.xhtml?month=2021-05");
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("entryTable")));
        WebElement picker = driver.findElement(By.id("chooseForm:month_input"));
        type(picker, "07.2021");
        driver.findElement(By.id("chooseForm:show")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("month=2021-07"));
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#entryTable caption"), "2021-07"));
        assertEquals(18 * 3, driver.findElements(By.cssSelector("#entryTable tbody input[aria-label]")).size(),
                "every series of the catalogue (18) for the total, women and men");

        type(entryField("Integrationen insgesamt"), "50");
        type(entryField("Integrationen in sozialversicherungspflichtige Beschäftigung insgesamt"), "80");
        type(entryField("Bestand erwerbsfähige Leistungsberechtigte Frauen"), "-5");
        driver.findElement(By.id("entryForm:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entryTable .ls-field-error")));
        String refused = driver.findElement(By.cssSelector("#entryTable .ls-cell-refused")).getText();
        assertTrue(refused.contains("nicht negativ"), "the refusal stands at its field: " + refused);
        assertEquals("true", entryField("Bestand erwerbsfähige Leistungsberechtigte Frauen").getAttribute("aria-invalid"));
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Nichts gespeichert"));
        assertEquals("", Browser.accessibilityViolations(driver), "entry form with a refused value");

        type(entryField("Bestand erwerbsfähige Leistungsberechtigte Frauen"), "");
        driver.findElement(By.id("entryForm:save")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("entryWarnings")));
        assertTrue(driver.findElement(By.id("messages")).getText().contains("2 Werte gespeichert"), driver.findElement(By.id("messages")).getText());
        String warnings = driver.findElement(By.id("entryWarnings")).getText();
        assertTrue(warnings.contains("INT_SVB 80 ist größer als INT 50"), warnings);
        String about = driver.findElement(By.id("about-INT-GESAMT")).getText();
        assertTrue(about.contains("Erfassung (Stapel"), "vintage and source of the value now stored: " + about);
        assertEquals("", Browser.accessibilityViolations(driver), "entry form with warnings");

        driver.get(base() + "controlling/import.xhtml");
        assertTrue(driver.findElement(By.id("importForm:batches")).getText().contains("2021-07"), "the entry is listed with the imports");
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
        driver.get(base() + "controlling/supervision.xhtml?month=2020-12");
        String alerts = driver.findElement(By.id("alertList")).getText();
        assertTrue(alerts.contains("Fehlerquote Bildung und Teilhabe (§ 28 SGB II): Jahresdurchschnitt 5,8 %"), alerts);
        assertTrue(alerts.contains("überfällig"), alerts);
        assertEquals("", Browser.accessibilityViolations(driver), "Fachaufsicht");

        driver.get(base() + "controlling/supervision.xhtml?month=2019-12&tab=cases");
        String reference = "BG-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100000, 999999);
        new Select(driver.findElement(By.id("supervisionForm:caseArea"))).selectByVisibleText("KOOP – Eingliederungsvereinbarung / Kooperationsplan");
        driver.findElement(By.id("supervisionForm:caseTeam")).sendKeys("Team Nord");
        driver.findElement(By.id("supervisionForm:caseAuditor")).sendKeys("Prüferin A");
        driver.findElement(By.id("supervisionForm:caseReference")).sendKeys("Erika Mustermann");
        Browser.typeDate(driver, "supervisionForm:caseDate", "10.12.2019");
        driver.findElement(By.id("supervisionForm:recordCase")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "pseudonymisiert"));
        assertEquals(1, driver.findElements(By.cssSelector("#messages li")).size(), driver.findElement(By.id("messages")).getText());
        assertFalse(driver.findElement(By.id("supervisionForm:caseTable")).getText().contains("MUSTERMANN"), "nothing saved");

        WebElement field = driver.findElement(By.id("supervisionForm:caseReference"));
        field.clear();
        field.sendKeys(reference);
        driver.findElement(By.id("supervisionForm:recordCase")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ist erfasst"));
        assertTrue(driver.findElement(By.id("supervisionForm:caseTable")).getText().contains(reference));
        // the success message also stands where the user acted: right after the button
        WebElement notice = Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#supervisionForm\\:recordCase + .ls-notice")));
        assertTrue(notice.getText().contains("ist erfasst"), notice.getText());

        // the page is in tabs: a tab is a link with the month, marked as the current page, and shows only its part
        assertEquals("page", driver.findElement(By.id("tab-cases")).getDomAttribute("aria-current"));
        driver.findElement(By.id("tab-findings")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("tab=findings"));
        assertTrue(driver.getCurrentUrl().contains("month=2019-12"), driver.getCurrentUrl());
        assertEquals("page", driver.findElement(By.id("tab-findings")).getDomAttribute("aria-current"));
        assertTrue(driver.findElements(By.id("supervisionForm:caseTable")).isEmpty(), "the cases are on their own tab");
        assertTrue(driver.findElement(By.id("supervisionForm:findingsTab")).getText().contains("überfällig"));

        driver.manage().deleteAllCookies();
        Browser.login(driver, base(), "ee-gf", "demo");
        driver.get(base() + "controlling/dashboard.xhtml?month=2020-12");
        assertTrue(driver.findElement(By.id("alertList")).getText().contains("überfällig"));
        List<WebElement> path = driver.findElements(By.cssSelector("#pathTable tbody tr"));
        assertEquals(12, path.size(), "the target path has a row per month");
        assertEquals("", Browser.accessibilityViolations(driver), "dashboard with alerts and target path");
    }


    @Test
    void theStructurePageShowsTheSeedTablesAndRefusesABadFileWhole() throws Exception {
        Path bad = Files.writeString(Path.of(System.getProperty("leitstand.it.build", "target")).resolve("structure-bad.csv"),
                "traeger_nr;zeitraum;merkmal;kategorie;altersgruppe;wert\n03504;2031;BG;;;4400\n03504;2031;ELB_IP;MARKTNAH;U99;3\n");
        Browser.login(driver, base(), "ee-controlling", "demo");
        driver.get(base() + "controlling/structure.xhtml?zeitraum=2019&erwerbstaetige=2019-04&arbeitslose=2019-09");
        String prognosis = driver.findElement(By.id("prognosisTable")).getText();
        assertTrue(prognosis.contains("Erwerbsfähige Leistungsberechtigte gesamt 5.485 732 3.247 1.506"), prognosis);
        assertTrue(prognosis.contains("Sonstige Integrationsprognosen 1.489 27,1 439 821 229"), prognosis);
        String employment = driver.findElement(By.id("employmentTable")).getText();
        assertTrue(employment.contains("erwerbstätige ELB 1.619 100,0 -197 -10,8"), employment);
        assertTrue(employment.contains("über 1200 Euro 241 14,9 -18 -6,9"), employment);
        assertEquals("", Browser.accessibilityViolations(driver), "structure page");

        // without periods in the address the page opens on the newest ones with figures; periods are chosen by name
        driver.get(base() + "controlling/structure.xhtml");
        Select period = new Select(driver.findElement(By.id("structureForm:period")));
        assertEquals(period.getOptions().get(0).getDomAttribute("value"), period.getFirstSelectedOption().getDomAttribute("value"));
        Select employmentMonth = new Select(driver.findElement(By.id("structureForm:employmentMonth")));
        employmentMonth.selectByVisibleText("April 2019");
        new Select(driver.findElement(By.id("structureForm:period"))).selectByValue("2019");
        driver.findElement(By.id("structureForm:show")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("erwerbstaetige=2019-04"));
        assertTrue(driver.getCurrentUrl().contains("zeitraum=2019"), driver.getCurrentUrl());
        assertTrue(driver.findElement(By.id("employmentTable")).getText().contains("erwerbstätige ELB 1.619 100,0 -197 -10,8"));
        new Select(driver.findElement(By.id("structureForm:figure"))).selectByValue("EWT");
        Browser.waitFor(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> new Select(d.findElement(By.id("structureForm:entryCategory"))).getOptions().stream()
                .anyMatch(o -> o.getAttribute("value").equals("BIS_450")));

        driver.findElement(By.cssSelector("#structureImport input[type=file]")).sendKeys(bad.toAbsolutePath().toString());
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("structureErrors")));
        assertTrue(driver.findElement(By.id("structureErrors")).getText().contains("Zeile 3, Spalte 5"));
        driver.get(base() + "controlling/structure.xhtml?zeitraum=2031");
        assertTrue(driver.findElement(By.id("averagesTable")).getAttribute("textContent").replaceAll("\\s+", " ").contains("2031 – –"),
                "the good line of the refused file was not imported");
    }


    @Test
    void theGeschaeftsfuehrungHoldsAReviewDialogueWithTheFiguresOfTheDay() {
        String participants = "GF und Controlling " + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
        Browser.login(driver, base(), "ee-gf", "demo");
        driver.get(base() + "controlling/steering.xhtml?month=2020-12");
        String quality = driver.findElement(By.id("qualityTable")).getText();
        assertTrue(quality.contains("Index aus Kundenzufriedenheit (Schulnote)"), quality);
        assertTrue(quality.contains("Operativer Mindeststandard: Erstgespräch innerhalb von 14 Tagen"), quality);
        assertEquals("", Browser.accessibilityViolations(driver), "quality and review page");

        driver.findElement(By.cssSelector("details:has(#steeringForm\\:reviewMonth) summary")).click();
        driver.findElement(By.id("steeringForm:reviewMonth")).sendKeys("2020-08");
        driver.findElement(By.id("steeringForm:reviewCodes")).sendKeys("K2, K9");
        driver.findElement(By.id("steeringForm:reviewParticipants")).sendKeys(participants);
        driver.findElement(By.id("steeringForm:reviewAssessment")).sendKeys("Integrationen unter dem Zielpfad");
        Browser.typeDate(driver, "steeringForm:reviewDate", "01.12.2020");
        driver.findElement(By.id("steeringForm:recordReview")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "K9"));
        assertFalse(driver.getPageSource().contains(participants + "</p>"), "nothing saved");

        driver.findElement(By.cssSelector("details:has(#steeringForm\\:reviewMonth) summary")).click();
        WebElement codes = driver.findElement(By.id("steeringForm:reviewCodes"));
        codes.clear();
        codes.sendKeys("K2");
        driver.findElement(By.id("steeringForm:recordReview")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "festgehalten"));
        assertTrue(driver.getPageSource().contains(participants), "the dialogue is listed");
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
