package de.aufnahmelotse.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.aufnahmelotse.advice.AdviceRequestParser;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the real rules/ once and every {@code rules/**}{@code /*.scenarios.yaml} file: one scenario file per DRL
 * file, each case a sentence-named request with the expected result. Shared by the scenario and coverage tests.
 */
public final class Scenarios {
    public static final Path RULES = Path.of("rules");
    /** Scenarios that give no asOf are evaluated on this fixed date, never on the wall clock. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static RuleSet ruleSet;

    private Scenarios() {
    }

    public record Case(String file, String name, JsonNode request, JsonNode expect) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    public static synchronized RuleSet ruleSet() {
        if (ruleSet == null) {
            ruleSet = RuleSetLoader.load(RULES, CLOCK);
        }
        return ruleSet;
    }

    public static AdviceService service() {
        return new AdviceService(new RuleSetHolder(ruleSet()), CLOCK);
    }

    public static AdviceRequestParser parser() {
        return new AdviceRequestParser(WebApp.objectMapper());
    }

    public static List<Path> scenarioFiles() {
        try (Stream<Path> walk = Files.walk(RULES)) {
            // rules/matching/ has its own rule base and scenario format (MatchingScenarioTest)
            return walk.filter(p -> p.toString().endsWith(".scenarios.yaml"))
                    .filter(p -> !p.startsWith(RULES.resolve("matching"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            String rel = RULES.relativize(file).toString().replace('\\', '/');
            try {
                JsonNode root = YAML.readTree(file.toFile());
                for (JsonNode c : root.path("cases")) {
                    cases.add(new Case(rel, c.path("name").asText(), c.path("request"), c.path("expect")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + rel, e);
            }
        }
        return cases;
    }

    /** Evaluates a case the way the API does, listing every program (include=all) and the fired rules. */
    public static AdviceResponse evaluate(Case c, AdviceService service) {
        String lang = c.expect().path("language").asText("de");
        return service.advise(parser().parse(c.request(), lang), new AdviceService.Options(lang, true, true));
    }
}
