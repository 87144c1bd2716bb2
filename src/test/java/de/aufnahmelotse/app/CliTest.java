package de.aufnahmelotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void the_training_run_of_serve_starts_the_service_answers_over_http_and_exits_0(@TempDir Path data) {
        Run r = run("serve", "--exit-when-ready", "--port", "0", "--no-watch-rules", "--rules", "rules",
                "--web", "web", "--data", data.toString());
        assertThat(r.exit()).isZero();
        // the case database was opened and migrated beside the rules
        assertThat(data.resolve("cases.mv.db")).exists();
    }

    @Test
    void the_training_run_fails_when_a_request_fails(@TempDir Path data) {
        // no page directory: GET / answers 404, so the run reports it instead of training an archive on errors
        Run r = run("serve", "--exit-when-ready", "--port", "0", "--no-watch-rules", "--rules", "rules",
                "--web", data.resolve("no-web").toString(), "--no-cases");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void check_rules_accepts_the_bundled_rules() {
        Run r = run("check-rules", "rules");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ok: ");
    }

    @Test
    void check_rules_lists_the_programs_oldest_check_first_and_marks_checks_older_than_six_months() {
        Run r = run("check-rules", "rules", "--asOf", "2026-12-06");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).containsPattern("as of 2026-12-06: \\d+ of \\d+ older than 6 months");
        List<String> rows = r.out().lines().filter(l -> l.matches("  \\d{4}-\\d{2}-\\d{2} .*")).toList();
        assertThat(rows).hasSizeGreaterThan(60);
        assertThat(rows).isSortedAccordingTo(java.util.Comparator.comparing(l -> l.substring(2, 12)));
        assertThat(rows).filteredOn(l -> l.startsWith("  2026-12-06")).allSatisfy(l ->
                assertThat(l).doesNotContain("OUTDATED"));
        assertThat(rows).filteredOn(l -> l.compareTo("  2026-06-06") < 0).allSatisfy(l ->
                assertThat(l).contains("OUTDATED"));
        assertThat(rows).anySatisfy(l -> assertThat(l).contains("DE-KOENIGSTEIN"));
    }

    /** A copy of the bundled rules whose matching weights lack a parameter the matching reads. */
    static Path brokenMatching(Path dir) throws java.io.IOException {
        Path src = Path.of("rules");
        try (var files = java.nio.file.Files.walk(src)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(src.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(f, to);
                }
            }
        }
        Path weights = dir.resolve("matching/weights.yaml");
        java.nio.file.Files.writeString(weights, java.nio.file.Files.readString(weights)
                .replaceAll("(?m)^  communityCapHouseholds:.*$", ""));
        return dir;
    }

    @Test
    void check_rules_names_a_broken_matching_folder_with_its_path(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path rules = brokenMatching(dir);
        Run r = run("check-rules", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(rules.toAbsolutePath().normalize().resolve("matching/weights.yaml")
                + ":0:0 parameters.communityCapHouseholds is missing");
    }

    @Test
    void serve_reports_a_broken_matching_folder_at_start(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path rules = brokenMatching(dir);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean broken = ServeCommand.reportMatchingRules(rules, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(broken).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains(rules.toAbsolutePath().normalize().resolve("matching/weights.yaml").toString())
                .contains("parameters.communityCapHouseholds is missing")
                .contains("matching disabled");
        ByteArrayOutputStream ok = new ByteArrayOutputStream();
        assertThat(ServeCommand.reportMatchingRules(Path.of("rules"), new PrintStream(ok))).isFalse();
        assertThat(ok.toString()).isEmpty();
    }

    @Test
    void check_rules_prints_path_line_col_and_exits_1_on_a_broken_rule() {
        Run r = run("check-rules", "src/test/resources/broken-rules/syntax");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("broken-rules/syntax/sponsorship/broken\\.drl:\\d+:\\d+ ");
    }

    @Test
    void advise_prints_the_advice_json_for_a_request_file(@TempDir Path dir) throws Exception {
        Path request = dir.resolve("request.json");
        Files.writeString(request, "{\"asOf\":\"2024-05-01\",\"sponsorGroup\":{\"members\":3}}");
        Run r = run("advise", request.toString(), "--rules", "rules");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"DE-NEST\"").contains("\"asOf\" : \"2024-05-01\"");
    }

    @Test
    void advise_names_the_bad_field_and_exits_2() throws Exception {
        Path request = Files.createTempFile("bad", ".json");
        Files.writeString(request, "{\"municipality\":{\"population\":-1}}");
        Run r = run("advise", request.toString(), "--rules", "rules");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("municipality.population");
    }
}
