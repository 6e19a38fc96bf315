package de.leitstand.web.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium for the browser tests, never a downloaded one. Without
 * {@code chromium} and {@code chromium-driver} installed, the tests are skipped with a printed reason.
 */
final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browser() {
    }

    static WebDriver start() {
        return start("de-DE", "de-DE,de");
    }

    /**
     * @param language       the browser's language, e.g. {@code en-GB}
     * @param acceptLanguage the languages it asks for, e.g. {@code en-GB,en}
     */
    static WebDriver start(String language, String acceptLanguage) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            System.out.println("Browsertests übersprungen: " + CHROMIUM + " und " + CHROMEDRIVER
                    + " fehlen (Debian-Pakete chromium und chromium-driver installieren)");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=" + language, "--accept-lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * Types a date into a PrimeFaces date picker as a user does — the calendar opens only on its button,
     * so typing goes into the field — and waits until the field holds the date, before and after leaving it.
     *
     * @param pickerId the client id of the {@code p:datePicker} (without {@code _input})
     */
    static void typeDate(WebDriver driver, String pickerId, String date) {
        WebElement input = driver.findElement(By.id(pickerId + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(date);
        waitFor(driver).until(d -> date.equals(input.getDomProperty("value")));
        input.sendKeys(Keys.TAB);
        waitFor(driver).until(d -> date.equals(input.getDomProperty("value")));
    }

    static void login(WebDriver driver, String base, String user, String password) {
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(user);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:submit")).click();
        waitFor(driver).until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    /** @return the WCAG 2.1 A/AA violations of the current page, one line each (empty when none) */
    static String accessibilityViolations(WebDriver driver) {
        if (!Boolean.parseBoolean(System.getProperty("leitstand.it.axe", "true"))) {
            return ""; // CI's PostgreSQL pass: the H2 pass has checked the same pages with axe
        }
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        return results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " → " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }
}
