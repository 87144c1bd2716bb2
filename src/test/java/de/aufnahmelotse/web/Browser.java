package de.aufnahmelotse.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Debian's chromedriver, with a fresh profile; axe-core from the webjar. */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    /** Skips locally when Chromium is missing; in CI (.ci/run installs it) a missing browser fails the build. */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver (Debian packages "
                    + "chromium, chromium-driver; .ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
    }

    Browser() throws IOException {
        profile = Files.createTempDirectory("aufnahmelotse-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1800", "--lang=de-DE",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String url) {
        driver.get(url);
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(byId(id)).selectByValue(value);
    }

    void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    /** Switches CSS media emulation (print / screen) through the DevTools protocol. */
    void emulateMedia(String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
    }

    Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        // the whole page, not only the viewport
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280,
                "height", Math.min(height.intValue(), 12000), "deviceScaleFactor", 1, "mobile", false));
        File png = driver.getScreenshotAs(OutputType.FILE);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Path target = dir.resolve(name + ".png");
        Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** A screenshot of one element (e.g. the checklist, which lies below the 12,000 px of a page screenshot). */
    Path screenshotOf(String name, WebElement element) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        js("arguments[0].scrollIntoView()", element);
        File png = element.getScreenshotAs(OutputType.FILE);
        Path target = dir.resolve(name + ".png");
        Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Runs axe-core on the current page and returns the WCAG 2.0/2.1 A and AA violations as readable lines. */
    List<String> axeViolations() throws IOException {
        String axe;
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing on the test classpath: " + AXE);
            }
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        js(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                   .then(r => done(JSON.stringify({ violations: r.violations, passes: r.passes.length })))
                   .catch(e => done(JSON.stringify({ error: String(e) })));
                """);
        JsonNode report = JSON.readTree((String) result);
        if (report.has("error")) {
            throw new IllegalStateException("axe-core failed: " + report.get("error").asText());
        }
        if (report.get("passes").asInt() < 10) {
            throw new IllegalStateException("axe-core checked almost nothing: " + report);
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode v : report.get("violations")) {
            for (JsonNode node : v.get("nodes")) {
                lines.add(v.get("id").asText() + " (" + v.get("impact").asText() + "): " + v.get("help").asText()
                        + " at " + node.get("target") + " – " + node.path("failureSummary").asText());
            }
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
