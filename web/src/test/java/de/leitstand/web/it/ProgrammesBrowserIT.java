package de.leitstand.web.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Programmes in the browser: Rotenburg's programme coordinator records the 2015 results of
 * "Perspektive 50 Plus", closes the participation, and the closure summary shows 748 integrations
 * over 2011–2015.
 */
class ProgrammesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.archive();
    }

    private void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    @Test
    void rotenburgRecords2015AndClosesItsParticipation() {
        Browser.login(driver, base(), "row-programme", "demo");
        driver.get(base() + "programmes/index.xhtml");
        driver.findElement(By.linkText("Reife Leistung! Süderelbe packt an.")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("leadName")));
        assertTrue(driver.findElement(By.id("leadName")).getText().startsWith("Harburg"));
        assertTrue(driver.findElement(By.id("memberTable")).getText().contains("Rotenburg (Wümme) (26706)"));
        assertEquals("", Browser.accessibilityViolations(driver), "pact page");

        type("participationForm:year_input", "2015");
        Browser.waitFor(driver).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                !d.findElement(By.id("participationForm:integrationsActual_input")).getAttribute("value").isEmpty());
        type("participationForm:integrationsActual_input", "163");
        type("participationForm:integrationsInsured_input", "140");
        type("participationForm:integrationsPermanent_input", "84");
        type("participationForm:integrationsSelfEmployed_input", "13");
        type("participationForm:marginalEmployment_input", "16");
        driver.findElement(By.id("participationForm:saveParticipation")).click();
        Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Die Zahlen für 2015 wurden gespeichert."));

        driver.findElement(By.id("closeForm:close")).click();
        Browser.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("summaryIntegrations")));
        assertEquals("748", driver.findElement(By.id("summaryIntegrations")).getText());
        assertEquals("01.01.2011 – 31.12.2015", driver.findElement(By.id("summaryPeriod")).getText());
        assertTrue(driver.findElement(By.id("summaryYears")).getText().contains("2015"));
        assertTrue(driver.findElements(By.id("participationForm:saveParticipation")).isEmpty(), "closed figures are final");
    }
}
