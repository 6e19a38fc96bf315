package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervising level in the browser: the Regionaldirektion Berlin-Brandenburg publishes Elbe-Elster's
 * planning basis on its overview, sees the Jobcenter's offer against the reference value and the level's
 * totals, opens the round and accepts it; the pages pass axe. The Zielnachhaltung page lists its Jobcenters and leads
 * to a Jobcenter's Zielnachhaltedialoge, where the level holds one with it.
 */
// what it tests is the page, not the database: CI's PostgreSQL pass leaves it out (-DexcludedGroups=page-only)
@org.junit.jupiter.api.Tag("page-only")
class TargetAgreementBrowserIT extends BrowserTest {

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    private void waitForText(String id, String expected) {
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    }

    @Test
    void theRegionaldirektionRunsTheRoundOnItsOverview() {
        int year = ThreadLocalRandom.current().nextInt(2040, 2070);
        ApiClient api = new ApiClient(LeitstandServer.url());
        // Elbe-Elster's programme of the year (the offer comes from its targets)
        var created = api.post("api/planning/programmes", "ee-gf", "{\"year\":" + year + "}");
        assertEquals(201, created.status(), created.toString());
        var programme = created.json().getJsonObject("summary");
        var targets = api.put("api/planning/programmes/" + programme.getJsonNumber("id") + "/targets", "ee-gf",
                "{\"integrations\":1141,\"integrationRate\":23.4,\"lzbChangePercent\":-10.8,\"version\":" + programme.getJsonNumber("version") + "}");
        assertEquals(200, targets.status(), targets.toString());

        Browser.login(driver, base(), "rd-bb", "demo");
        driver.get(base() + "planning/agreements.xhtml?year=" + year);
        waitForText("levelName", "Regionaldirektion Berlin-Brandenburg");
        assertEquals("23", driver.findElement(By.id("jobcenterCount")).getText());
        assertEquals("", Browser.accessibilityViolations(driver), "level overview");

        new Select(driver.findElement(By.id("basisForm:basisAgency"))).selectByValue("03504");
        type("basisForm:rateLow_input", "24,0");
        type("basisForm:rateHigh_input", "26,0");
        type("basisForm:lzbLow_input", "-12,0");
        driver.findElement(By.id("basisForm:publish")).click();
        waitForText("messages", "Die Planungsgrundlage wurde veröffentlicht.");
        waitForText("publishedCount", "1");
        assertTrue(driver.findElement(By.id("overviewForm:rounds")).getText().contains("24,0 – 26,0 %"),
                driver.findElement(By.id("overviewForm:rounds")).getText());

        // the Jobcenter offers (through the API); the overview shows it against the reference and in the totals
        var round = api.get("api/planning/target-agreements?year=" + year, "ee-gf");
        var published = ApiClient.parse(round.body()).asJsonArray().getJsonObject(0);
        var offered = api.post("api/planning/target-agreements/" + published.getJsonNumber("id") + "/offer", "ee-gf",
                "{\"integrationRateWomen\":21.0,\"integrationRateMen\":25.5,\"version\":" + published.getJsonNumber("version") + "}");
        assertEquals(200, offered.status(), offered.toString());
        // the offer is on the level's work list, linking to the round
        driver.get(base());
        waitForText("workItems", "wartet auf Ihre Prüfung");
        assertTrue(driver.findElement(By.cssSelector("#workItems a[href$='planning/agreement.xhtml?year=" + year + "&nr=03504']"))
                .isDisplayed(), "the place to act");
        driver.get(base() + "planning/agreements.xhtml?year=" + year);
        waitForText("levelIntegrations", "1.141");
        assertEquals("23,4 %", driver.findElement(By.id("levelRate")).getText());
        assertTrue(driver.findElement(By.id("overviewForm:rounds")).getText().contains("unter dem Referenzwert"));
        assertEquals("", Browser.accessibilityViolations(driver), "level overview with an offer");

        driver.findElement(By.linkText("Elbe-Elster (03504)")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("planning/agreement.xhtml"));
        waitForText("status", "Zielwertangebot abgegeben");
        assertEquals("", Browser.accessibilityViolations(driver), "the round of a Jobcenter");
        driver.findElement(By.id("agreementForm:accept")).click();
        waitForText("status", "angenommen");

        driver.get(base() + "planning/level-tracking.xhtml?month=2020-03");
        waitForText("levelName", "Regionaldirektion Berlin-Brandenburg");
        assertTrue(driver.findElement(By.id("trackingForm:trackingTable")).getText().contains("Elbe-Elster"));
        assertEquals("", Browser.accessibilityViolations(driver), "Zielnachhaltung of the level");
        driver.findElement(By.linkText("Elbe-Elster (03504)")).click();
        waitForText("trackingForm:detail", "Zielnachhaltung des Jobcenters 03504");

        // from the Jobcenter's tracking to its Zielnachhaltedialoge: the level holds one with the Jobcenter
        driver.findElement(By.id("trackingForm:toDialogues")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("controlling/steering.xhtml"));
        assertTrue(driver.findElements(By.id("jobcenterChoiceNeeded")).isEmpty(), "the link names the Jobcenter");
        assertEquals("03504", new Select(driver.findElement(By.id("jobcenterChoiceForm:jobcenter"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        assertEquals(List.of("03504"), new Select(driver.findElement(By.id("jobcenterChoiceForm:jobcenter"))).getOptions().stream()
                .map(o -> o.getDomAttribute("value")).filter(v -> v.equals("03504") || v.equals("26706")).toList(),
                "the level chooses among its own Jobcenters only");
        String participants = "RD Berlin-Brandenburg und Geschäftsführung " + java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 9999);
        driver.findElement(By.cssSelector("details:has(#steeringForm\\:reviewMonth) summary")).click();
        driver.findElement(By.id("steeringForm:reviewMonth")).sendKeys("2020-09");
        driver.findElement(By.id("steeringForm:reviewCodes")).sendKeys("K2");
        driver.findElement(By.id("steeringForm:reviewParticipants")).sendKeys(participants);
        driver.findElement(By.id("steeringForm:reviewAssessment")).sendKeys("Zielpfad knapp verfehlt");
        Browser.typeDate(driver, "steeringForm:reviewDate", "20.11.2020");
        driver.findElement(By.id("steeringForm:recordReview")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "festgehalten"));
        WebElement dialogue = driver.findElements(By.cssSelector("section.ls-finding")).stream()
                .filter(section -> section.getText().contains(participants)).findFirst().orElseThrow();
        assertTrue(dialogue.getText().contains("Mit der Aufsichtsebene: Regionaldirektion Berlin-Brandenburg"), dialogue.getText());
        assertEquals("", Browser.accessibilityViolations(driver), "Zielnachhaltedialoge of a Jobcenter as its level");
    }
}
