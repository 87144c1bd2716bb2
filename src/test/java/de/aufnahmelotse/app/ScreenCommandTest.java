package de.aufnahmelotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.app.CliTest.Run;
import de.aufnahmelotse.municipalities.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code screen} and {@code serve} with directory files: outputs, summary, and damaged files stopping the command. */
class ScreenCommandTest {
    @TempDir
    static Path dir;
    /** The head of the real file (BOM, header, Schleswig-Holstein's first districts): real rows, a quick screen. */
    static Path head;
    static int headMunicipalities;
    static int headInhabited;

    @BeforeAll
    static void cutTheRealFile() throws Exception {
        List<String> lines = Files.readAllLines(SharedData.GEMEINDEN, StandardCharsets.UTF_8);
        List<String> first = lines.subList(0, 300);
        head = Files.write(dir.resolve("gv-2019.csv"), first, StandardCharsets.UTF_8);
        headMunicipalities = (int) first.stream().filter(l -> l.startsWith("60,")).count();
        headInhabited = (int) first.stream().filter(l -> l.startsWith("60,") && !l.startsWith("60,66,")).count();
        assertThat(headInhabited).isGreaterThan(100).isLessThan(headMunicipalities);
    }

    @Test
    void screen_writes_one_csv_row_per_inhabited_municipality_and_a_summary_per_land() throws Exception {
        Path out = dir.resolve("screen.csv");
        Run r = CliTest.run("screen", "--gemeinden", head.toString(), "--asOf", "2024-05-01", "--out",
                out.toString(), "--rules", "rules", "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        try (CSVParser p = CSVParser.builder().setFormat(CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get()).setPath(out).get()) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).hasSize(headInhabited);
            assertThat(p.getHeaderNames()).contains("ags", "name", "sizeClass", "DE-NEST", "DE-NEST missing",
                    "EU-LEADER");
            CSVRecord flensburg = rows.get(0);
            assertThat(flensburg.get("ags")).isEqualTo("01001000");
            assertThat(flensburg.get("population")).isEqualTo("90164");
            assertThat(flensburg.get("sizeClass")).isEqualTo("GROESSERE_MITTELSTADT");
            assertThat(flensburg.get("EU-LEADER")).isEqualTo("NEEDS_INFO");
            // the applicant is the municipality itself (a stated assumption), so only the region is asked
            assertThat(flensburg.get("EU-LEADER missing")).isEqualTo("municipality.leaderRegion");
        }
        assertThat(r.out()).contains("NEEDS_INFO (offene Progr./open programs): ")
                .containsPattern("(?m)^  1 \\S+ +(ja|nein) +\\d+ +\\d+ +\\d+  ");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
        assertThat(r.err()).contains("run 1: " + headInhabited + " municipalities on 2024-05-01");
        Run byState = CliTest.run("screen", "--gemeinden", head.toString(), "--asOf", "2024-05-01", "--by-state",
                "--rules", "rules", "--no-progress");
        assertThat(byState.out()).containsPattern("(?m)^SH\\s+" + headInhabited + "\\s")
                .containsPattern("(?m)^DE\\s+" + headInhabited + "\\s");
        assertThat(byState.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    }

    @Test
    void screen_for_one_program_writes_ndjson_and_can_include_uninhabited_areas() throws Exception {
        Path out = dir.resolve("screen.ndjson");
        Run r = CliTest.run("screen", "--gemeinden", head.toString(), "--asOf", "2024-05-01", "--program",
                "EU-LEADER", "--include-uninhabited", "--out", out.toString(), "--rules", "rules", "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(headMunicipalities);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("ags").asText()).isEqualTo("01001000");
        assertThat(first.get("asOf").asText()).isEqualTo("2024-05-01");
        assertThat(first.get("programs")).hasSize(1);
        assertThat(first.get("programs").get(0).get("id").asText()).isEqualTo("EU-LEADER");
        assertThat(first.get("programs").get(0).get("status").asText()).isEqualTo("NEEDS_INFO");
        // every row is an AGS-only request: the municipality is assumed to apply itself, and the row says so
        assertThat(first.get("assumptions").get("project.applicantType").asText()).isEqualTo("MUNICIPALITY");
        assertThat(r.out()).contains("EU-LEADER").doesNotContain("DE-NEST");
    }

    @Test
    void screen_refuses_an_unknown_program_and_an_unknown_output_format() {
        Run r = CliTest.run("screen", "--gemeinden", head.toString(), "--program", "XX-NOPE", "--rules", "rules");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown program 'XX-NOPE'");
        Run f = CliTest.run("screen", "--gemeinden", head.toString(), "--out", "x.xlsx", "--rules", "rules");
        assertThat(f.exit()).isEqualTo(2);
        assertThat(f.err()).contains(".csv or .ndjson");
    }

    @Test
    void a_damaged_file_stops_screen_and_serve_with_one_message_naming_file_line_and_field() throws Exception {
        Path bad = dir.resolve("damaged.csv");
        List<String> lines = Files.readAllLines(head, StandardCharsets.UTF_8);
        lines.set(4, lines.get(4).replace(" 90 164,", " 90 1x4,"));
        Files.write(bad, lines, StandardCharsets.UTF_8);
        Run screen = CliTest.run("screen", "--gemeinden", bad.toString(), "--rules", "rules");
        assertThat(screen.exit()).isEqualTo(1);
        assertThat(screen.err()).contains(bad + ":5: field 'bevoelkerung' = '90 1x4'").doesNotContain("Exception");
        Run serve = CliTest.run("serve", "--gemeinden", bad.toString(), "--rules", "rules", "--port", "0");
        assertThat(serve.exit()).isEqualTo(1);
        assertThat(serve.err()).contains(bad + ":5: field 'bevoelkerung'").contains("not starting")
                .doesNotContain("Exception");
        Run wrong = CliTest.run("serve", "--gemeinden", SharedData.KREISE.toString(), "--rules", "rules");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains(SharedData.KREISE + ":1: field 'satzart'");
    }
}
