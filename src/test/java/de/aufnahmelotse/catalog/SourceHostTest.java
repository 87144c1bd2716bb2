package de.aufnahmelotse.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code source:} URL in a program.yaml is on a host of {@code rules/data/primary-sources.yaml}, or the program
 * lists it under {@code secondarySources} with a one-line reason; hosts under {@code banned} are refused outright.
 */
class SourceHostTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path RULES = Path.of("rules");

    @Test
    void every_source_is_primary_or_a_secondary_with_a_reason_and_none_is_banned() throws IOException {
        JsonNode list = YAML.readTree(RULES.resolve("data/primary-sources.yaml").toFile());
        List<String> primary = new ArrayList<>();
        list.get("primary").forEach(n -> primary.add(n.asText().toLowerCase(Locale.ROOT)));
        List<String> banned = new ArrayList<>();
        list.get("banned").forEach(n -> banned.add(n.asText().toLowerCase(Locale.ROOT)));
        assertThat(primary).isNotEmpty().doesNotHaveDuplicates();

        List<String> problems = new ArrayList<>();
        int sources = 0;
        for (Path file : programFiles()) {
            JsonNode program = YAML.readTree(file.toFile());
            Set<String> urls = new TreeSet<>();
            collect(program, urls);
            JsonNode secondary = program.path("secondarySources");
            for (String url : urls) {
                sources++;
                String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
                if (matches(host, banned)) {
                    problems.add(file + ": banned host (staging server, proxy, wiki or low-reliability media): " + url);
                } else if (!matches(host, primary)) {
                    String reason = secondary.path(url).asText("");
                    if (reason.isBlank() || reason.contains("\n")) {
                        problems.add(file + ": " + host + " is not a primary host and has no one-line reason under "
                                + "secondarySources: " + url);
                    }
                }
            }
            for (Map.Entry<String, JsonNode> e : iterable(secondary)) {
                if (!urls.contains(e.getKey())) {
                    problems.add(file + ": secondarySources names a URL the program does not cite: " + e.getKey());
                } else if (matches(URI.create(e.getKey()).getHost().toLowerCase(Locale.ROOT), primary)) {
                    problems.add(file + ": secondarySources marks a primary host as secondary: " + e.getKey());
                }
            }
        }
        assertThat(sources).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    @Test
    void a_host_matches_itself_and_its_subdomains_only() {
        List<String> primary = List.of("bamf.de");
        assertThat(matches("bamf.de", primary)).isTrue();
        assertThat(matches("www.bamf.de", primary)).isTrue();
        assertThat(matches("notbamf.de", primary)).isFalse();
        assertThat(matches("bamf.de.example.org", primary)).isFalse();
    }

    static boolean matches(String host, List<String> hosts) {
        return hosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }

    /** Every value of a field named "source", at any depth, that is an http(s) URL. */
    private static void collect(JsonNode node, Set<String> urls) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("secondarySources")) {
                    return;
                }
                if (e.getKey().equals("source") && e.getValue().isTextual()
                        && e.getValue().asText().matches("https?://.+")) {
                    urls.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), urls);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, urls));
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static List<Path> programFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(RULES)) {
            return walk.filter(p -> p.toString().endsWith(".program.yaml")).sorted().toList();
        }
    }
}
