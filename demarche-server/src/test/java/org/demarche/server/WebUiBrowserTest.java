package org.demarche.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromedriver, which scripts/test installs):
 * overview, search, a person, a statement and an article, with a screenshot of each under target/screenshots.
 * Skipped, saying why, where the browser is not installed.
 */
class WebUiBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dataDir;
    @TempDir
    static Path profileDir;
    static ServerFixture fixture;
    static ChromeDriver browser;
    static WebDriverWait wait;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no " + CHROMIUM + " or " + CHROMEDRIVER + ": install Debian's chromium and chromium-driver"
                        + " (scripts/test does) to run the browser tests");
        fixture = ServerFixture.start(dataDir, null);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + profileDir, "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1440, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        screenshots = Path.of(System.getProperty("demarche.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void overviewSearchPersonStatementAndArticle() throws IOException {
        open("#/");
        WebElement counts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".counts")));
        assertThat(counts.getText()).contains("3\narticles");
        assertThat(browser.findElements(By.cssSelector(".ranking li"))).isNotEmpty();
        screenshot("overview");

        WebElement box = browser.findElement(By.cssSelector("#quicksearch input"));
        box.sendKeys("signature", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "1 statement"));
        WebElement card = browser.findElement(By.cssSelector(".statement-card"));
        assertThat(card.findElement(By.cssSelector("mark")).getText()).isEqualTo("signature");
        screenshot("search");

        card.findElement(By.cssSelector(".person-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".person h1")));
        assertThat(browser.findElement(By.cssSelector(".person h1")).getText()).startsWith("Ilsa Marovi");
        assertThat(browser.findElements(By.cssSelector(".person svg.chart .bar"))).isNotEmpty();
        screenshot("person");

        browser.findElement(By.cssSelector(".person .statement-card .statement-text")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".big-quote")));
        List<WebElement> sources = browser.findElements(By.cssSelector(".sources-table tbody tr"));
        assertThat(sources).hasSizeGreaterThanOrEqualTo(1);
        screenshot("statement");

        browser.findElement(By.cssSelector(".sources-table tbody tr a[href^='#/article/']")).click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        WebElement quote = text.findElement(By.cssSelector("mark.quote"));
        assertThat(quote.getAttribute("title")).contains("cue:").contains("confidence");
        assertThat(text.findElement(By.cssSelector(".speaker-label")).getText()).isNotBlank();
        screenshot("article");
    }

    @Test
    void articleMarkupIsShownAsTextNeverRun() throws IOException {
        open("#/article/markup-article");
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-text")));
        assertThat(text.getText()).contains("<script>window.__pwned = true;</script>").contains("<b>Bold</b>");
        assertThat(text.findElements(By.cssSelector("script, b, img"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).startsWith("<img src=x onerror=alert(1)>");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        // The javascript: address is no link at all.
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined")).isEqualTo(true);
        screenshot("article-markup");

        open("#/search?q=Bold");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-count")));
        assertThat(browser.findElements(By.cssSelector(".results b, .results script"))).isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined")).isEqualTo(true);
    }

    private static void open(String hash) {
        browser.get(fixture.base() + "/" + hash);
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }
}
