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
import de.aufnahmelotse.scenarios.Scenarios;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The OpenAPI document the service serves is the contract: the real response of every scenario case, of every
 * catalog route and of every kind of error is validated against the document's own schemas (strict: no field the
 * document does not name), so the document cannot drift from the service.
 */
class OpenApiContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;
    private static JsonNode doc;
    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(false);
        HttpResponse<String> r = server.get("/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        doc = JSON.readTree(r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
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

    static void assertValid(String schemaName, String body, String what) throws Exception {
        Set<ValidationMessage> errors = schema(schemaName).validate(JSON.readTree(body));
        assertThat(errors).as(what + " against " + schemaName + ": " + body.substring(0, Math.min(300,
                body.length()))).isEmpty();
    }

    @Test
    void the_document_is_openapi_3_1_with_every_route_of_the_service_and_the_versioning_policy() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.get("paths").fieldNames()).toIterable().contains("/api/v1/advice", "/api/v1/programs",
                "/api/v1/programs/{id}", "/api/v1/ruleset", "/api/v1/admin/reload", "/health", "/ready", "/metrics",
                "/openapi.json", "/api/docs");
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
}
