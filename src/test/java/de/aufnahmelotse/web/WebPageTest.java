package de.aufnahmelotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The page at / in headless Chromium against the real server: flow, English, errors, scenarios, print, axe. */
class WebPageTest {
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

    private static void openFresh(String query) {
        server.directoryLoaded.set(true);
        browser.open(server.url("/" + query));
    }

    /** Search "Golz", take Golzow, describe a NesT sponsor group, ask for advice on 1 May 2024. */
    private static void golzowWithSponsorGroup() {
        browser.type("search-q", "Golz");
        browser.byId("search-button").click();
        WebElement take = browser.visible(By.cssSelector("#search-results button.take[data-ags='12064172']"));
        assertThat(browser.byId("search-results").getText()).contains("Golzow", "Märkisch-Oderland", "799");
        take.click();
        assertThat(browser.byId("f-municipality-name").getAttribute("value")).isEqualTo("Golzow");
        assertThat(browser.byId("f-municipality-ags").getAttribute("value")).isEqualTo("12064172");
        assertThat(browser.byId("f-municipality-state").getAttribute("value")).isEqualTo("BB");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("f-municipality-name");
        browser.select("f-municipality-leaderRegion", "true");
        browser.byId("details-sponsor").findElement(By.tagName("summary")).click();
        browser.type("f-sponsorGroup-members", "5");
        browser.select("f-sponsorGroup-trainingCompleted", "false");
        browser.select("f-sponsorGroup-housingSecured", "true");
        browser.type("f-sponsorGroup-monthlyNetColdRentEur", "480");
        browser.type("f-sponsorGroup-rentCommitmentMonths", "12");
        browser.type("f-sponsorGroup-mentoringMonths", "12");
        browser.js("document.getElementById('f-asOf').value = '2024-05-01'");
        browser.byId("submit").click();
        browser.visible(By.id("result-heading"));
    }

    private static WebElement program(String id) {
        return browser.driver.findElement(By.cssSelector("article[aria-labelledby='prog-" + id + "']"));
    }

    @Test
    void the_start_page_is_german_labelled_and_has_no_wcag_a_or_aa_violations() throws Exception {
        openFresh("");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("de");
        assertThat(browser.byId("form-heading").getText()).isEqualTo("Ihre Angaben");
        // every visible input has a label and a help text it is described by
        List<WebElement> inputs = browser.driver.findElements(By.cssSelector("#advice-form input[data-path], #advice-form select[data-path]"));
        assertThat(inputs).hasSizeGreaterThan(15);
        for (WebElement input : inputs) {
            String id = input.getAttribute("id");
            assertThat(browser.driver.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
            assertThat(input.getAttribute("aria-describedby")).as(id).contains(id + "-help");
        }
        assertThat(browser.driver.findElements(By.cssSelector("script:not([src])"))).isEmpty();
        assertThat((Boolean) browser.js("return [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))")).isFalse();
        Path shot = browser.screenshot("start-page");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        assertThat(browser.axeViolations()).isEmpty();
    }

    @Test
    void every_ui_text_field_label_and_value_label_exists_in_german_and_english() throws Exception {
        openFresh("");
        // the advice view's modules (app.js and its parts): every t('key') they use must exist; a new module goes here
        Object problems = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const modules = ['app', 'page', 'form', 'errors', 'api', 'result', 'program', 'scenarios', 'search'];
                const source = (m) => fetch(`/${m}.js`).then(r => (r.ok ? r.text() : Promise.reject(`/${m}.js: HTTP ${r.status}`)));
                Promise.all([import('/i18n.js'), import('/fields.js'), Promise.all(modules.map(source))])
                  .then(([i18n, fields, sources]) => {
                    const p = [];
                    for (const [a, b] of [['de', 'en'], ['en', 'de']]) {
                      for (const k of Object.keys(i18n.TEXTS[a])) if (!(k in i18n.TEXTS[b])) p.push(`${k} missing in ${b}`);
                      for (const f of fields.FIELDS) {
                        const ft = i18n.FIELD_TEXTS[a][f.path];
                        if (!ft || !ft[0] || !ft[1]) p.push(`label/help of ${f.path} missing in ${a}`);
                        if (f.values) for (const v of fields.ENUMS[f.values]) if (!i18n.ENUM_TEXTS[a][f.values]?.[v]) p.push(`${f.values}.${v} missing in ${a}`);
                      }
                      for (const v of fields.ENUMS.Land) if (!i18n.ENUM_TEXTS[a].Land[v]) p.push(`Land ${v} missing in ${a}`);
                    }
                    let used = 0;
                    sources.forEach((src, i) => {
                      for (const m of src.matchAll(/\\bt\\('([\\w.]+[\\w])'/g)) {
                        used++;
                        if (!(m[1] in i18n.TEXTS.de)) p.push(`${m[1]} used in ${modules[i]}.js but not defined`);
                      }
                    });
                    // the advice view uses well over a hundred keys: far fewer means the modules or the pattern went wrong
                    if (used < 100) p.push(`only ${used} t('…') keys found in ${modules.join(', ')}`);
                    for (const k of Object.keys(i18n.TEXTS.de)) if (i18n.TEXTS.de[k] === i18n.TEXTS.en[k] && !/^level\\.|^app\\.|^scen\\.status$/.test(k) && i18n.TEXTS.de[k].length > 3) p.push(`${k} not translated`);
                    done(p);
                  }).catch(e => done(['error: ' + e]));
                """);
        assertThat((List<?>) problems).isEmpty();
    }

    @Test
    void search_advice_answering_an_open_question_and_the_print_view() throws Exception {
        openFresh("");
        golzowWithSponsorGroup();
        assertThat(browser.byId("meta-municipality").getText()).contains("Golzow", "12064172");
        assertThat(browser.byId("meta-asof").getText()).isEqualTo("01.05.2024");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("result-heading");
        // the counts grow with the rule set: assert the shape and that both kinds are there, not fixed numbers
        assertThat(browser.byId("result-summary").getText())
                .matches("[1-9]\\d* kommen in Frage, [1-9]\\d* mit offenen Fragen[.,] .*").contains("ausgeblendet");
        // without "include all" only programs closed on the date come as NOT_ELIGIBLE, and they sit collapsed
        assertThat(browser.driver.findElements(By.cssSelector("article.program.s-NOT_ELIGIBLE")))
                .allSatisfy(a -> assertThat(a.findElement(By.xpath("ancestor::details[contains(@class,'not-eligible')]"))).isNotNull());
        // the overview links to every program, also to one in a collapsed list
        assertThat(browser.driver.findElements(By.cssSelector("#overview-details a.to-program")))
                .hasSize(browser.driver.findElements(By.cssSelector("article.program")).size());

        WebElement nest = program("DE-NEST");
        assertThat(nest.getText()).contains("NesT – Neustart im Team", "offene Fragen", "480 € × 12 = 5.760 €",
                "Die Mentorengruppe hat 5 Mitglieder; nötig sind mindestens 4.", "§ 23 Abs. 4 AufenthG");
        assertThat(nest.findElements(By.cssSelector("a.source"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
        assertThat(browser.byId("cat-SPONSORSHIP").getText()).isEqualTo("Patenschaft und Unterstützergruppen");
        assertThat(browser.byId("cat-FUNDING").getText()).isEqualTo("Förderprogramme");
        // LEADER is a path for Golzow (in a LEADER region); whether it applies depends on who applies (asked)
        assertThat(program("EU-LEADER").getAttribute("class")).containsAnyOf("s-ELIGIBLE", "s-NEEDS_INFO");
        // checklist ordered by phase with responsible party and sources
        // the checklist can be narrowed to one program's steps
        browser.select("checklist-filter", "DE-NEST");
        assertThat(browser.driver.findElements(By.cssSelector(".checklist li.step:not([hidden])")))
                .isNotEmpty().allSatisfy(li -> assertThat(li.getAttribute("data-program")).isEqualTo("DE-NEST"));
        browser.select("checklist-filter", "");
        List<WebElement> phases = browser.driver.findElements(By.cssSelector(".checklist h4"));
        assertThat(phases).extracting(WebElement::getText).startsWith("Vorbereitung");
        assertThat(browser.driver.findElement(By.cssSelector(".checklist")).getText()).contains("Zuständig",
                "Unterstützergruppe", "zu prüfen");

        // the open question for the local rent limit, answered right there
        WebElement question = nest.findElement(By.cssSelector("form.question[data-field='sponsorGroup.rentLimitEur']"));
        assertThat(question.getText()).contains("Angemessenheitsgrenze");
        WebElement answer = question.findElement(By.cssSelector("input"));
        answer.sendKeys("550");
        question.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("form.question[data-field='sponsorGroup.rentLimitEur']"), 0));
        assertThat(browser.byId("f-sponsorGroup-rentLimitEur").getAttribute("value")).isEqualTo("550");
        browser.wait.until(d -> "prog-DE-NEST".equals(browser.js("return document.activeElement.id")));
        assertThat(program("DE-NEST").getText()).contains("Angemessenheitsgrenze").doesNotContain("lässt sich ohne Miete und Grenze nicht prüfen");
        Path result = browser.screenshot("result-page");
        assertThat(Files.size(result)).isGreaterThan(50_000);

        // print view: no form, no scenarios; municipality, date, rule-set version, programs, checklist, restore link
        String version = browser.byId("meta-version").getText();
        assertThat(version).hasSize(12);
        browser.emulateMedia("print");
        try {
            assertThat(browser.byId("advice-form").isDisplayed()).isFalse();
            assertThat(browser.byId("scenarios").isDisplayed()).isFalse();
            assertThat(browser.byId("lang-switch").isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(By.cssSelector(".print-title")).isDisplayed()).isTrue();
            WebElement meta = browser.byId("result-meta");
            assertThat(meta.getText()).contains("Golzow", "01.05.2024", version, "#r=");
            assertThat(browser.driver.findElement(By.cssSelector(".checklist")).isDisplayed()).isTrue();
            assertThat(program("DE-RESETTLEMENT").isDisplayed()).isTrue();
            browser.screenshot("print-view");
        } finally {
            browser.emulateMedia("");
        }

        // the restore link brings back the same inputs and the same result
        String link = browser.byId("restore-link").getAttribute("href");
        browser.driver.get("about:blank");
        browser.driver.get(link);
        browser.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        browser.visible(By.id("result-heading"));
        assertThat(browser.byId("f-municipality-name").getAttribute("value")).isEqualTo("Golzow");
        assertThat(browser.byId("f-sponsorGroup-rentLimitEur").getAttribute("value")).isEqualTo("550");
        assertThat(browser.byId("f-asOf").getAttribute("value")).isEqualTo("2024-05-01");
        assertThat(browser.byId("meta-version").getText()).isEqualTo(version);
    }

    @Test
    void the_result_page_has_no_wcag_a_or_aa_violations() throws Exception {
        openFresh("");
        golzowWithSponsorGroup();
        browser.byId("details-households").findElement(By.tagName("summary")).click();
        browser.byId("add-household").click();
        browser.type("f-households-0-size", "5");
        browser.byId("include-all").click();
        browser.byId("submit").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "Haushalt h1"));
        assertThat(browser.byId("result-summary").getText())
                .matches("\\d+ kommen in Frage, \\d+ mit offenen Fragen, [1-9]\\d* kommen nicht in Frage\\.");
        // programs that do not apply sit collapsed per category, below the ones that apply or ask questions
        List<WebElement> notEligible = browser.driver.findElements(By.cssSelector("details.not-eligible"));
        assertThat(notEligible).isNotEmpty().allSatisfy(d -> {
            assertThat(d.getAttribute("open")).isNull();
            assertThat(d.findElements(By.cssSelector("article.program:not(.s-NOT_ELIGIBLE)"))).isEmpty();
        });
        // checklist ids are unique (step ids repeat across programs) and every "after" link finds its step
        assertThat(browser.js("""
                const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
                return ids.filter((x, i) => ids.indexOf(x) !== i);
                """)).asList().isEmpty();
        List<WebElement> after = browser.driver.findElements(By.cssSelector(".checklist a[href^='#step-']"));
        assertThat(after).isNotEmpty().allSatisfy(a -> assertThat(browser.driver.findElements(
                By.id(a.getAttribute("href").replaceFirst("^.*#", "")))).hasSize(1));
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshot("result-page-all");
        browser.screenshotOf("checklist", browser.driver.findElement(By.cssSelector(".checklist")));
        // reflow (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways except inside the wide tables' own wrappers
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 320,
                "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            Object overflow = browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Object wide = browser.js("""
                    const w = document.documentElement.clientWidth;
                    const depth = (e) => { let d = 0; for (let x = e; x; x = x.parentElement) d++; return d; };
                    return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1
                        && !e.parentElement.closest('.table-wrap'))
                      .sort((a, b) => depth(a) - depth(b)).slice(0, 6)
                      .map(e => e.tagName + '#' + e.id + '.' + e.className + ' in ' + e.parentElement.tagName + '#'
                        + e.parentElement.id + '.' + e.parentElement.className + ' "' + e.textContent.slice(0, 40) + '" '
                        + Math.round(e.getBoundingClientRect().right))
                      .concat((() => {
                        const out = [];
                        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                        for (let n = walker.nextNode(); n && out.length < 4; n = walker.nextNode()) {
                          if (n.parentElement.closest('.table-wrap, [hidden], details:not([open]) > :not(summary)')) continue;
                          const r = document.createRange();
                          r.selectNodeContents(n);
                          const right = r.getBoundingClientRect().right;
                          if (right > w + 1) out.push('text in ' + n.parentElement.tagName + '.' + n.parentElement.className
                            + ' "' + n.textContent.slice(0, 60) + '" ' + Math.round(right));
                        }
                        return out;
                      })());
                    """);
            assertThat(((Number) overflow).intValue()).as("too wide at 320 px: %s", wide).isLessThanOrEqualTo(0);
        } finally {
            browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void the_assumed_applicant_is_stated_on_the_page_and_can_be_changed() throws Exception {
        openFresh("");
        golzowWithSponsorGroup();
        WebElement block = browser.visible(By.id("assumptions"));
        assertThat(block.getText()).contains("Annahmen dieser Auskunft", "Gemeinde",
                "Angenommen: Die Kommune stellt den Antrag selbst");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshotOf("assumptions", block);
        browser.select("assumption-0-select", "ASSOCIATION");
        browser.byId("assumption-0-apply").click();
        browser.wait.until(ExpectedConditions.stalenessOf(block));
        browser.visible(By.id("result-heading"));
        assertThat(browser.driver.findElements(By.id("assumptions"))).isEmpty();
        assertThat(browser.byId("f-project-applicantType").getAttribute("value")).isEqualTo("ASSOCIATION");
    }

    @Test
    void each_program_shows_when_it_was_last_checked_and_flags_a_check_older_than_six_months() throws Exception {
        openFresh("");
        golzowWithSponsorGroup();
        browser.js("document.getElementById('f-asOf').value = '2026-12-06'");
        browser.byId("submit").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "06.12.2026"));
        WebElement key = program("DE-KOENIGSTEIN");
        WebElement checked = key.findElement(By.cssSelector("p.verification"));
        assertThat(checked.getText()).isEqualTo("Stand der Prüfung: 06.12.2026");
        assertThat(checked.getAttribute("class")).doesNotContain("outdated");
        List<WebElement> old = browser.driver.findElements(By.cssSelector("article.program p.verification.outdated"));
        assertThat(old).isNotEmpty().allSatisfy(p -> assertThat(p.getAttribute("textContent"))
                .matches("⚠ Stand der Prüfung: \\d{2}\\.\\d{2}\\.\\d{4} – möglicherweise veraltet – bitte beim Programm prüfen")
                .doesNotContain("2026-"));
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshotOf("program-verified", key);
        WebElement shown = old.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        browser.screenshotOf("program-check-outdated", shown.findElement(By.xpath("./ancestor::article")));
    }

    @Test
    void the_page_in_english_after_the_language_switch() throws Exception {
        openFresh("");
        golzowWithSponsorGroup();
        browser.byId("lang-switch").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"), "NesT – New Start in a Team"));
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        assertThat(browser.byId("form-heading").getText()).isEqualTo("Your details");
        assertThat(browser.byId("lang-switch").getText()).isEqualTo("Deutsch");
        assertThat(browser.byId("lang-switch").getAttribute("lang")).isEqualTo("de");
        assertThat(browser.driver.findElement(By.cssSelector("label[for='f-municipality-population']")).getText()).isEqualTo("Population");
        // inputs survive the switch
        assertThat(browser.byId("f-municipality-name").getAttribute("value")).isEqualTo("Golzow");
        assertThat(browser.byId("f-sponsorGroup-members").getAttribute("value")).isEqualTo("5");
        WebElement nest = program("DE-NEST");
        assertThat(nest.getText()).contains("open questions", "€480 × 12 = €5,760");
        assertThat(browser.byId("meta-asof").getText()).isEqualTo("01/05/2024");
        assertThat(browser.byId("result").getText()).doesNotContain("kommt in Frage", "Begründung", "Zuständig");
        assertThat(browser.axeViolations()).isEmpty();
        browser.screenshot("result-page-en");
    }

    @Test
    void bad_input_is_named_next_to_its_field_in_plain_german_and_linked_from_the_summary() throws Exception {
        openFresh("");
        browser.type("f-municipality-population", "-3");
        browser.type("f-municipality-ags", "1234");
        browser.byId("submit").click();
        WebElement summary = browser.visible(By.id("error-summary"));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("error-summary");
        assertThat(summary.getText()).contains("Bitte prüfen Sie Ihre Angaben",
                "Einwohnerzahl", "Bitte eine Zahl von 0 bis 100.000.000 eingeben.",
                "Der Gemeindeschlüssel hat genau 8 Ziffern").doesNotContain("{", "Exception", "minimum");
        WebElement population = browser.byId("f-municipality-population");
        assertThat(population.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(population.getAttribute("aria-describedby")).contains("f-municipality-population-error");
        assertThat(browser.byId("f-municipality-population-error").getText()).isEqualTo("Bitte eine Zahl von 0 bis 100.000.000 eingeben.");
        summary.findElement(By.cssSelector("a[href='#f-municipality-ags']")).click();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("f-municipality-ags");
        assertThat(browser.axeViolations()).isEmpty();

        // a typing error is caught before the request
        browser.type("f-municipality-population", "viele");
        browser.type("f-municipality-ags", "12064172");
        browser.byId("submit").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-summary"), "Bitte eine ganze Zahl eingeben."));
        assertThat(browser.byId("f-municipality-ags").getAttribute("aria-invalid")).isNull();
        // corrected, the advice comes and the errors are gone
        browser.type("f-municipality-population", "1.200");
        browser.byId("submit").click();
        browser.visible(By.id("result-heading"));
        assertThat(browser.byId("error-summary").isDisplayed()).isFalse();
        assertThat(browser.byId("f-municipality-population").getAttribute("aria-invalid")).isNull();
    }

    @Test
    void the_flow_works_by_keyboard_alone_in_a_sensible_focus_order() {
        openFresh("");
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser.driver);
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.className")).isEqualTo("skip");
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("lang-switch");
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("search-q");
        // Enter in the search box searches; it does not send the advice form
        keys.sendKeys("Golz", org.openqa.selenium.Keys.ENTER).perform();
        browser.visible(By.cssSelector("#search-results button.take[data-ags='12064172']"));
        assertThat(browser.byId("result").isDisplayed()).isFalse();
        keys.sendKeys(org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB, org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.classList.contains('take')")).isEqualTo(true);
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("f-municipality-name");
        assertThat(browser.byId("f-municipality-name").getAttribute("value")).isEqualTo("Golzow");
        // the next stops follow the visual order of the municipality block
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("f-municipality-ags");
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("f-municipality-state");
        // Enter in a text field sends the form; focus lands on the result heading
        browser.byId("f-municipality-population").sendKeys("799", org.openqa.selenium.Keys.ENTER);
        browser.visible(By.id("result-heading"));
        browser.wait.until(d -> "result-heading".equals(browser.js("return document.activeElement.id")));
    }

    @Test
    void without_a_directory_the_page_says_so_and_the_facts_can_be_entered_by_hand() {
        openFresh("");
        server.directoryLoaded.set(false);
        browser.type("search-q", "Golzow");
        browser.byId("search-button").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "nicht geladen"));
        assertThat(browser.byId("search-status").getText()).contains("von Hand");
        browser.type("f-municipality-name", "Golzow");
        browser.select("f-municipality-state", "BB");
        browser.js("document.getElementById('f-asOf').value = '2024-05-01'");
        browser.byId("submit").click();
        browser.visible(By.id("result-heading"));
        assertThat(browser.byId("meta-municipality").getText()).contains("Golzow", "Brandenburg");
    }

    @Test
    void a_scenario_shows_side_by_side_what_completing_the_training_changes() throws Exception {
        openFresh("");
        golzowWithSponsorGroup();
        // scenario A answers every NesT question except the training, which the group can still complete
        browser.type("f-sponsorGroup-rentLimitEur", "550");
        browser.byId("details-sponsor-more").findElement(By.tagName("summary")).click();
        browser.select("f-sponsorGroup-requestsNamedPerson", "false");
        browser.byId("submit").click();
        browser.wait.until(d -> {
            try {
                return program("DE-NEST").findElements(By.cssSelector(
                        "form.question:not([data-field='sponsorGroup.trainingCompleted'])")).isEmpty();
            } catch (org.openqa.selenium.WebDriverException e) {
                return false; // re-rendered meanwhile
            }
        });
        assertThat(program("DE-NEST").getAttribute("class")).contains("s-NEEDS_INFO");
        browser.byId("scen-keep").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scen-status"), "Szenario A festgehalten"));
        browser.driver.findElement(By.cssSelector("[data-preset='training']")).click();
        WebElement table = browser.visible(By.id("scen-table"));
        assertThat(browser.byId("scen-inputs").getText()).contains("Schulung abgeschlossen?", "nein", "ja");
        WebElement nest = table.findElement(By.cssSelector("tr[data-program='DE-NEST']"));
        assertThat(nest.getAttribute("class")).contains("changed");
        assertThat(nest.getText()).contains("offene Fragen", "kommt in Frage");
        assertThat(table.findElement(By.cssSelector("tbody tr")).getAttribute("class")).contains("changed");
        assertThat(browser.byId("scen-count").getText()).matches("[1-9]\\d* von \\d+ Programmen ändern sich.*");
        WebElement leader = table.findElement(By.cssSelector("tr[data-program='EU-LEADER']"));
        assertThat(leader.getAttribute("class")).doesNotContain("changed");

        // "10 instead of 5 places": the pledge doubles and the input change is listed
        browser.type("f-municipality-admissionPledge-places", "5");
        browser.byId("scen-keep").click();
        browser.driver.findElement(By.cssSelector("[data-preset='places']")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scen-inputs"), "Zugesagte Aufnahmeplätze"));
        assertThat(browser.byId("scen-inputs").getText()).contains("5", "10");
        assertThat(browser.byId("f-municipality-admissionPledge-places").getAttribute("value")).isEqualTo("10");
        browser.screenshot("scenario-compare");
    }
}
