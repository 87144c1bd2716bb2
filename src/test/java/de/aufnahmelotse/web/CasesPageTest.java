package de.aufnahmelotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.cases.CaseDatabase;
import de.aufnahmelotse.cases.CaseService;
import de.aufnahmelotse.cases.TestDatabases;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 14 on the page, in headless Chromium against the real app with an H2 case store: save a result as a case,
 * work its checklist (status, due date, responsible, note), a conflicting update, the changes view, the print view
 * with step states, export and import of "Meine Fälle", English, delete. Screenshots in target/screenshots/.
 */
class CasesPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST = """
            {"asOf":"2025-03-01","municipality":{"name":"Golzow","ags":"12064172","state":"BB"},
             "sponsorGroup":{"members":5,"trainingCompleted":true,"housingSecured":true,"monthlyNetColdRentEur":480,
             "rentLimitEur":520,"rentCommitmentMonths":24,"mentoringMonths":12,"requestsNamedPerson":false},
             "households":[{"id":"h1","nationality":"SY","currentCountry":"TR","location":"FIRST_ASYLUM_COUNTRY",
             "unhcrRecognised":true,"resettlementMostAppropriate":true,"medicalNeeds":"NONE"}]}""";
    private static Javalin app;
    private static CaseDatabase db;
    private static Browser browser;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        db = new CaseDatabase(TestDatabases.fresh("h2"));
        RuleSetHolder holder = new RuleSetHolder(Scenarios.ruleSet());
        AdviceService advice = new AdviceService(holder, Scenarios.CLOCK);
        app = WebApp.create(new WebApp.Deps(holder, advice, Path.of("web"), false, WebApp.DEFAULT_MAX_BODY_BYTES,
                new WebApp.Cases(new CaseService(db, advice, WebApp.objectMapper(), Scenarios.CLOCK, 24), 0)))
                .start(0);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    private static String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    private HttpResponse<String> api(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode savedList() throws Exception {
        return JSON.readTree((String) browser.js(
                "return localStorage.getItem('aufnahmelotse.cases.v1') || '[]'"));
    }

    private static void waitForStatus(String text) {
        browser.wait.until(d -> browser.byId("cases-status").getText().contains(text));
    }

    @Test
    void save_a_result_as_a_case_work_its_checklist_see_what_changed_print_export_import_and_delete() throws Exception {
        String state = "{\"v\":1,\"lang\":\"de\",\"all\":false,\"req\":" + REQUEST + "}";
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(state.getBytes(StandardCharsets.UTF_8));
        browser.open(url("/"));
        browser.js("localStorage.clear()");
        browser.open(url("/#r=" + hash));
        browser.visible(By.id("result-heading"));
        assertThat(browser.byId("cases-list").getText()).contains("Noch keine Fälle gespeichert");

        // save
        browser.byId("case-save").click();
        browser.visible(By.id("case-label"));
        assertThat(browser.byId("case-label").getAttribute("value")).isEqualTo("Golzow – 2025-03-01");
        browser.type("case-label", "Golzow Patenschaft 2025");
        browser.byId("case-save-confirm").click();
        waitForStatus("gespeichert");
        assertThat(browser.visible(By.id("case-heading")).getText()).isEqualTo("Golzow Patenschaft 2025");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("case-heading");
        JsonNode list = savedList();
        assertThat(list).hasSize(1);
        String id = list.get(0).get("id").asText();
        String key = list.get(0).get("key").asText();
        assertThat(browser.byId("cases-list").getText()).contains("Golzow Patenschaft 2025");

        // work one step
        WebElement row = browser.driver.findElement(By.cssSelector(".case-steps tbody tr"));
        String rowId = row.getAttribute("id");
        String title = row.findElement(By.cssSelector(".step-title")).getText();
        browser.select(rowId + "-status", "IN_PROGRESS");
        browser.js("document.getElementById(arguments[0]).value = '2025-03-20'", rowId + "-due");
        browser.type(rowId + "-responsible", "Sozialamt, Frau K.");
        browser.type(rowId + "-note", "Unterlagen angefordert");
        browser.byId(rowId + "-save").click();
        waitForStatus("Schritt „" + title + "“ gespeichert");
        JsonNode stored = JSON.readTree(api("GET", "/api/v1/cases/" + id, key, null).body());
        JsonNode step = stored.get("steps").get(0);
        assertThat(step.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(step.get("due").asText()).isEqualTo("2025-03-20");
        assertThat(step.get("responsible").asText()).isEqualTo("Sozialamt, Frau K.");
        assertThat(step.get("version").asInt()).isEqualTo(1);

        // someone else changes the same step first: the page's save is refused and the step reloaded
        api("PATCH", "/api/v1/cases/" + id + "/steps", key, "{\"programId\":\"" + step.get("programId").asText()
                + "\",\"stepId\":\"" + step.get("stepId").asText() + "\",\"note\":\"vom Kollegen\",\"version\":1}");
        browser.type(rowId + "-note", "meine Änderung");
        browser.byId(rowId + "-save").click();
        waitForStatus("inzwischen geändert");
        assertThat(browser.byId(rowId + "-note").getAttribute("value")).isEqualTo("vom Kollegen");
        browser.screenshotOf("case-steps", browser.driver.findElement(By.cssSelector(".case-steps")));

        // what changed since 1 March 2025 (today is the test clock's 2026-11-23)
        browser.byId("case-changes").click();
        browser.visible(By.id("case-changes-heading"));
        String changes = browser.byId("case-changes-result").getText();
        assertThat(changes).contains("Status geändert", "DE-NEST", "Überfällig");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshotOf("case-view", browser.byId("case-view"));

        // print view: the case with its step states, no inputs
        browser.emulateMedia("print");
        try {
            assertThat(browser.byId("case-view").isDisplayed()).isTrue();
            assertThat(browser.byId(rowId + "-status").isDisplayed()).isFalse();
            assertThat(browser.byId(rowId).getText()).contains("in Arbeit", "20.03.2025", "Sozialamt, Frau K.",
                    "vom Kollegen");
            assertThat(browser.byId("cases-list").isDisplayed()).isFalse();
            browser.screenshotOf("case-print", browser.driver.findElement(By.cssSelector(".case-steps")));
        } finally {
            browser.emulateMedia("");
        }

        // export of "Meine Fälle": the downloaded JSON holds id and key
        browser.js("window.__exported = null; const orig = URL.createObjectURL;"
                + "URL.createObjectURL = (b) => { b.text().then((x) => { window.__exported = x; }); return orig(b); };");
        browser.byId("cases-export").click();
        browser.wait.until(d -> browser.js("return window.__exported") != null);
        String exported = (String) browser.js("return window.__exported");
        JsonNode exportedList = JSON.readTree(exported);
        assertThat(exportedList.get("format").asText()).isEqualTo("aufnahmelotse-my-cases/1");
        assertThat(exportedList.get("cases").get(0).get("key").asText()).isEqualTo(key);

        // a fresh browser profile gets the list back by importing the file, then opens the case
        browser.js("localStorage.clear()");
        browser.open(url("/"));
        assertThat(savedList()).isEmpty();
        Path file = Files.createTempFile("meine-faelle", ".json");
        Files.writeString(file, exported);
        browser.byId("cases-import").sendKeys(file.toAbsolutePath().toString());
        waitForStatus("1 Fälle importiert");
        assertThat(savedList()).hasSize(1);
        browser.driver.findElement(By.cssSelector("#cases-list button[data-case='" + id + "']")).click();
        assertThat(browser.visible(By.id("case-heading")).getText()).isEqualTo("Golzow Patenschaft 2025");
        assertThat(browser.byId(rowId + "-responsible").getAttribute("value")).isEqualTo("Sozialamt, Frau K.");

        // English
        browser.byId("lang-switch").click();
        browser.wait.until(d -> browser.byId("cases-heading").getText().equals("My cases"));
        assertThat(browser.byId("case-view").getText()).contains("Checklist with status", "in progress");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshotOf("cases-en", browser.byId("case-view"));
        browser.byId("lang-switch").click();
        browser.wait.until(d -> browser.byId("cases-heading").getText().equals("Meine Fälle"));

        // delete: gone on the server and from the list
        browser.js("window.confirm = () => true");
        browser.byId("case-delete").click();
        waitForStatus("gelöscht");
        assertThat(savedList()).isEmpty();
        assertThat(api("GET", "/api/v1/cases/" + id, key, null).statusCode()).isEqualTo(404);
        Files.deleteIfExists(file);
    }
}
