package de.aufnahmelotse.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class RuleBaseLoaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/broken-rules");

    @Test
    void the_bundled_rules_compile_and_every_rule_is_traced_to_its_file() {
        RuleBaseLoader.Compiled compiled = RuleBaseLoader.compile(Path.of("rules"));
        assertThat(compiled.rules()).isNotEmpty();
        assertThat(compiled.rules()).allSatisfy(r -> assertThat(r.path()).endsWith(".drl"));
        assertThat(compiled.files()).contains("sponsorship/nest.drl", "common/status.drl");
    }

    @Test
    void a_syntax_error_is_reported_with_file_line_and_column() {
        assertThatThrownBy(() -> RuleBaseLoader.compile(FIXTURES.resolve("syntax")))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> {
                    var problems = ((RuleCompilationException) e).problems();
                    assertThat(problems).isNotEmpty();
                    assertThat(problems).anySatisfy(p -> {
                        assertThat(p.path()).isEqualTo("sponsorship/broken.drl");
                        assertThat(p.line()).isBetween(9, 11);
                        assertThat(p.toString()).startsWith("sponsorship/broken.drl:" + p.line() + ":");
                    });
                });
    }

    @Test
    void a_package_that_does_not_mirror_the_path_is_refused() {
        assertThat(RuleBaseLoader.expectedPackage("sponsorship/nest.drl")).isEqualTo("aufnahmelotse.sponsorship.nest");
        assertThat(RuleBaseLoader.expectedPackage("funding/gak-dorf.drl")).isEqualTo("aufnahmelotse.funding.gak_dorf");
    }

    @Test
    void rules_naming_unknown_programs_and_programs_without_rules_fail_the_load_with_every_problem() {
        assertThatThrownBy(() -> RuleSetLoader.load(FIXTURES.resolve("unknown-program"), Clock.systemUTC()))
                .isInstanceOf(RuleCompilationException.class)
                .satisfies(e -> assertThat(((RuleCompilationException) e).problems()).extracting(Object::toString)
                        .anySatisfy(s -> assertThat(s).contains("funding/orphan.drl").contains("EU-NOWHERE"))
                        .anySatisfy(s -> assertThat(s).contains("has no @source URL"))
                        .anySatisfy(s -> assertThat(s).contains("funding/unruled.program.yaml")
                                .contains("'DE-UNRULED' has no rule"))
                        .anySatisfy(s -> assertThat(s).contains("name has no 'en' text"))
                        .anySatisfy(s -> assertThat(s).startsWith("funding/unruled.program.yaml:7:1 ")
                                .contains("verifiedOn is required"))
                        .anySatisfy(s -> assertThat(s).contains("periods[1] must start after periods[0] ends")));
    }

    @Test
    void no_rule_uses_accumulate_or_collect_because_drools_10_2_can_miss_their_updates_in_a_reused_session()
            throws java.io.IOException {
        // apache/incubator-kie#7109: an accumulate whose segment a later package splits stops reacting to changes of
        // its source facts. Fresh sessions hide it; reused sessions (the default path) would give stale answers.
        java.util.regex.Pattern aggregate = java.util.regex.Pattern.compile("\\b(accumulate|collect)\\s*\\(");
        java.util.List<String> offenders = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                var lines = java.nio.file.Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("//.*", "");
                    if (aggregate.matcher(code).find()) {
                        offenders.add(f + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
