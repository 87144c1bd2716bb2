package de.aufnahmelotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The "Zuordnung" view (issue 15) in headless Chromium against the real app: a cohort typed in, the proposal table
 * with reasons, the key fallback, the comparison with the key alone, forbidding a pair and computing again, English,
 * axe. Screenshots in target/screenshots/.
 */
class MatchingPageTest {
    private static PageServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        server = new PageServer();
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

    /** The first case of rules/matching/matching.scenarios.yaml as a request body. */
    static String cohort() throws Exception {
        JsonNode c = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(
                Path.of("rules/matching/matching.scenarios.yaml"))).path("cases").get(0);
        ObjectNode body = new ObjectMapper().createObjectNode();
        body.set("asOf", c.get("asOf"));
        body.set("pledges", c.get("pledges"));
        body.set("households", c.get("households"));
        body.putObject("options").put("timeLimitSeconds", 1);
        return body.toString();
    }

    private static void compute() {
        String before = browser.byId("match-status").getText();
        browser.byId("match-run").click();
        browser.wait.until(d -> {
            String now = d.findElement(By.id("match-status")).getText();
            return !now.equals(before) && !now.contains("…");
        });
    }

    @Test
    void a_proposal_with_reasons_a_forbidden_pair_recomputed_and_no_wcag_violations() throws Exception {
        browser.open(server.url("/"));
        browser.js("document.getElementById('match-input').value = arguments[0]", cohort());
        compute();
        browser.visible(By.cssSelector("#match-result table.match-table"));
        assertThat(browser.byId("match-status").getText()).contains("3 von 4 Haushalten");
        WebElement full = browser.byId("match-row-h-full");
        assertThat(full.getText()).contains("koeln");
        WebElement paed = browser.byId("match-row-h-paed");
        assertThat(paed.getText()).contains("nach Schlüssel");
        paed.findElement(By.tagName("summary")).click();
        assertThat(paed.getText()).contains("Keine Zusage – Verteilung nach dem Schlüssel").contains("unity.one-dwelling");
        full.findElement(By.tagName("summary")).click();
        assertThat(full.getText()).contains("Dialyse ist erreichbar").contains("§ 50 Abs. 4 Satz 5 AsylG");
        assertThat(browser.byId("match-result").getText()).contains("Vorschlag, keine Entscheidung")
                .contains("nur Schlüssel").contains("Haushalte mit verletztem Ausschlusskriterium");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshotOf("matching-proposal", browser.byId("matching-view"));

        // forbid h-full at koeln: the next run must not put it there
        browser.byId("match-row-h-full").findElement(By.cssSelector("button[data-act='forbid']")).click();
        assertThat(browser.byId("match-pairs").getText()).contains("h-full nicht zu koeln");
        compute();
        assertThat(browser.byId("match-row-h-full").getText()).doesNotContain("koeln");

        browser.byId("lang-switch").click();
        browser.wait.until(d -> d.findElement(By.id("matching-heading")).getText().startsWith("Matching"));
        compute();
        assertThat(browser.byId("match-result").getText()).contains("A proposal, not a decision").contains("key alone");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshotOf("matching-proposal-en", browser.byId("matching-view"));
    }

    @Test
    void input_that_is_not_json_is_named_and_a_bad_field_is_reported() {
        browser.open(server.url("/"));
        browser.js("document.getElementById('match-input').value = '{not json'");
        browser.byId("match-run").click();
        assertThat(browser.byId("match-status").getText()).contains("kein gültiges JSON");
        assertThat(browser.byId("match-input").getAttribute("aria-invalid")).isEqualTo("true");
        browser.js("document.getElementById('match-input').value = arguments[0]",
                "{\"pledges\":[{\"id\":\"p\",\"places\":0}],\"households\":[{\"id\":\"h\",\"size\":1}]}");
        compute();
        assertThat(browser.byId("match-status").getText()).contains("pledges[0].places");
    }
}
