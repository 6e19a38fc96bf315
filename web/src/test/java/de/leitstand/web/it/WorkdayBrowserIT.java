package de.leitstand.web.it;

import de.leitstand.kernel.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What staff see every day (issue 14): every page of the navigation as every demo user — never an error page,
 * axe clean; national users choose the Jobcenter; month-based pages open on the latest month with figures
 * and keep the month in the address; the start page is the work list; the accessibility statement, the
 * favicon and reflow at 320 CSS pixels.
 */
class WorkdayBrowserIT extends BrowserTest {

    private static final List<String> USERS = List.of("admin", "ee-gf", "ee-controlling", "ee-fachaufsicht", "ee-team",
            "ee-programme", "ee-gremium", "row-gf", "row-controlling", "row-programme", "row-gremium", "rd-bb", "land-nds");

    /** @return the distinct kinds of elements of the page (not their number or text), as a fingerprint */
    private String shape() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const kinds = new Set([...document.querySelectorAll('#main *')].map(e => [e.tagName, e.className,"
                        + " e.getAttribute('role'), e.getAttribute('type'), e.hasAttribute('alt'), e.hasAttribute('aria-label'),"
                        + " e.hasAttribute('aria-labelledby'), e.hasAttribute('title'), e.hasAttribute('for'), e.hasAttribute('scope')].join('|')));"
                        + "return [...kinds].sort().join('\\n');");
    }

    /** The users who choose the Jobcenter a page is about, and the one each chooses (of its level for RD and Land). */
    private static final java.util.Map<String, String> CHOOSING = java.util.Map.of("admin", "03504", "rd-bb", "03504", "land-nds", "26706");

    /** The pages the navigation offers the logged-in user, from its links. */
    private List<String> navigationPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : driver.findElements(By.cssSelector("#navForm a[href]"))) {
            String href = link.getDomAttribute("href");
            if (href != null && href.endsWith(".xhtml")) {
                pages.add(href.startsWith("/") ? href.substring(1) : href);
            }
        }
        return new ArrayList<>(pages);
    }

    /** The first record page each list of the navigation links to (a funding programme, a pact, a programme version). */
    private List<String> detailPages(List<String> navigation) {
        List<String> details = new ArrayList<>();
        for (String[] list : new String[][] {{"programmes/index.xhtml", "programmes/programme.xhtml?id="},
                {"programmes/index.xhtml", "programmes/pact.xhtml?id="}, {"planning/programmes.xhtml", "planning/programme.xhtml?id="}}) {
            if (navigation.contains(list[0])) {
                driver.get(base() + list[0]);
                driver.findElements(By.cssSelector("a[href*='" + list[1] + "']")).stream().findFirst()
                        .map(link -> link.getDomAttribute("href")).map(href -> href.startsWith("/") ? href.substring(1) : href)
                        .ifPresent(details::add);
            }
        }
        if (navigation.contains("controlling/supervision.xhtml")) {
            for (String tab : List.of("cases", "findings", "plan")) {
                details.add("controlling/supervision.xhtml?tab=" + tab);
            }
        }
        return details;
    }

    private String errorOf(String page) {
        String title = driver.getTitle();
        String source = driver.getPageSource();
        if (title.startsWith("Fehler") || title.contains("Error report") || source.contains("Payara Micro")
                || title.startsWith("Ungültige Adresse") || title.startsWith("Nicht gefunden") || title.startsWith("Keine Berechtigung")) {
            return page + ": " + title;
        }
        if (!driver.findElements(By.cssSelector(".ls-message-error")).isEmpty()) {
            return page + ": " + driver.findElement(By.cssSelector(".ls-message-error")).getText();
        }
        return null;
    }

    @Test
    void everyPageOfTheNavigationOpensForEveryDemoUserWithoutAnErrorAndPassesAxe() {
        List<String> problems = new ArrayList<>();
        // axe runs on every page once per distinct kind of render: users whose page has the same kinds of elements
        // (tag, classes, role, type, naming attributes) in the main content as one already checked only prove it opens
        // without an error; the header and navigation are the same template on every page and checked with each
        Set<String> checkedShapes = new java.util.HashSet<>();
        for (String user : USERS) {
            driver.manage().deleteAllCookies();
            Browser.login(driver, base(), user, "demo");
            List<String> pages = navigationPages();
            assertFalse(pages.isEmpty(), user + " has a navigation");
            pages.addAll(detailPages(pages));
            for (String page : pages) {
                driver.get(base() + page);
                String error = errorOf(page);
                if (error != null) {
                    problems.add(user + " " + error);
                    continue;
                }
                if (!driver.findElements(By.id("jobcenterChoiceNeeded")).isEmpty()) {
                    // a national user or a supervising level first sees the choice, then the page for the chosen Jobcenter
                    String choice = CHOOSING.get(user);
                    assertNotNull(choice, page + " asks " + user + " for a Jobcenter");
                    String violations = Browser.accessibilityViolations(driver);
                    if (!violations.isEmpty()) {
                        problems.add(user + " " + page + " (Auswahl): " + violations);
                    }
                    new Select(driver.findElement(By.id("jobcenterChoiceForm:jobcenter"))).selectByValue(choice);
                    driver.findElement(By.id("jobcenterChoiceForm:choose")).click();
                    Browser.waitFor(driver).until(ExpectedConditions.urlContains("jobcenter=" + choice));
                    error = errorOf(page + " (" + choice + ")");
                    if (error != null) {
                        problems.add(user + " " + error);
                        continue;
                    }
                    assertTrue(driver.findElements(By.id("jobcenterChoiceNeeded")).isEmpty(), page + " shows " + choice);
                }
                if (!checkedShapes.add(page + " " + shape())) {
                    continue; // the same kinds of elements as a render axe has already checked
                }
                String violations = Browser.accessibilityViolations(driver);
                if (!violations.isEmpty()) {
                    problems.add(user + " " + page + ": " + violations);
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void nationalUserChoosesTheJobcenterAndTheChoiceHolds() {
        Browser.login(driver, base(), "admin", "demo");
        driver.get(base() + "berichte/controlling?month=2020-06");
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("reporting/index.xhtml"));
        assertTrue(driver.findElement(By.id("jobcenterChoiceNeeded")).isDisplayed(), "the report asks for a Jobcenter first");
        driver.get(base() + "planning/offers.xhtml");
        assertTrue(driver.findElement(By.id("jobcenterChoiceNeeded")).isDisplayed(), "the page asks for a Jobcenter, no error");
        driver.get(base() + "planning/offers.xhtml?jobcenter=03504");
        assertTrue(driver.findElements(By.id("jobcenterChoiceNeeded")).isEmpty());
        assertEquals("03504", new Select(driver.findElement(By.id("jobcenterChoiceForm:jobcenter"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        driver.get(base() + "controlling/dashboard.xhtml");
        assertTrue(driver.findElements(By.id("jobcenterChoiceNeeded")).isEmpty(), "the choice holds for the session");
        driver.get(base() + "berichte/controlling?month=2020-06");
        assertTrue(driver.getTitle().contains("Controllingbericht"), driver.getTitle());
    }

    @Test
    void monthBasedPagesOpenOnTheLatestMonthWithFiguresAndKeepTheMonthInTheAddress() {
        Browser.login(driver, base(), "row-controlling", "demo");
        driver.get(base() + "controlling/dashboard.xhtml");
        Select month = new Select(driver.findElement(By.id("dashboardForm:month")));
        String opened = month.getFirstSelectedOption().getDomAttribute("value");
        assertNotEquals(YearMonth.now().toString(), opened, "not the calendar month");
        assertEquals(month.getOptions().get(0).getDomAttribute("value"), opened, "the latest month with figures");
        assertTrue(month.getFirstSelectedOption().getText().matches("[A-Za-zäöü]+ \\d{4}"), "months by name: " + month.getFirstSelectedOption().getText());

        month.selectByValue("2020-06");
        driver.findElement(By.id("dashboardForm:show")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("month=2020-06"));
        String bookmark = driver.getCurrentUrl();
        driver.get(base());
        driver.get(bookmark);
        assertEquals("2020-06", new Select(driver.findElement(By.id("dashboardForm:month"))).getFirstSelectedOption()
                .getDomAttribute("value"), "the bookmark opens the month");
        assertEquals("", Browser.accessibilityViolations(driver), "dashboard with the month picker");

        driver.get(base() + "controlling/supervision.xhtml?month=2020-06");
        assertEquals("2020-06", new Select(driver.findElement(By.id("supervisionForm:month"))).getFirstSelectedOption()
                .getDomAttribute("value"));
        driver.get(base() + "controlling/dashboard.xhtml?month=Juni");
        assertTrue(driver.getTitle().startsWith("Ungültige Adresse"), driver.getTitle());
        // an unknown tab of the Fachaufsicht is refused like a month that is none (no silent overview)
        driver.get(base() + "controlling/supervision.xhtml?month=2020-06&tab=faelle");
        assertTrue(driver.getTitle().startsWith("Ungültige Adresse"), driver.getTitle());
        driver.get(base() + "controlling/supervision.xhtml?month=2020-06&tab=cases");
        assertEquals("page", driver.findElement(By.id("tab-cases")).getDomAttribute("aria-current"));
    }

    /** Elbe-Elster's programme of a year, created and submitted by its controller: it waits for the Geschäftsführung. */
    static long programmeWaitingForAgreement(ApiClient api, int year) {
        var created = api.post("api/planning/programmes", "ee-controlling", "{\"year\":" + year + ",\"standDate\":\"" + (year - 1) + "-11-01\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonObject("summary").getJsonNumber("id").longValue();
        long version = created.json().getJsonObject("summary").getJsonNumber("version").longValue();
        var submitted = api.post("api/planning/programmes/" + id + "/submit", "ee-controlling", "{\"version\":" + version + "}");
        assertEquals(200, submitted.status(), submitted.body());
        return id;
    }

    @Test
    void workListOfTheManagementLinksToTheProgrammeWaitingForAgreement() {
        long id = programmeWaitingForAgreement(new ApiClient(base), 2037);

        Browser.login(driver, base(), "ee-gf", "demo");
        WebElement list = driver.findElement(By.id("workItems"));
        assertTrue(list.getText().contains("2037"), list.getText());
        assertTrue(list.getText().contains("wartet auf Ihre Zustimmung"), list.getText());
        driver.findElement(By.cssSelector("#workItems a[href$='planning/programme.xhtml?id=" + id + "']")).click();
        Browser.waitFor(driver).until(ExpectedConditions.urlContains("programme.xhtml?id=" + id));
        assertTrue(driver.findElement(By.id("workflowForm:agree")).isDisplayed(), "the place to act");
        driver.get(base());
        assertEquals("", Browser.accessibilityViolations(driver), "start page with the work list");
        assertEquals("Geschäftsführung", driver.findElement(By.id("currentRoles")).getText(), "roles by their labels");
    }

    @Test
    void workListOfATeamLeaderSaysInASentenceThatNothingWaits() {
        Browser.login(driver, base(), "ee-team", "demo");
        assertTrue(driver.findElement(By.id("workListEmpty")).getText().startsWith("Zurzeit wartet nichts auf Sie"));
        assertEquals("Teamleitung", driver.findElement(By.id("currentRoles")).getText());
        assertEquals("", Browser.accessibilityViolations(driver), "start page with an empty work list");
    }

    @Test
    void accessibilityStatementIsReachableFromEveryPageWithoutLoginAndTheFaviconIsShipped() throws Exception {
        driver.get(base() + "login.xhtml");
        driver.findElement(By.id("accessibilityLink")).click();
        Browser.waitFor(driver).until(ExpectedConditions.titleContains("Erklärung zur Barrierefreiheit"));
        assertTrue(driver.findElement(By.id("conformity")).getText().contains("teilweise"));
        assertTrue(driver.findElement(By.id("schlichtungsstelle")).getDomAttribute("href").startsWith("https://www.schlichtungsstelle-bgg.de"));
        assertFalse(driver.findElement(By.id("feedbackContact")).getText().isBlank());
        assertEquals("", Browser.accessibilityViolations(driver), "accessibility statement");
        Browser.login(driver, base(), "ee-gremium", "demo");
        assertTrue(driver.findElement(By.id("accessibilityLink")).isDisplayed(), "in the footer of every page");

        HttpClient http = HttpClient.newHttpClient();
        for (String icon : List.of("favicon.ico", "favicon.svg")) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base() + icon)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), icon);
        }
    }

    @Test
    void pagesReflowAt320CssPixelsWithoutHorizontalScrollingOfTheMainContent() {
        driver.manage().window().setSize(new Dimension(320, 900));
        Browser.login(driver, base(), "ee-controlling", "demo");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("index.xhtml", "controlling/dashboard.xhtml", "controlling/supervision.xhtml",
                "planning/programmes.xhtml", "planning/offers.xhtml", "reporting/papers.xhtml", "programmes/index.xhtml",
                "barrierefreiheit.xhtml")) {
            driver.get(base() + page);
            long viewport = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;");
            assertTrue(viewport <= 320, "the window is 320 CSS px wide: " + viewport);
            Object overflow = ((JavascriptExecutor) driver).executeScript(
                    "const main = document.getElementById('main');"
                            + "const right = main.getBoundingClientRect().left + main.clientWidth;"
                            + "const wide = [...main.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > right + 1"
                            + "  && !e.closest('.ls-table, .ui-datatable')).slice(0, 3)"
                            + "  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).join(', ');"
                            + "return main.scrollWidth + ' > ' + main.clientWidth + ' ' + wide + (main.scrollWidth <= main.clientWidth ? '' : ' !');");
            if (overflow.toString().endsWith("!")) {
                problems.add(page + ": " + overflow);
            }
        }
        assertEquals(List.of(), problems, "main content wider than the window");
    }

    @Test
    void workListJobcenterChoiceMonthPickerAndStatementSpeakEnglishWhenTheBrowserPrefersIt() {
        driver.quit();
        driver = Browser.start("en-GB", "en-GB,en");
        Browser.login(driver, base(), "ee-gf", "demo");
        assertEquals("Your tasks", driver.findElement(By.id("workListHeading")).getText());
        assertEquals("Management", driver.findElement(By.id("currentRoles")).getText(), "the role by its English label");
        assertTrue(driver.findElement(By.id("workItems")).getText().contains("waits for your agreement"), "work items in English");
        driver.get(base() + "controlling/dashboard.xhtml?month=2020-06");
        assertEquals("June 2020", new Select(driver.findElement(By.id("dashboardForm:month"))).getFirstSelectedOption().getText());
        // a month without basis figures: every Kennzahl is "not computable", and the reason is said in English
        driver.get(base() + "controlling/dashboard.xhtml?month=2012-06");
        String kpis = driver.findElement(By.id("kpiTable")).getText();
        assertTrue(kpis.contains("not computable") && kpis.matches("(?s).*[A-Z][^\\n]* is missing for \\d\\d/\\d{4}\\..*"), kpis);
        assertFalse(kpis.contains("Es fehlt") || kpis.contains("nicht berechenbar"), kpis);
        driver.get(base() + "barrierefreiheit.xhtml");
        assertTrue(driver.getTitle().startsWith("Accessibility statement"), driver.getTitle());
        driver.manage().deleteAllCookies();
        Browser.login(driver, base(), "admin", "demo");
        driver.get(base() + "planning/offers.xhtml");
        assertTrue(driver.findElement(By.id("jobcenterChoiceNeeded")).getText().startsWith("This page shows the data of one Jobcenter"));
    }

    @Test
    void inForcedColoursModeTheFocusStaysVisible() {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of(
                "features", List.of(java.util.Map.of("name", "forced-colors", "value", "active"))));
        Browser.login(driver, base(), "ee-controlling", "demo");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertEquals(Boolean.TRUE, js.executeScript("return matchMedia('(forced-colors: active)').matches;"));
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        Object outline = js.executeScript("const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertFalse(outline.toString().startsWith("none"), "focus ring in forced colours: " + outline);
        assertEquals("", Browser.accessibilityViolations(driver), "start page in forced colours");
    }
}
