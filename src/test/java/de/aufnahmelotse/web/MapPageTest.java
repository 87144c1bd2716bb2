package de.aufnahmelotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.aufnahmelotse.municipalities.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The map view (web/map.js) in headless Chromium against the real server and the 2023 directory. */
class MapPageTest {
    private static PageServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        server = new PageServer(SharedData.directory2023());
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void showMap(String program, String land) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#map-program option[value='" + program + "']")));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map-program option[value='DE-NEST']")));
        browser.select("map-program", program);
        browser.select("map-state", land);
        browser.js("document.getElementById('map-asOf').value = '2026-12-06'");
        browser.byId("map-show").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(240)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("map-status"), "Karte zeigt"));
    }

    @Test
    void the_map_shows_every_municipality_of_a_land_with_a_legend_a_table_and_no_accessibility_violation()
            throws Exception {
        browser.open(server.url("/"));
        showMap("", "BB");
        int points = browser.driver.findElements(By.cssSelector("#map-canvas circle")).size();
        assertThat(points).as("Brandenburg's municipalities").isBetween(400, 430);
        assertThat(browser.byId("map-canvas").findElements(By.cssSelector("path.map-land"))).hasSizeGreaterThan(15);
        assertThat(browser.byId("map-canvas").findElement(By.tagName("svg")).getAttribute("aria-label"))
                .contains("Zahl der Programme", "Tabelle");
        List<WebElement> legend = browser.byId("map-legend").findElements(By.tagName("li"));
        assertThat(legend).hasSizeBetween(2, 5);
        int counted = legend.stream().mapToInt(li -> Integer.parseInt(li.getText().replaceAll(".*: ", "")
                .replace(".", ""))).sum();
        assertThat(counted).as("legend counts the points shown").isEqualTo(points);
        assertThat(browser.byId("map-attribution").getText()).contains("© GeoBasis-DE / BKG 2021 (Daten verändert)",
                "Destatis");
        assertThat(browser.byId("map-attribution").findElement(By.tagName("a")).getAttribute("href"))
                .startsWith("https://www.bkg.bund.de");
        browser.byId("map-table-details").findElement(By.tagName("summary")).click();
        assertThat(browser.byId("map-table").findElements(By.cssSelector("tbody tr"))).hasSize(points);
        assertThat(browser.axeViolations()).isEmpty();
        Path shot = browser.screenshotOf("map-brandenburg", browser.byId("map-view"));
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }

    @Test
    void one_program_for_all_of_germany_and_a_table_link_opens_the_advice_for_that_municipality()
            throws Exception {
        browser.open(server.url("/"));
        showMap("DE-KOENIGSTEIN", "");
        assertThat(browser.driver.findElements(By.cssSelector("#map-canvas circle")).size()).isGreaterThan(10_000);
        assertThat(browser.byId("map-legend").getText()).contains("kommt in Frage", "offene Fragen");
        browser.screenshotOf("map-germany-program", browser.byId("map-view"));
        showMap("DE-KOENIGSTEIN", "BB");
        browser.byId("map-table-details").findElement(By.tagName("summary")).click();
        WebElement golzow = browser.byId("map-table").findElement(By.cssSelector("a[data-ags='12064172']"));
        golzow.click();
        browser.visible(By.id("result-heading"));
        assertThat(browser.byId("f-municipality-ags").getAttribute("value")).isEqualTo("12064172");
    }
}
