package de.aufnahmelotse.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.municipalities.SharedData;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.scenarios.Scenarios;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document the service serves is the contract: the real response of every scenario case, of every
 * catalog and municipality route, of every line of a batch and of every kind of error is validated against the
 * schema the document gives for that path, method, status and content type (strict: no field the document does not
 * name), and every route the app registers must have its path in the document, so the document cannot drift from
 * the service. The municipality routes run on the real Destatis directory ({@link SharedData}).
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Routes that need no path in the document: the benchmark-only route and the /api/docs page's assets. */
    private static final Set<String> UNDOCUMENTED = Set.of("POST /api/v1/advice/baseline",
            "GET /api/docs/apidocs.js", "GET /api/docs/apidocs.css");
    /** With the real Destatis directory. */
    private static TestServer server;
    /** Without a directory: the 503 problems and {@code loaded: false}. */
    private static TestServer bare;
    private static JsonNode doc;
    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(false, SharedData.directory());
        bare = new TestServer(false);
        HttpResponse<String> r = server.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        doc = JSON.readTree(r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
        bare.close();
    }

    /** A validator for {@code #/components/schemas/NAME} of the served document. */
    static synchronized JsonSchema schema(String name) {
        if (doc == null) { // used from another test class: the same document the server serves
            doc = OpenApi.document(WebApp.objectMapper());
        }
        return SCHEMAS.computeIfAbsent(name, n -> {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.put("$ref", "#/components/schemas/" + n);
            wrapper.set("components", doc.get("components"));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wrapper, config);
        });
    }

    /**
     * Asserts that the document describes {@code response} for {@code method path} (a path of the document, e.g.
     * {@code /api/v1/municipalities/{ags}}): its status is listed, its Content-Type is a media type of that status,
     * and the body — for NDJSON every line — is valid against that media type's schema. Returns the body's JSON
     * values (one per NDJSON line).
     */
    static List<JsonNode> assertDocumented(String method, String path, HttpResponse<String> response)
            throws Exception {
        String what = method + " " + response.uri() + " → " + response.statusCode();
        synchronized (OpenApiContractTest.class) {
            if (doc == null) { // used from another test class: the same document the server serves
                doc = OpenApi.document(WebApp.objectMapper());
            }
        }
        JsonNode operation = doc.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.isObject()).as(what + ": no operation " + method + " " + path).isTrue();
        String status = Integer.toString(response.statusCode());
        JsonNode documented = resolve(operation.path("responses").path(status));
        assertThat(documented.isObject()).as(what + ": status " + status + " is not documented").isTrue();
        String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode media = documented.path("content").path(mediaType);
        assertThat(media.isObject()).as(what + ": content type " + mediaType + " is not documented, only "
                + documented.path("content").fieldNames().next()).isTrue();
        String pointer = "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + status
                + "/content/" + escape(mediaType) + "/schema";
        JsonSchema schema = inlineSchema(pointer, media.get("schema"));
        List<JsonNode> values = new ArrayList<>();
        if (mediaType.equals("application/x-ndjson")) {
            for (String line : response.body().split("\n")) {
                assertThat(line).as(what + ": an empty line in the NDJSON answer").isNotBlank();
                values.add(JSON.readTree(line));
            }
        } else {
            values.add(JSON.readTree(response.body()));
        }
        for (JsonNode value : values) {
            Set<ValidationMessage> errors = schema.validate(value);
            String text = value.toString();
            assertThat(errors).as(what + " against " + pointer + ": " + text.substring(0, Math.min(400,
                    text.length()))).isEmpty();
        }
        return values;
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = doc.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static synchronized JsonSchema inlineSchema(String key, JsonNode schema) {
        return SCHEMAS.computeIfAbsent(key, k -> {
            assertThat(schema).as("no schema at " + k).isNotNull();
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.setAll((ObjectNode) schema.deepCopy());
            wrapper.set("components", doc.get("components"));
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(wrapper, config);
        });
    }

    static void assertValid(String schemaName, String body, String what) throws Exception {
        Set<ValidationMessage> errors = schema(schemaName).validate(JSON.readTree(body));
        assertThat(errors).as(what + " against " + schemaName + ": " + body.substring(0, Math.min(300,
                body.length()))).isEmpty();
    }

    @Test
    void the_document_is_openapi_3_1_with_every_route_of_the_service_and_the_versioning_policy() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/v1/advice", "/api/v1/advice/batch",
                "/api/v1/programs", "/api/v1/programs/{id}", "/api/v1/municipalities", "/api/v1/municipalities/{ags}",
                "/api/v1/municipalities/status", "/api/v1/ruleset", "/api/v1/admin/reload", "/health", "/ready",
                "/metrics", "/openapi.json", "/api/docs");
        assertThat(doc.get("info").get("description").asText()).contains("Versioning policy")
                .contains("only *added*");
        // the request schema is the one that validates requests, embedded with its $defs as components
        JsonNode request = doc.get("components").get("schemas").get("AdviceRequest");
        assertThat(request.get("properties").get("households").get("maxItems").asInt()).isEqualTo(50);
        assertThat(request.get("properties").get("municipality").get("$ref").asText())
                .isEqualTo("#/components/schemas/Municipality");
        assertThat(doc.toString()).doesNotContain("#/$defs/");
        // enums come from the Java enums the service serialises
        assertThat(doc.get("components").get("schemas").get("Phase").get("enum").toString())
                .isEqualTo("[\"PREPARATION\",\"APPLICATION\",\"BEFORE_ARRIVAL\",\"ARRIVAL\",\"FIRST_YEAR\",\"FOLLOW_UP\"]");
        assertThat(doc.get("components").get("schemas").get("MunicipalityKind").get("enum")).hasSize(5);
        // NDJSON in and out, each described by the schema of one line
        JsonNode batch = doc.get("paths").get("/api/v1/advice/batch").get("post");
        assertThat(batch.get("requestBody").get("content").get("application/x-ndjson").get("schema").get("$ref")
                .asText()).isEqualTo("#/components/schemas/AdviceRequest");
        assertThat(batch.get("responses").get("200").get("content").get("application/x-ndjson").get("schema")
                .get("$ref").asText()).isEqualTo("#/components/schemas/BatchLine");
    }

    /** "GET /path" for every HTTP route the app registered (WebApp and the operations it installs). */
    static Set<String> routes(Javalin app) {
        Set<String> routes = new TreeSet<>();
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = e.endpoint.method;
            if (method.isHttpMethod() && method != HandlerType.HEAD && method != HandlerType.OPTIONS) {
                routes.add(method.name().toUpperCase(Locale.ROOT) + " " + e.endpoint.path);
            }
        }
        return routes;
    }

    /** Routes of {@code app} without an operation in {@code document} (the path and the method). */
    static Set<String> undocumentedRoutes(Javalin app, JsonNode document) {
        Set<String> missing = new TreeSet<>();
        for (String route : routes(app)) {
            String[] parts = route.split(" ", 2);
            if (!UNDOCUMENTED.contains(route)
                    && !document.path("paths").path(parts[1]).has(parts[0].toLowerCase(Locale.ROOT))) {
                missing.add(route);
            }
        }
        return missing;
    }

    @Test
    void every_route_the_app_registers_has_its_path_and_method_in_the_document_and_vice_versa() throws Exception {
        // with the benchmark route too: it is the one route allowed to be missing
        try (TestServer all = new TestServer(true, SharedData.directory())) {
            Set<String> routes = routes(all.app);
            assertThat(routes).contains("POST /api/v1/advice/baseline", "GET /api/v1/municipalities/{ags}",
                    "POST /api/v1/advice/batch", "GET /metrics");
            assertThat(undocumentedRoutes(all.app, doc)).as("routes without a path in openapi-base.json").isEmpty();
            // the check bites: a document that lost a path fails it
            ObjectNode lost = doc.deepCopy();
            ((ObjectNode) lost.get("paths")).remove("/api/v1/municipalities/status");
            ((ObjectNode) lost.get("paths").get("/api/v1/advice")).remove("post");
            assertThat(undocumentedRoutes(all.app, lost)).containsExactly("GET /api/v1/municipalities/status",
                    "POST /api/v1/advice");
            // and the document names no route the service does not have
            Set<String> documented = new TreeSet<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "patch", "delete").contains(m)) {
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            }));
            assertThat(routes).containsAll(documented);
        }
    }

    @Test
    void every_ref_in_the_document_resolves() {
        Stream.Builder<String> refs = Stream.builder();
        collectRefs(doc, refs);
        refs.build().distinct().forEach(ref -> assertThat(doc.at(ref.substring(1)).isMissingNode())
                .as("unresolved " + ref).isFalse());
    }

    private static void collectRefs(JsonNode node, Stream.Builder<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.elements().forEachRemaining(n -> collectRefs(n, refs));
    }

    @TestFactory
    Stream<DynamicTest> the_response_of_every_scenario_case_matches_the_AdviceResponse_schema() {
        return Scenarios.cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            String lang = c.expect().path("language").asText("de");
            HttpResponse<String> all = server.post("/api/v1/advice?include=all&trace=true&lang=" + lang,
                    c.request().toString());
            assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
            assertValid("AdviceResponse", all.body(), c + " (include=all, trace)");
            HttpResponse<String> plain = server.post("/api/v1/advice?lang=" + lang, c.request().toString());
            assertThat(plain.statusCode()).isEqualTo(200);
            assertValid("AdviceResponse", plain.body(), c.toString());
        }));
    }

    @Test
    void the_schema_rejects_what_the_service_does_not_send() throws Exception {
        String body = server.post("/api/v1/advice", "{\"asOf\":\"2024-05-01\"}").body();
        ObjectNode tampered = (ObjectNode) JSON.readTree(body);
        tampered.put("undocumented", 1);
        assertThat(schema("AdviceResponse").validate(tampered)).isNotEmpty();
        ObjectNode missing = (ObjectNode) JSON.readTree(body);
        missing.remove("checklist");
        assertThat(schema("AdviceResponse").validate(missing)).isNotEmpty();
    }

    @Test
    void catalog_ruleset_health_and_ready_responses_match_their_schemas() throws Exception {
        for (String lang : new String[] {"de", "en"}) {
            HttpResponse<String> list = server.get("/api/v1/programs?asOf=2024-01-01&lang=" + lang);
            for (JsonNode p : JSON.readTree(list.body())) {
                assertValid("ProgramView", p.toString(), "list item");
                HttpResponse<String> one = server.get("/api/v1/programs/" + p.get("id").asText() + "?lang=" + lang);
                assertThat(one.statusCode()).isEqualTo(200);
                assertValid("ProgramView", one.body(), p.get("id").asText());
            }
        }
        assertValid("RuleSetInfo", server.get("/api/v1/ruleset").body(), "ruleset");
        assertValid("Health", server.get("/health").body(), "health");
        assertValid("Ready", server.get("/ready").body(), "ready");
    }

    @Test
    void every_kind_of_error_matches_the_Problem_schema() throws Exception {
        Map<String, HttpResponse<String>> errors = new HashMap<>();
        errors.put("400", server.post("/api/v1/advice", "{not json"));
        errors.put("422", server.post("/api/v1/advice", "{\"municipality\":{\"population\":-1}}"));
        errors.put("422 depth", server.post("/api/v1/advice", "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}"));
        errors.put("413", server.post("/api/v1/advice", "{\"x\":\"" + "y".repeat(300_000) + "\"}"));
        errors.put("404", server.get("/api/v1/programs/NOPE"));
        errors.put("404 path", server.get("/api/v1/nothing-here"));
        errors.put("422 query", server.get("/api/v1/programs?category=NOPE"));
        errors.put("403", server.post("/api/v1/admin/reload", ""));
        for (Map.Entry<String, HttpResponse<String>> e : errors.entrySet()) {
            HttpResponse<String> r = e.getValue();
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(Integer.parseInt(e.getKey().substring(0, 3)));
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(e.getKey())
                    .startsWith("application/problem+json");
            assertValid("Problem", r.body(), e.getKey());
        }
    }

    // ------------------------------------------------------------------------------------------ municipalities

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> agsOf(JsonNode items) {
        List<String> ags = new ArrayList<>();
        items.forEach(i -> ags.add(i.get("ags").asText()));
        return ags;
    }

    private static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/v1/municipalities" + query);
        assertThat(r.statusCode()).as(query + " → " + r.body()).isEqualTo(200);
        return assertDocumented("GET", "/api/v1/municipalities", r).get(0);
    }

    @Test
    void municipality_search_answers_match_the_document_for_every_spelling_of_an_umlaut() throws Exception {
        // the same municipalities whichever way the umlaut is written, the exact name first; prefixes find it too
        record Spellings(String first, List<String> same, List<String> prefixes) {
        }
        for (Spellings g : List.of(
                new Spellings("Golzow", List.of("golzow", "Goelzow", "Gölzow", "GÖLZOW"), List.of("gol", "Golz")),
                new Spellings("München, Landeshauptstadt", List.of("München", "muenchen", "MUNCHEN"),
                        List.of("münch", "Mue")),
                new Spellings("Lübeck, Hansestadt", List.of("Lübeck", "luebeck", "lubeck"), List.of("lü")),
                new Spellings("Weißenfels, Stadt", List.of("Weißenfels", "weissenfels", "Weisenfels"),
                        List.of("weiß")))) {
            List<String> expected = null;
            for (String spelling : g.same()) {
                JsonNode items = search("?q=" + q(spelling) + "&limit=100");
                assertThat(items.get(0).get("name").asText()).as(spelling).isEqualTo(g.first());
                if (expected == null) {
                    expected = agsOf(items);
                }
                assertThat(agsOf(items)).as(spelling).containsExactlyInAnyOrderElementsOf(expected);
            }
            for (String prefix : g.prefixes()) {
                assertThat(agsOf(search("?q=" + q(prefix) + "&limit=100"))).as(prefix).containsAll(
                        g.first().equals("Golzow") ? expected : expected.subList(0, 1));
            }
        }
        // a Land filter, a limit, English, the whole of a small Land by name, and no hit at all
        JsonNode frankfurt = search("?q=frankfurt&state=he&limit=5&lang=en");
        assertThat(frankfurt).isNotEmpty().allSatisfy(i -> assertThat(i.get("state").asText()).isEqualTo("HE"));
        assertThat(search("?q=a&limit=100")).hasSize(100);
        assertThat(search("?q=berg")).hasSize(MunicipalityController.DEFAULT_LIMIT);
        JsonNode bremen = search("?state=HB&limit=100");
        assertThat(bremen).extracting(i -> i.get("name").asText()).contains("Bremen, Stadt", "Bremerhaven, Stadt");
        assertThat(search("?q=" + q("Flensburg")).get(0).get("kind").asText()).isEqualTo("KREISFREIE_STADT");
        assertThat(search("?q=zzzqqq")).isEmpty();
    }

    @Test
    void every_municipality_of_the_real_directory_matches_the_MunicipalityEntry_schema() throws Exception {
        MunicipalityDirectory directory = SharedData.directory();
        ObjectMapper served = WebApp.objectMapper(); // what the app serialises the entries with
        JsonSchema entry = schema("MunicipalityEntry");
        int uninhabited = 0;
        for (MunicipalityEntry e : directory.all()) {
            JsonNode json = JSON.readTree(served.writeValueAsString(e));
            assertThat(entry.validate(json)).as(json.toString()).isEmpty();
            uninhabited += e.inhabited() ? 0 : 1;
        }
        assertThat(directory.all()).hasSize(11_004);
        assertThat(uninhabited).isEqualTo(208);
    }

    @Test
    void municipality_by_ags_answers_match_the_document_including_an_uninhabited_area() throws Exception {
        MunicipalityEntry uninhabited = SharedData.directory().all().stream().filter(e -> !e.inhabited())
                .findFirst().orElseThrow();
        for (String ags : List.of("12064172", "05962004", "01001000", uninhabited.ags())) {
            for (String lang : List.of("de", "en")) {
                HttpResponse<String> r = server.get("/api/v1/municipalities/" + ags + "?lang=" + lang);
                assertThat(r.statusCode()).as(ags).isEqualTo(200);
                JsonNode m = assertDocumented("GET", "/api/v1/municipalities/{ags}", r).get(0);
                assertThat(m.get("ags").asText()).isEqualTo(ags);
            }
        }
        JsonNode area = JSON.readTree(server.get("/api/v1/municipalities/" + uninhabited.ags()).body());
        assertThat(area.get("kind").isNull()).isTrue();
    }

    @Test
    void municipality_directory_status_matches_the_document_loaded_and_not() throws Exception {
        JsonNode loaded = assertDocumented("GET", "/api/v1/municipalities/status",
                server.get("/api/v1/municipalities/status")).get(0);
        assertThat(loaded.get("loaded").asBoolean()).isTrue();
        assertThat(loaded.get("status").get("referenceDate").asText()).isEqualTo("2019-12-31");
        assertThat(loaded.get("status").get("districts").get("districts").asInt()).isEqualTo(401);
        JsonNode none = assertDocumented("GET", "/api/v1/municipalities/status",
                bare.get("/api/v1/municipalities/status")).get(0);
        assertThat(none.toString()).isEqualTo("{\"loaded\":false}");
        // the schema tells the two apart
        ObjectNode halfway = (ObjectNode) loaded.deepCopy();
        halfway.put("loaded", false);
        assertThat(schema("DirectoryInfo").validate(halfway)).isNotEmpty();
    }

    @Test
    void municipality_errors_are_the_documented_problems() throws Exception {
        record Case(String path, String uri, TestServer on, int status, String field) {
        }
        List<Case> cases = List.of(
                new Case("/api/v1/municipalities/{ags}", "/api/v1/municipalities/12064999", server, 404, null),
                new Case("/api/v1/municipalities/{ags}", "/api/v1/municipalities/12064999?lang=en", server, 404,
                        null),
                new Case("/api/v1/municipalities/{ags}", "/api/v1/municipalities/1206417x", server, 422, "ags"),
                new Case("/api/v1/municipalities/{ags}", "/api/v1/municipalities/123?lang=en", server, 422, "ags"),
                new Case("/api/v1/municipalities/{ags}", "/api/v1/municipalities/12064172?lang=xx", server, 422,
                        "lang"),
                new Case("/api/v1/municipalities", "/api/v1/municipalities?q=a&state=XX&limit=1000", server, 422,
                        "state"),
                new Case("/api/v1/municipalities", "/api/v1/municipalities?limit=0&lang=en", server, 422, "limit"),
                new Case("/api/v1/municipalities", "/api/v1/municipalities?q=" + "x".repeat(201), server, 422, "q"),
                new Case("/api/v1/municipalities", "/api/v1/municipalities?q=golzow", bare, 503, null),
                new Case("/api/v1/municipalities", "/api/v1/municipalities?q=golzow&lang=en", bare, 503, null),
                new Case("/api/v1/municipalities/{ags}", "/api/v1/municipalities/12064172", bare, 503, null));
        for (Case c : cases) {
            HttpResponse<String> r = c.on().get(c.uri());
            assertThat(r.statusCode()).as(c.uri() + " → " + r.body()).isEqualTo(c.status());
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = assertDocumented("GET", c.path(), r).get(0);
            if (c.field() != null) {
                assertThat(problem.get("errors").findValuesAsText("field")).as(c.uri()).contains(c.field());
            }
            if (c.status() == 404) {
                assertThat(problem.get("detail").asText()).as("the detail names the key").contains("12064999");
            }
            if (c.status() == 503) {
                assertThat(problem.get("type").asText()).endsWith("/directory-not-loaded");
                assertThat(problem.get("detail").asText()).contains("--no-directory");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- batch

    private static HttpResponse<String> batch(byte[] body, String query) throws Exception {
        return server.send(HttpRequest.newBuilder(server.uri("/api/v1/advice/batch" + query))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void every_line_of_a_real_batch_with_bad_lines_in_the_middle_matches_the_BatchLine_schema() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String> text = List.of(
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064172\"}}",                         // 1 advice
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":",                                         // 2 400
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"population\":-5},\"households\":[{\"size\":0}]}", // 3 422
                "",                                                                                            // 4 skipped
                "[1, 2]",                                                                                      // 5 400
                "{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"12064999\"},\"sponsorGroup\":{\"members\":5}}", // 6
                "{\"municipality\":{\"name\":\"" + "x".repeat(300_000) + "\"}}");                             // 7 413
        for (String line : text) {
            body.write(line.getBytes(StandardCharsets.UTF_8));
            body.write('\n');
        }
        body.write(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // 8 not UTF-8
        body.write(Scenarios.cases().get(0).request().toString().getBytes(StandardCharsets.UTF_8));      // 9 advice
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        body.write("{\"asOf\":\"2024-05-01\",\"municipality\":{\"ags\":\"05962004\"}}".getBytes(StandardCharsets.UTF_8));
        // 10 advice, no final newline
        for (String query : List.of("", "?lang=en&include=all")) {
            HttpResponse<String> r = batch(body.toByteArray(), query);
            assertThat(r.statusCode()).isEqualTo(200);
            List<JsonNode> lines = assertDocumented("POST", "/api/v1/advice/batch", r);
            assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 3, 5, 6, 7, 8, 9, 10);
            assertThat(lines).extracting(l -> l.has("advice") ? "advice" : l.get("error").get("status").asText())
                    .containsExactly("advice", "400", "422", "400", "advice", "413", "400", "advice", "advice");
            assertThat(lines.get(0).get("advice").get("prefill").get("found").asBoolean()).isTrue();
            assertThat(lines.get(2).get("error").get("errors").findValuesAsText("field"))
                    .contains("municipality.population", "households[0].size");
            assertThat(lines.get(4).get("advice").get("prefill").get("found").asBoolean()).isFalse();
            assertThat(lines.get(8).get("advice").get("language").asText()).isEqualTo(query.isEmpty() ? "de" : "en");
        }
        // the line schema is strict too
        ObjectNode both = JSON.createObjectNode().put("line", 1);
        both.set("advice", JSON.createObjectNode());
        both.set("error", JSON.createObjectNode().put("type", "https://aufnahmelotse.de/problems/x")
                .put("title", "t").put("status", 400).put("detail", "d"));
        assertThat(schema("BatchLine").validate(both)).isNotEmpty();
    }

    @Test
    void a_batch_with_an_unknown_language_is_a_documented_422_problem_before_any_line() throws Exception {
        HttpResponse<String> r = batch("{}\n".getBytes(StandardCharsets.UTF_8), "?lang=xx");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(assertDocumented("POST", "/api/v1/advice/batch", r).get(0).get("errors")
                .findValuesAsText("field")).containsExactly("lang");
    }

    @Test
    void rate_limited_municipality_and_batch_requests_are_documented_429_problems() throws Exception {
        try (TestServer limited = new TestServer(false, new RuleSetHolder(Scenarios.ruleSet()),
                new WebApp.Ops(null, null, null, 1, List.of()), SharedData.directory())) {
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(limited.get("/api/v1/municipalities/status"));
            }
            assertThat(answers).extracting(HttpResponse::statusCode).contains(429);
            for (HttpResponse<String> a : answers) {
                assertDocumented("GET", "/api/v1/municipalities/status", a);
            }
            HttpResponse<String> b = limited.send(HttpRequest.newBuilder(limited.uri("/api/v1/advice/batch"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}\n")));
            assertThat(b.statusCode()).isEqualTo(429);
            assertDocumented("POST", "/api/v1/advice/batch", b);
            assertDocumented("GET", "/api/v1/municipalities/{ags}", limited.get("/api/v1/municipalities/12064172"));
            assertDocumented("GET", "/api/v1/municipalities", limited.get("/api/v1/municipalities?q=golzow"));
        }
    }
}
