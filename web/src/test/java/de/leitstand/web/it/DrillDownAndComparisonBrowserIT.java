package de.leitstand.web.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 (second half): a Kennzahl opens its drill-down; pages without figures say what is missing and where to
 * enter it instead of empty placeholders; the version comparison has a difference column, month names, rendered
 * text and collapsed unchanged chapters. Every page passes axe.
 */
// what it tests is the page, not the database: CI's PostgreSQL pass leaves it out (-DexcludedGroups=page-only)
@org.junit.jupiter.api.Tag("page-only")
class DrillDownAndComparisonBrowserIT extends BrowserTest {

    @Test
    void kpiOpensItsDrillDownOverTwentyFourMonths() {
        Browser.login(driver, base(), "ee-controlling", "demo");
        driver.get(base() + "controlling/dashboard.xhtml?month=2020-06");
        driver.findElement(By.id("kpiTable")).findElement(By.linkText("K2")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("drillTable")));
        assertTrue(driver.getCurrentUrl().contains("code=K2"), driver.getCurrentUrl());
        List<WebElement> rows = driver.findElements(By.cssSelector("#drillTable tbody tr"));
        assertEquals(24, rows.size(), "24 months");
        assertTrue(rows.get(0).getText().startsWith("07/2018"), rows.get(0).getText());
        assertTrue(rows.get(23).getText().startsWith("06/2020"), rows.get(23).getText());
        assertTrue(rows.get(23).getText().contains("%"), "value in percent: " + rows.get(23).getText());
        assertEquals("Integrationen", driver.findElement(By.id("numeratorSeries")).getText());
        assertTrue(driver.findElement(By.id("denominatorSeries")).getText().contains("erwerbsfähige"));
        String basis = driver.findElement(By.id("drillBasis")).getText();
        assertTrue(basis.contains("Integrationen") && basis.contains("Demowerte") && basis.contains("gilt"), basis);
        assertFalse(driver.findElements(By.cssSelector("#drillChart canvas")).isEmpty(), "chart drawn");
        assertEquals("", Browser.accessibilityViolations(driver), "drill-down");

        driver.get(base() + "controlling/kpi.xhtml");
        assertTrue(driver.findElement(By.id("messages")).getText().contains("Bitte eine Kennzahl wählen"), "no error page without parameters");
        driver.get(base() + "controlling/kpi.xhtml?code=K2&month=2020-13");
        assertTrue(driver.findElement(By.id("messages")).getText().contains("ist kein Monat"));
    }

    @Test
    void monthWithoutFiguresSaysWhatIsMissingAndWhereToEnterIt() {
        Browser.login(driver, base(), "ee-controlling", "demo");
        driver.get(base() + "controlling/dashboard.xhtml?month=2030-08");
        String missing = driver.findElement(By.id("missingFigures")).getText();
        assertTrue(missing.contains("August 2030") && missing.contains("fehlen Basiszahlen"), missing);
        assertTrue(driver.findElement(By.id("missingPlan")).getText().contains("2030 ist kein Integrationsziel geplant"));
        assertFalse(driver.findElements(By.cssSelector("#missingFigures a[href*='controlling/import']")).isEmpty(), "link to the import");
        String tracking = driver.findElement(By.id("dashboardForm:tracking")).getText();
        assertFalse(tracking.contains("( %)") || tracking.contains("Ziel %") || tracking.matches("(?s).*\\d /\\s*\\n.*"), tracking);
        assertEquals("", Browser.accessibilityViolations(driver), "dashboard without figures");

        driver.get(base() + "controlling/structure.xhtml");
        String page = driver.findElement(By.id("main")).getText();
        assertFalse(page.contains("[]"), page);

        driver.manage().deleteAllCookies();
        Browser.login(driver, base(), "ee-gremium", "demo");
        driver.get(base() + "controlling/dashboard.xhtml?month=2030-08");
        assertTrue(driver.findElement(By.id("missingFigures")).getText().contains("Controlling"), "who enters them, without a link");
        assertTrue(driver.findElements(By.cssSelector("#missingFigures a")).isEmpty());
    }

    @Test
    void versionComparisonShowsDifferencesMonthNamesRenderedTextAndCollapsesUnchanged() {
        Browser.login(driver, base(), "ee-gf", "demo");
        driver.get(base() + "planning/programmes.xhtml");
        String older = programmeId("2019");
        String newer = programmeId("2020");
        driver.get(base() + "planning/compare.xhtml?left=" + older + "&right=" + newer);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("changedCount")));
        String page = driver.findElement(By.id("compareForm:result")).getText();
        assertTrue(page.contains("Differenz"), "difference column");
        assertTrue(page.contains("−59"), "Ziel 2: 1.200 → 1.141");
        assertTrue(page.contains("Januar") && page.contains("Dezember") && !page.contains("Monat 1"), "month names");
        assertFalse(page.contains("<p>"), "texts rendered, not as markup");
        assertFalse(driver.findElements(By.cssSelector("td .ls-rich p")).isEmpty(), "rich text as HTML");
        for (WebElement chapter : driver.findElements(By.cssSelector("details.ls-chapter"))) {
            boolean unchanged = chapter.findElement(By.tagName("summary")).getText().contains("unverändert");
            assertEquals(!unchanged, chapter.getDomAttribute("open") != null, chapter.findElement(By.tagName("summary")).getText());
        }
        assertEquals("", Browser.accessibilityViolations(driver), "version comparison");

        driver.get(base() + "planning/compare.xhtml?left=" + newer + "&right=" + newer);
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("changedCount")));
        List<WebElement> chapters = driver.findElements(By.cssSelector("details.ls-chapter"));
        assertFalse(chapters.isEmpty());
        assertTrue(chapters.stream().allMatch(c -> c.getDomAttribute("open") == null), "a version against itself: all collapsed");
    }

    @Test
    void auditTrailFiltersByUserKindAndPeriod() {
        Browser.login(driver, base(), "admin", "demo");
        driver.get(base() + "audit.xhtml");
        List<WebElement> cells = driver.findElements(By.cssSelector("[id='auditForm:table_data'] tr:first-child td"));
        assertTrue(cells.size() >= 5, "the trail has entries");
        String user = cells.get(1).getText();
        String record = cells.get(3).getText();
        org.openqa.selenium.support.ui.Select users = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("auditForm:user")));
        users.selectByVisibleText(user);
        org.openqa.selenium.support.ui.Select kinds = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("auditForm:entityType")));
        String kind = kinds.getOptions().stream().skip(1).map(WebElement::getText).filter(record::startsWith)
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow(() -> new AssertionError("no kind for " + record));
        kinds.selectByVisibleText(kind);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Browser.typeDate(driver, "auditForm:from", today);
        Browser.typeDate(driver, "auditForm:to", today);
        WebElement before = driver.findElement(By.id("auditForm:table_data"));
        driver.findElement(By.id("auditForm:searchButton")).click();
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(before));
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='auditForm:table_data'] tr"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            List<WebElement> c = row.findElements(By.tagName("td"));
            assertEquals(user, c.get(1).getText());
            assertTrue(c.get(3).getText().startsWith(kind), c.get(3).getText());
            assertTrue(c.get(0).getText().startsWith(today), c.get(0).getText());
        }
        assertFalse(driver.findElements(By.cssSelector("[id='auditForm:table'] .ui-paginator")).isEmpty(), "paging");
        assertEquals("", Browser.accessibilityViolations(driver), "audit trail");
    }

    private String programmeId(String year) {
        WebElement link = driver.findElement(By.xpath("//tr[td[1][normalize-space()='" + year + "']]//a[contains(@href,'programme.xhtml?id=')]"));
        String href = link.getDomAttribute("href");
        return href.substring(href.indexOf("id=") + 3).replaceAll("[^0-9].*", "");
    }
}
