package de.aufnahmelotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, operations: a killed process (SIGKILL, no shutdown hook) loses nothing it acknowledged. The real
 * {@code serve} runs in a child JVM on an H2 data directory; cases are created and steps updated over HTTP, the
 * process is killed right after the last acknowledged write, started again on the same directory, and every case is
 * there with its step state. Then {@code cases stats} and {@code cases purge-expired} read the same directory.
 */
class CaseDurabilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void a_killed_server_loses_no_acknowledged_case_or_step_update(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        record Saved(String id, String key, String programId, String stepId, String note) {
        }
        List<Saved> saved = new ArrayList<>();
        Process first = serve(data, port);
        try {
            for (int i = 0; i < 12; i++) {
                ObjectNode body = JSON.createObjectNode().put("label", "Fall " + i);
                body.set("request", JSON.readTree("{\"asOf\":\"2025-03-01\",\"sponsorGroup\":{\"members\":" + (3 + i)
                        + ",\"trainingCompleted\":true},\"households\":[{\"size\":" + (1 + i % 5) + "}]}"));
                HttpResponse<String> created = send(port, "POST", "/api/v1/cases", body.toString(), null);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                JsonNode c = JSON.readTree(created.body());
                JsonNode step = c.get("case").get("steps").get(i % c.get("case").get("steps").size());
                String note = "Notiz " + i + " ✓";
                ObjectNode patch = JSON.createObjectNode().put("programId", step.get("programId").asText())
                        .put("stepId", step.get("stepId").asText()).put("status", "DONE").put("note", note)
                        .put("version", 0);
                HttpResponse<String> updated = send(port, "PATCH", "/api/v1/cases/" + c.get("id").asText() + "/steps",
                        patch.toString(), c.get("accessKey").asText());
                assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
                saved.add(new Saved(c.get("id").asText(), c.get("accessKey").asText(),
                        step.get("programId").asText(), step.get("stepId").asText(), note));
            }
        } finally {
            first.destroyForcibly(); // SIGKILL right after the last acknowledged write
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).as("killed, not exited").isEqualTo(137);

        Process second = serve(data, port);
        try {
            for (Saved s : saved) {
                HttpResponse<String> r = send(port, "GET", "/api/v1/cases/" + s.id(), null, s.key());
                assertThat(r.statusCode()).as(s.id()).isEqualTo(200);
                JsonNode step = null;
                for (JsonNode st : JSON.readTree(r.body()).get("steps")) {
                    if (st.get("programId").asText().equals(s.programId())
                            && st.get("stepId").asText().equals(s.stepId())) {
                        step = st;
                    }
                }
                assertThat(step).as(s.id()).isNotNull();
                assertThat(step.get("status").asText()).isEqualTo("DONE");
                assertThat(step.get("note").asText()).isEqualTo(s.note());
                assertThat(step.get("version").asInt()).isEqualTo(1);
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }

        CliTest.Run stats = CliTest.run("cases", "stats", "--data", data.toString());
        assertThat(stats.exit()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("cases:           12").contains("retention:       24 months");
        CliTest.Run purge = CliTest.run("cases", "purge-expired", "--data", data.toString());
        assertThat(purge.exit()).isZero();
        assertThat(purge.out()).contains("purged 0 case(s)");
    }

    private Process serve(Path data, int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("serve-", ".log");
        log.toFile().deleteOnExit();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "de.aufnahmelotse.app.Main", "serve", "--port", Integer.toString(port), "--data", data.toString(),
                "--rules", "rules", "--web", "web", "--no-watch-rules", "--case-rate-limit", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (send(port, "GET", "/ready", null, null).statusCode() == 200) {
                    return p;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            if (!p.isAlive()) {
                throw new AssertionError("serve exited " + p.exitValue() + ": " + Files.readString(log));
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        throw new AssertionError("serve not ready after 180 s: " + Files.readString(log));
    }

    private HttpResponse<String> send(int port, String method, String path, String body, String key)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

}
