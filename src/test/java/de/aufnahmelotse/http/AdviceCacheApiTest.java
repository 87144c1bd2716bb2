package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.ops.Metrics;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The advice cache against the real server: what is kept, under which key, in which encoding, and what never is. */
class AdviceCacheApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLZOW = "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064172\","
            + "\"state\":\"BB\",\"population\":799,\"leaderRegion\":true},\"sponsorGroup\":{\"members\":5}}";
    private static final String NO_AS_OF = "{\"municipality\":{\"state\":\"BB\",\"population\":799}}";

    /** A clock the test moves forward; the service reads today's date from it. */
    static final class MovableClock extends Clock {
        volatile Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final Metrics metrics = new Metrics();
    private final MovableClock clock = new MovableClock();
    private RuleSetHolder holder;
    private Javalin app;

    private void start(long cacheBytes) {
        start(cacheBytes, Scenarios.ruleSet());
    }

    /** Replacing a holder's rule set closes the old one's sessions: give that test a rule set of its own. */
    private void start(long cacheBytes, de.aufnahmelotse.ruleset.RuleSet rules) {
        holder = new RuleSetHolder(rules);
        app = WebApp.create(new WebApp.Deps(holder, new AdviceService(holder, clock, metrics), null, false,
                WebApp.DEFAULT_MAX_BODY_BYTES), WebApp.Ops.defaults().withAdviceCacheBytes(cacheBytes)
                .withMetrics(metrics)).start(0);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private HttpResponse<byte[]> post(String query, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                        + "/api/v1/advice" + query)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue(AdviceController.CACHE_HEADER).orElse("(none)");
    }

    private double evaluations() {
        Matcher m = Pattern.compile("(?m)^aufnahmelotse_evaluations_total\\{session=\"reused\"} (\\S+)$")
                .matcher(metrics.scrape());
        double n = 0;
        while (m.find()) {
            n += Double.parseDouble(m.group(1));
        }
        return n;
    }

    private static double meter(Metrics metrics, String line) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(line) + " (\\S+)$").matcher(metrics.scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    /** The answer without its trace, which tells how long the evaluation that made it took. */
    private static JsonNode withoutTrace(byte[] body) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        node.remove("trace");
        return node;
    }

    private static byte[] gunzip(byte[] gzip) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_repeated_request_is_answered_from_the_cache_with_the_same_bytes_and_without_evaluating_again()
            throws Exception {
        start(AdviceCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> first = post("", GOLZOW);
        double afterFirst = evaluations();
        HttpResponse<byte[]> second = post("", GOLZOW);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cache(first)).isEqualTo("MISS");
        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Length")).hasValue(Integer.toString(first.body().length));
        assertThat(second.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding")
                .contains("Accept-Language");
        assertThat(afterFirst).isEqualTo(1.0);
        assertThat(evaluations()).isEqualTo(1.0);
        assertThat(meter(metrics, "aufnahmelotse_advice_answers_total{cache=\"HIT\"}")).isEqualTo(1.0);
        assertThat(meter(metrics, "aufnahmelotse_advice_answers_total{cache=\"MISS\"}")).isEqualTo(1.0);
        assertThat(meter(metrics, "aufnahmelotse_advice_cache_entries")).isEqualTo(1.0);
        assertThat(meter(metrics, "aufnahmelotse_advice_cache_bytes")).isGreaterThan(first.body().length);
    }

    @Test
    void a_cached_answer_equals_a_fresh_evaluation_apart_from_the_trace() throws Exception {
        start(AdviceCache.DEFAULT_MAX_BYTES);
        post("", GOLZOW);
        HttpResponse<byte[]> hit = post("", GOLZOW);
        HttpResponse<byte[]> evaluated = post("", GOLZOW, "Cache-Control", "no-cache");
        HttpResponse<byte[]> traced = post("?trace=true", GOLZOW);
        assertThat(cache(hit)).isEqualTo("HIT");
        assertThat(cache(evaluated)).isEqualTo("BYPASS");
        assertThat(cache(traced)).isEqualTo("BYPASS");
        // an evaluated answer is written from a reused buffer (http/AnswerBuffers): exactly its bytes, with its length
        assertThat(evaluated.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(evaluated.body().length));
        assertThat(withoutTrace(hit.body())).isEqualTo(withoutTrace(evaluated.body()))
                .isEqualTo(withoutTrace(traced.body()));
    }

    @Test
    void clients_that_accept_gzip_get_the_same_answer_gzipped_and_others_get_json() throws Exception {
        start(AdviceCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> json = post("", GOLZOW);
        for (String accept : List.of("gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*")) {
            HttpResponse<byte[]> gz = post("", GOLZOW, "Accept-Encoding", accept);
            assertThat(gz.headers().firstValue("Content-Encoding")).as(accept).hasValue("gzip");
            assertThat(gz.headers().firstValue("Content-Length")).hasValue(Integer.toString(gz.body().length));
            assertThat(gz.body().length).isLessThan(json.body().length / 3);
            assertThat(gunzip(gz.body())).isEqualTo(json.body());
            assertThat(cache(gz)).isEqualTo("HIT");
        }
        for (String accept : List.of("identity", "gzip;q=0", "br", "*, gzip;q=0")) {
            HttpResponse<byte[]> plain = post("", GOLZOW, "Accept-Encoding", accept);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(accept).isEmpty();
            assertThat(plain.body()).isEqualTo(json.body());
        }
    }

    @Test
    void language_include_all_and_the_exact_body_are_part_of_the_key() throws Exception {
        start(AdviceCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> de = post("", GOLZOW);
        HttpResponse<byte[]> en = post("?lang=en", GOLZOW);
        HttpResponse<byte[]> enByHeader = post("", GOLZOW, "Accept-Language", "en-GB,en;q=0.9");
        HttpResponse<byte[]> all = post("?include=all", GOLZOW);
        HttpResponse<byte[]> spaced = post("", GOLZOW.replace(",", ", "));
        assertThat(List.of(cache(de), cache(en), cache(enByHeader), cache(all), cache(spaced)))
                .containsExactly("MISS", "MISS", "HIT", "MISS", "MISS");
        assertThat(JSON.readTree(en.body()).path("language").asText()).isEqualTo("en");
        assertThat(JSON.readTree(de.body()).path("language").asText()).isEqualTo("de");
        assertThat(JSON.readTree(all.body()).path("programs").size())
                .isGreaterThan(JSON.readTree(de.body()).path("programs").size());
        assertThat(withoutTrace(spaced.body())).isEqualTo(withoutTrace(de.body()));
        assertThat(evaluations()).isEqualTo(4.0);
    }

    @Test
    void a_body_without_an_as_of_date_is_kept_for_the_day_it_was_answered_only() throws Exception {
        start(AdviceCache.DEFAULT_MAX_BYTES);
        HttpResponse<byte[]> monday = post("", NO_AS_OF);
        assertThat(cache(post("", NO_AS_OF))).isEqualTo("HIT");
        clock.now = Instant.parse("2026-11-23T22:59:59Z"); // 23:59:59 in Berlin: still the same day
        assertThat(cache(post("", NO_AS_OF))).isEqualTo("HIT");
        clock.now = Instant.parse("2026-11-23T23:00:00Z"); // midnight in Berlin
        HttpResponse<byte[]> tuesday = post("", NO_AS_OF);
        assertThat(cache(tuesday)).isEqualTo("MISS");
        assertThat(JSON.readTree(monday.body()).path("asOf").asText()).isEqualTo("2026-11-23");
        assertThat(JSON.readTree(tuesday.body()).path("asOf").asText()).isEqualTo("2026-11-24");
    }

    @Test
    void invalid_requests_are_never_kept_and_fail_every_time() throws Exception {
        start(AdviceCache.DEFAULT_MAX_BYTES);
        String invalid = "{\"municipality\":{\"population\":-5}}";
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> r = post("", invalid);
            assertThat(r.statusCode()).isEqualTo(422);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("municipality.population");
            assertThat(post("", "{not json").statusCode()).isEqualTo(400);
        }
        assertThat(post("?lang=fr", GOLZOW).statusCode()).isEqualTo(422);
        assertThat(meter(metrics, "aufnahmelotse_advice_cache_entries")).isEqualTo(0.0);
    }

    @Test
    void a_new_rule_set_version_empties_the_cache(@TempDir Path temp) throws Exception {
        Path rules = temp.resolve("rules");
        OperationsApiTest.copyTree(Scenarios.RULES, rules);
        start(AdviceCache.DEFAULT_MAX_BYTES, RuleSetLoader.load(rules, Scenarios.CLOCK));
        HttpResponse<byte[]> before = post("", GOLZOW);
        assertThat(cache(post("", GOLZOW))).isEqualTo("HIT");
        try (var drl = Files.list(rules.resolve("common"))) {
            Path any = drl.filter(p -> p.toString().endsWith(".drl")).findFirst().orElseThrow();
            Files.writeString(any, "\n// a changed rule set\n", StandardOpenOption.APPEND);
        }
        holder.set(RuleSetLoader.load(rules, Scenarios.CLOCK));
        HttpResponse<byte[]> after = post("", GOLZOW);
        assertThat(cache(after)).isEqualTo("MISS");
        String versionBefore = JSON.readTree(before.body()).path("rulesetVersion").asText();
        String versionAfter = JSON.readTree(after.body()).path("rulesetVersion").asText();
        assertThat(versionAfter).isNotEqualTo(versionBefore).isEqualTo(holder.get().version());
        assertThat(meter(metrics, "aufnahmelotse_advice_cache_entries")).isEqualTo(1.0);
    }

    @Test
    void switched_off_every_request_is_evaluated() throws Exception {
        start(0);
        HttpResponse<byte[]> first = post("", GOLZOW);
        HttpResponse<byte[]> second = post("", GOLZOW, "Accept-Encoding", "gzip");
        assertThat(List.of(cache(first), cache(second))).containsExactly("BYPASS", "BYPASS");
        assertThat(withoutTrace(gunzip(second.body()))).isEqualTo(withoutTrace(first.body()));
        assertThat(evaluations()).isEqualTo(2.0);
        assertThat(metrics.scrape()).doesNotContain("aufnahmelotse_advice_cache_entries");
    }

    @Test
    void the_cache_stays_within_its_bytes_by_evicting_answers() {
        AdviceCache cache = new AdviceCache(1024 * 1024);
        byte[] answer = new byte[200 * 1024];
        for (int i = 0; i < 12; i++) {
            AdviceCache.Key key = new AdviceCache.Key("v1", java.time.LocalDate.of(2026, 11, 23), "de", false,
                    "{\"n\":" + i + "}");
            cache.get(key);
            cache.put(key, new AdviceCache.Answer(answer, null));
        }
        assertThat(cache.size()).isBetween(1L, 5L);
        assertThat(cache.bytes()).isLessThanOrEqualTo(1024 * 1024);
        assertThat(cache.evictions()).isGreaterThanOrEqualTo(7);
        assertThat(cache.get(new AdviceCache.Key("v2", java.time.LocalDate.of(2026, 11, 23), "de", false, "{}")))
                .isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void accept_encoding_is_read_with_its_qualities() {
        assertThat(AdviceController.acceptsGzip("gzip")).isTrue();
        assertThat(AdviceController.acceptsGzip("deflate, GZIP;q=0.5")).isTrue();
        assertThat(AdviceController.acceptsGzip("x-gzip")).isTrue();
        assertThat(AdviceController.acceptsGzip("*")).isTrue();
        assertThat(AdviceController.acceptsGzip(null)).isFalse();
        assertThat(AdviceController.acceptsGzip("")).isFalse();
        assertThat(AdviceController.acceptsGzip("identity")).isFalse();
        assertThat(AdviceController.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(AdviceController.acceptsGzip("*, gzip;q=0")).isFalse();
        assertThat(AdviceController.acceptsGzip("br, zstd")).isFalse();
    }

    @Test
    void requests_refuse_kept_answers_with_no_cache_or_no_store() throws Exception {
        start(AdviceCache.DEFAULT_MAX_BYTES);
        post("", GOLZOW);
        assertThat(cache(post("", GOLZOW, "Cache-Control", "no-cache"))).isEqualTo("BYPASS");
        assertThat(cache(post("", GOLZOW, "Cache-Control", "max-age=0, No-Store"))).isEqualTo("BYPASS");
        assertThat(cache(post("", GOLZOW, "Cache-Control", "max-age=60"))).isEqualTo("HIT");
        assertThat(evaluations()).isEqualTo(3.0);
    }
}
