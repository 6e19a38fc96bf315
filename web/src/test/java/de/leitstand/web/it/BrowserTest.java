package de.leitstand.web.it;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A browser test against the deployed WAR: one fresh Chromium per test; the last page of each test is
 * kept in {@code target/} (HTML and screenshot) for diagnosis.
 */
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @ArquillianResource
    URL base;

    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (driver != null) {
            Path build = Path.of(System.getProperty("leitstand.it.build", "target"));
            String name = getClass().getSimpleName();
            Files.writeString(build.resolve(name + "-last-page.html"), driver.getPageSource());
            Files.write(build.resolve(name + "-last-page.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.quit();
        }
    }

    String base() {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }
}
