package de.aufnahmelotse.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import de.aufnahmelotse.advice.AdviceResponse;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.engine.RuleInfo;
import de.aufnahmelotse.ruleset.RuleSet;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scenarios must exercise the whole rule base: every rule, every text, every step. */
class RuleCoverageTest {
    private static final Set<String> FIRED = new HashSet<>();
    private static final Set<String> PRODUCED = new HashSet<>();
    private static final List<String> NAMES = new ArrayList<>();

    @BeforeAll
    static void runEveryScenario() {
        AdviceService service = Scenarios.service();
        for (Scenarios.Case c : Scenarios.cases()) {
            NAMES.add(c.file() + "|" + c.name());
            AdviceResponse r = Scenarios.evaluate(c, service);
            FIRED.addAll(r.trace().rules());
            r.programs().forEach(p -> {
                p.criteria().forEach(x -> PRODUCED.add("criterion " + p.id() + " " + x.id() + " " + x.status()));
                p.obligations().forEach(x -> PRODUCED.add("obligation " + p.id() + " " + x.id()));
                if (p.funding() != null) {
                    p.funding().terms().forEach(x -> PRODUCED.add("funding " + p.id() + " " + x.id()));
                }
                p.missing().forEach(x -> PRODUCED.add("question " + x.field()));
            });
            r.checklist().forEach(s -> PRODUCED.add("step " + s.programId() + " " + s.id()));
            r.recommendations().forEach(x -> PRODUCED.add("recommendation " + x.id()));
            r.experiences().forEach(x -> PRODUCED.add("recommendation " + x.id()));
        }
    }

    @Test
    void every_rule_fires_in_at_least_one_scenario() {
        Set<String> never = new TreeSet<>();
        for (RuleInfo rule : Scenarios.ruleSet().rules()) {
            if (!FIRED.contains(rule.name())) {
                never.add(rule.path() + ": \"" + rule.name() + "\"");
            }
        }
        assertThat(never).as("rules that no scenario fires").isEmpty();
    }

    @Test
    void every_rules_file_has_a_scenario_file_beside_it() {
        Set<String> without = new TreeSet<>();
        for (String file : Scenarios.ruleSet().files()) {
            String scenarios = file.replaceFirst("\\.drl$", ".scenarios.yaml");
            if (!Files.isRegularFile(Scenarios.RULES.resolve(scenarios))) {
                without.add(file + " (expected " + scenarios + ")");
            }
        }
        assertThat(without).isEmpty();
    }

    @Test
    void every_catalog_text_and_step_shows_up_in_some_scenario() {
        RuleSet rules = Scenarios.ruleSet();
        Set<String> unused = new TreeSet<>();
        for (ProgramEntry p : rules.catalog().programs()) {
            p.criteria().forEach((id, byStatus) -> byStatus.keySet().forEach(status -> {
                String key = "criterion " + p.id() + " " + id + " " + status;
                if (!PRODUCED.contains(key)) {
                    unused.add(key);
                }
            }));
            p.obligations().keySet().stream().map(id -> "obligation " + p.id() + " " + id)
                    .filter(k -> !PRODUCED.contains(k)).forEach(unused::add);
            p.funding().keySet().stream().map(id -> "funding " + p.id() + " " + id)
                    .filter(k -> !PRODUCED.contains(k)).forEach(unused::add);
            p.steps().keySet().stream().map(id -> "step " + p.id() + " " + id)
                    .filter(k -> !PRODUCED.contains(k)).forEach(unused::add);
            p.questions().keySet().stream().map(f -> "question " + f)
                    .filter(k -> !PRODUCED.contains(k)).forEach(unused::add);
            p.recommendations().keySet().stream().map(id -> "recommendation " + id)
                    .filter(k -> !PRODUCED.contains(k)).forEach(unused::add);
        }
        java.util.Set<String> anyProgram = new java.util.HashSet<>();
        PRODUCED.forEach(k -> anyProgram.add(k.replaceFirst("^(\\w+) \\S+ ", "$1 * ")));
        rules.catalog().common().steps().keySet().stream().map(id -> "step * " + id)
                .filter(k -> !anyProgram.contains(k)).forEach(unused::add);
        rules.catalog().common().obligations().keySet().stream().map(id -> "obligation * " + id)
                .filter(k -> !anyProgram.contains(k)).forEach(unused::add);
        rules.catalog().common().funding().keySet().stream().map(id -> "funding * " + id)
                .filter(k -> !anyProgram.contains(k)).forEach(unused::add);
        rules.catalog().common().criteria().forEach((id, byStatus) -> byStatus.keySet().stream()
                .map(status -> "criterion * " + id + " " + status)
                .filter(k -> !anyProgram.contains(k)).forEach(unused::add));
        rules.catalog().common().questions().keySet().stream().map(f -> "question " + f)
                .filter(k -> !PRODUCED.contains(k)).forEach(unused::add);
        assertThat(unused).as("catalog entries no scenario produces (dead text or missing scenario)").isEmpty();
    }

    @Test
    void scenario_names_are_unique_sentences() {
        Set<String> seen = new HashSet<>();
        List<String> bad = new ArrayList<>();
        for (String n : NAMES) {
            String name = n.substring(n.indexOf('|') + 1);
            if (!seen.add(n)) {
                bad.add("duplicate: " + n);
            }
            if (name.isBlank() || !Character.isUpperCase(name.charAt(0)) || name.split(" ").length < 4) {
                bad.add("not a sentence: " + n);
            }
        }
        assertThat(bad).isEmpty();
        assertThat(NAMES).hasSizeGreaterThan(10);
    }
}
