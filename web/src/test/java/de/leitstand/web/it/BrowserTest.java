package de.leitstand.web.it;

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
 * A browser test against the shared running Leitstand ({@link LeitstandServer}): one fresh Chromium per test; the last page of each test is
 * kept in {@code target/} (HTML and screenshot) for diagnosis.
 */
@ExtendWith(LeitstandServer.class)
abstract class BrowserTest {

    final URL base = LeitstandServer.url();

    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.start();
    }

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws IOException {
        if (driver != null) {
            Path build = Path.of(System.getProperty("leitstand.it.build", "target"));
            String name = getClass().getSimpleName() + "-" + test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
            Files.writeString(build.resolve(name + "-last-page.html"), driver.getPageSource());
            Files.write(build.resolve(name + "-last-page.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.quit();
        }
    }

    String base() {
        return base.toString().endsWith("/") ? base.toString() : base + "/";
    }
}
