package de.aufnahmelotse.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.engine.PrecompiledRules;
import de.aufnahmelotse.engine.RuleBaseLoader;
import de.aufnahmelotse.http.WebApp;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules come compiled at build time into the executable model (engine/PrecompiledRules); a rules
 * directory whose DRL differs in any byte is compiled at run time as before. Both must conclude the same: every
 * scenario is evaluated with each and the answers compared (apart from the rule-set version and the trace).
 */
class PrecompiledRulesTest {

    @Test
    void the_unchanged_bundled_rules_load_from_the_build_time_model() {
        long before = PrecompiledRules.loads();
        RuleBaseLoader.Compiled compiled = RuleBaseLoader.compile(Scenarios.RULES);
        assertThat(PrecompiledRules.loads()).as("precompiled module used").isEqualTo(before + 1);
        assertThat(compiled.rules()).hasSizeGreaterThan(600)
                .allSatisfy(r -> assertThat(r.path()).as(r.name()).endsWith(".drl"));
    }

    @Test
    void a_changed_rules_directory_compiles_at_run_time_and_concludes_what_the_precompiled_model_does(
            @TempDir Path dir) throws IOException {
        copy(Scenarios.RULES, dir);
        Files.writeString(dir.resolve("common/status.drl"), "\n// changed by a rules author\n",
                StandardOpenOption.APPEND);
        long before = PrecompiledRules.loads();
        RuleSet classic = RuleSetLoader.load(dir, Scenarios.CLOCK);
        assertThat(PrecompiledRules.loads()).as("no precompiled module for changed sources").isEqualTo(before);

        AdviceService precompiledService = Scenarios.service();
        AdviceService classicService = new AdviceService(new RuleSetHolder(classic), Scenarios.CLOCK);
        List<String> differing = new ArrayList<>();
        int compared = 0;
        for (Scenarios.Case c : Scenarios.cases()) {
            if (!answer(precompiledService, c).equals(answer(classicService, c))) {
                differing.add(c.toString());
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(400);
        assertThat(differing).as("scenarios answered differently by run-time and build-time compiled rules").isEmpty();
    }

    private static JsonNode answer(AdviceService service, Scenarios.Case c) {
        String lang = c.expect().path("language").asText("de");
        AdviceResponse r = service.advise(Scenarios.parser().parse(c.request(), lang),
                new AdviceService.Options(lang, true, false));
        ObjectNode json = WebApp.objectMapper().valueToTree(r);
        json.remove("trace");
        json.remove("rulesetVersion");
        return json;
    }

    private static void copy(Path from, Path to) throws IOException {
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
}
