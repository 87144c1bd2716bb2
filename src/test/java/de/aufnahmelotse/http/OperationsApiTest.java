package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.ops.Metrics;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import de.aufnahmelotse.ruleset.RuleSetReloader;
import de.aufnahmelotse.scenarios.Scenarios;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7 against the real server: headers, docs page, CORS, rate limit, admin reload, file watch, metrics. */
class OperationsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-7";
    private static final String GOLZOW = "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064172\",\"state\":\"BB\"}}";

    @TempDir
    static Path temp;
    private static Path rules;
    private static TestServer server;
    private static RuleSetReloader reloader;

    @BeforeAll
    static void start() throws IOException {
        rules = temp.resolve("rules");
        copyTree(Scenarios.RULES, rules);
        RuleSetHolder holder = new RuleSetHolder(RuleSetLoader.load(rules, Scenarios.CLOCK));
        reloader = new RuleSetReloader(rules, Scenarios.CLOCK, holder);
        Metrics metrics = new Metrics();
        reloader.addListener(metrics);
        server = new TestServer(false, holder, new WebApp.Ops(metrics, reloader, TOKEN, 0,
                List.of("https://portal.example")));
    }

    @AfterAll
    static void stop() {
        server.close();
        reloader.close();
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void every_response_carries_the_security_headers_api_errors_and_the_docs_page_alike() throws Exception {
        for (HttpResponse<String> r : List.of(server.post("/api/v1/advice", GOLZOW), server.get("/api/docs"),
                server.get("/api/v1/nothing"), server.get("/openapi.json"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void the_docs_page_renders_the_document_with_its_own_script_and_no_inline_script() throws Exception {
        HttpResponse<String> page = server.get("/api/docs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("<script src=\"/api/docs/apidocs.js\"").doesNotContainPattern("<script(?![^>]*src=)")
                .doesNotContainPattern("\\son[a-z]+=").doesNotContain("http://").doesNotContain("https://");
        HttpResponse<String> js = server.get("/api/docs/apidocs.js");
        assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(js.body()).contains("fetch('/openapi.json')").doesNotContain("innerHTML");
        assertThat(server.get("/api/docs/apidocs.css").statusCode()).isEqualTo(200);
    }

    @Test
    void cors_allows_only_the_configured_origins() throws Exception {
        HttpResponse<String> allowed = server.post("/api/v1/advice", GOLZOW, "Origin", "https://portal.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example");
        HttpResponse<String> other = server.post("/api/v1/advice", GOLZOW, "Origin", "https://elsewhere.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(server.uri("/api/v1/advice"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://portal.example")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://portal.example");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("content-type");
        try (TestServer plain = new TestServer(false)) {
            assertThat(plain.post("/api/v1/advice", GOLZOW, "Origin", "https://portal.example").headers()
                    .firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void over_the_rate_limit_a_client_gets_429_with_retry_after_and_health_stays_open() throws Exception {
        try (TestServer limited = new TestServer(false, new RuleSetHolder(Scenarios.ruleSet()),
                new WebApp.Ops(null, null, null, 3, List.of()))) {
            for (int i = 0; i < 3; i++) {
                assertThat(limited.get("/api/v1/programs").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> r = limited.post("/api/v1/advice?lang=en", GOLZOW);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 20L);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode p = JSON.readTree(r.body());
            assertThat(p.get("title").asText()).isEqualTo("Too many requests");
            assertThat(p.get("type").asText()).endsWith("/rate-limited");
            OpenApiContractTest.assertValid("Problem", r.body(), "429");
            assertThat(limited.get("/health").statusCode()).isEqualTo(200);
            assertThat(limited.get("/ready").statusCode()).isEqualTo(200);
        }
        // off by default: the shared server answers far more than three
        for (int i = 0; i < 10; i++) {
            assertThat(server.get("/api/v1/programs").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void admin_reload_is_403_where_no_token_is_configured_and_401_without_or_with_a_wrong_token() throws Exception {
        try (TestServer noToken = new TestServer(false)) {
            assertThat(noToken.post("/api/v1/admin/reload", "", "Authorization", "Bearer " + TOKEN).statusCode())
                    .isEqualTo(403);
        }
        HttpResponse<String> none = server.post("/api/v1/admin/reload", "");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        HttpResponse<String> basic = server.post("/api/v1/admin/reload", "", "Authorization", "Basic dXNlcjpwdw==");
        assertThat(basic.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = server.post("/api/v1/admin/reload", "", "Authorization", "Bearer nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        assertThat(JSON.readTree(wrong.body()).get("type").asText()).endsWith("/unauthorized");
    }

    @Test
    void a_broken_rule_file_never_replaces_the_served_rules_and_a_fixed_one_does() throws Exception {
        String served = JSON.readTree(server.get("/api/v1/ruleset").body()).get("version").asText();
        Path nest = rules.resolve("sponsorship/nest.drl");
        String original = Files.readString(nest);
        try {
            Files.writeString(nest, original.replaceFirst("\\bwhen\\b", "when )("), StandardOpenOption.TRUNCATE_EXISTING);
            HttpResponse<String> failed = server.post("/api/v1/admin/reload", "", "Authorization", "Bearer " + TOKEN);
            assertThat(failed.statusCode()).isEqualTo(422);
            JsonNode problem = JSON.readTree(failed.body());
            assertThat(problem.get("type").asText()).endsWith("/rules-invalid");
            assertThat(problem.get("detail").asText()).contains(served);
            assertThat(problem.get("errors").get(0).get("field").asText()).matches("sponsorship/nest\\.drl:\\d+:\\d+");
            OpenApiContractTest.assertValid("Problem", failed.body(), "failed reload");

            JsonNode info = JSON.readTree(server.get("/api/v1/ruleset").body());
            assertThat(info.get("version").asText()).isEqualTo(served);
            assertThat(info.get("errors").get(0).get("location").asText()).matches("sponsorship/nest\\.drl:\\d+:\\d+");
            assertThat(info.get("errors").get(0).get("line").asInt()).isPositive();
            assertThat(info.get("lastReload").get("outcome").asText()).isEqualTo("FAILED");
            OpenApiContractTest.assertValid("RuleSetInfo", info.toString(), "ruleset after failed reload");
            HttpResponse<String> advice = server.post("/api/v1/advice", GOLZOW);
            assertThat(advice.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(advice.body()).get("rulesetVersion").asText()).isEqualTo(served);
        } finally {
            Files.writeString(nest, original, StandardOpenOption.TRUNCATE_EXISTING);
        }
        Path yaml = rules.resolve("sponsorship/nest.program.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "\n# reloaded by a test\n", StandardOpenOption.TRUNCATE_EXISTING);
        HttpResponse<String> ok = server.post("/api/v1/admin/reload", "", "Authorization", "Bearer " + TOKEN);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(ok.body());
        assertThat(result.get("outcome").asText()).isEqualTo("RELOADED");
        assertThat(result.get("previousVersion").asText()).isEqualTo(served);
        OpenApiContractTest.assertValid("ReloadResult", ok.body(), "reload");
        String now = result.get("servedVersion").asText();
        assertThat(now).isNotEqualTo(served);
        JsonNode info = JSON.readTree(server.get("/api/v1/ruleset").body());
        assertThat(info.get("version").asText()).isEqualTo(now);
        assertThat(info.get("errors")).isEmpty();
        assertThat(JSON.readTree(server.post("/api/v1/advice", GOLZOW).body()).get("rulesetVersion").asText())
                .isEqualTo(now);
        HttpResponse<String> again = server.post("/api/v1/admin/reload", "", "Authorization", "Bearer " + TOKEN);
        assertThat(JSON.readTree(again.body()).get("outcome").asText()).isEqualTo("UNCHANGED");

        String metrics = server.get("/metrics").body();
        assertThat(metrics).contains("aufnahmelotse_rules_reloads_total{outcome=\"FAILED\"} 1.0")
                .contains("aufnahmelotse_rules_reloads_total{outcome=\"RELOADED\"}")
                .contains("aufnahmelotse_rules_reload_failures_total 1.0");
    }

    @Test
    void a_changed_file_under_the_watched_directory_is_picked_up_by_itself() throws Exception {
        Path dir = temp.resolve("watched");
        copyTree(Scenarios.RULES, dir);
        RuleSetHolder holder = new RuleSetHolder(RuleSetLoader.load(dir, Scenarios.CLOCK));
        String before = holder.get().version();
        try (RuleSetReloader watcher = new RuleSetReloader(dir, Scenarios.CLOCK, holder)) {
            watcher.watch(Duration.ofMillis(200));
            assertThat(watcher.watching()).isTrue();
            Path yaml = dir.resolve("funding/leader.program.yaml");
            Files.writeString(yaml, Files.readString(yaml) + "\n# changed\n", StandardOpenOption.TRUNCATE_EXISTING);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (holder.get().version().equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(holder.get().version()).isNotEqualTo(before).isEqualTo(RuleSetLoader.contentHash(dir));
            assertThat(watcher.last().trigger()).isEqualTo("file change");
        }
    }

    @Test
    void metrics_count_requests_per_route_and_evaluations_in_prometheus_format() throws Exception {
        server.post("/api/v1/advice", GOLZOW);
        server.post("/api/v1/advice?trace=true", GOLZOW);
        server.get("/api/v1/programs/DE-NEST");
        HttpResponse<String> r = server.get("/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body())
                .containsPattern("http_server_requests_seconds_count\\{method=\"POST\",route=\"/api/v1/advice\",status=\"200\"} \\d+")
                .contains("route=\"/api/v1/programs/{id}\"")
                .containsPattern("aufnahmelotse_evaluations_total\\{session=\"reused\"} [1-9]")
                .containsPattern("aufnahmelotse_evaluations_total\\{session=\"fresh\"} [1-9]")
                .contains("aufnahmelotse_rules_fired_sum")
                .contains("aufnahmelotse_evaluation_seconds_bucket")
                .contains("jvm_memory_used_bytes");
        assertThat(r.body()).doesNotContain("DE-NEST\"}"); // raw paths are never labels
    }

    @Test
    void metrics_show_the_pool_of_warm_sessions() throws Exception {
        server.post("/api/v1/advice", GOLZOW);
        // the same Land again with another body (not a cache hit): the session that answered Golzow answers it
        server.post("/api/v1/advice", GOLZOW.replace("\"state\":\"BB\"", "\"state\":\"BB\",\"population\":812"));
        String body = server.get("/metrics").body();
        assertThat(counter(body, "aufnahmelotse_sessions_built_total")).isGreaterThanOrEqualTo(1);
        assertThat(counter(body, "aufnahmelotse_sessions_idle")).isGreaterThanOrEqualTo(1);
        assertThat(counter(body, "aufnahmelotse_sessions_reuses_total{land=\"same\"}")).isGreaterThanOrEqualTo(1);
        assertThat(body).contains("aufnahmelotse_sessions_reuses_total{land=\"other\"}")
                .contains("aufnahmelotse_sessions_disposed_total");
    }

    private static double counter(String scrape, String series) {
        return scrape.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(series.length() + 1))).findFirst().orElseThrow(() -> new AssertionError(series));
    }

    @Test
    void a_number_beyond_double_range_is_a_422_naming_the_field_not_a_500() throws Exception {
        HttpResponse<String> r = server.post("/api/v1/advice?lang=en",
                "{\"municipality\":{\"degreeOfUrbanisation\":1e400,\"population\":2}}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(r.body()).get("errors").findValuesAsText("field"))
                .containsExactly("municipality.degreeOfUrbanisation");
        HttpResponse<String> deep = server.post("/api/v1/advice", "{\"a\":" + "[".repeat(30) + "]".repeat(30) + "}");
        assertThat(deep.statusCode()).isEqualTo(422);
    }
}
