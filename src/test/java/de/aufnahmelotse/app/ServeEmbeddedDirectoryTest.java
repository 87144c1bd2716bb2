package de.aufnahmelotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's command on a fresh clone: {@code serve} with no options (port from PORT) finds Golzow — no download,
 * the directory is the one embedded in the jar. A real process, as a user starts it.
 */
class ServeEmbeddedDirectoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @Timeout(600)
    void serve_without_options_finds_golzow_from_the_embedded_directory(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve")
                .directory(new File(".")).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PORT", String.valueOf(port));
        pb.environment().put("WATCH_RULES", "false");
        pb.environment().remove("GEMEINDEN_FILE");
        pb.environment().remove("KREISE_FILE");
        Process p = pb.start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + Duration.ofSeconds(540).toNanos();
            boolean ready = false;
            while (!ready && System.nanoTime() < deadline && p.isAlive()) {
                try {
                    ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(ready).as(Files.exists(log) ? Files.readString(log) : "no log").isTrue();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/municipalities?q=golzow")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode hits = JSON.readTree(r.body());
            assertThat(hits.findValuesAsText("ags")).contains("12064172", "12069216");
            JsonNode status = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/v1/municipalities/status")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(status.path("status").path("embedded").asBoolean()).isTrue();
            assertThat(status.path("status").path("referenceDate").asText()).isEqualTo("2023-12-31");
            assertThat(status.path("status").path("attribution").asText()).contains("Destatis");
            assertThat(Files.readString(log)).contains("10981 municipalities").contains("10667 municipalities in both");
        } finally {
            p.destroy();
            p.waitFor();
        }
    }
}
