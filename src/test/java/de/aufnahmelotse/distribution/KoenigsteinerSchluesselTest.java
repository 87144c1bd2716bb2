package de.aufnahmelotse.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.aufnahmelotse.facts.Land;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KoenigsteinerSchluesselTest {
    private static final Path RULES = Path.of("rules");

    @Test
    void every_recorded_year_has_all_sixteen_laender_summing_to_100_within_rounding() {
        KoenigsteinerSchluessel key = KoenigsteinerSchluessel.load(RULES);
        assertThat(key.years()).isNotEmpty();
        assertThat(key.programId()).isEqualTo("DE-KOENIGSTEIN");
        for (KoenigsteinerSchluessel.Entry y : key.years()) {
            assertThat(y.sharesPct()).as("year %d", y.year()).containsOnlyKeys(Land.values());
            BigDecimal sum = y.sharesPct().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            // five decimals each: sixteen roundings miss 100 by at most 0.00008
            assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).as("sum of %d", y.year())
                    .isLessThanOrEqualTo(new BigDecimal("0.00008"));
            assertThat(y.source()).startsWith("http");
            if (!y.primary()) {
                assertThat(y.secondaryReason()).as("year %d", y.year()).isNotBlank();
            }
        }
    }

    @Test
    void a_year_gives_the_newest_recorded_year_not_after_it_and_says_whether_it_is_exact() {
        KoenigsteinerSchluessel key = KoenigsteinerSchluessel.load(RULES);
        KoenigsteinerSchluessel.KeyYear y2017 = key.forYear(2017).orElseThrow();
        assertThat(y2017.year()).isEqualTo(2017);
        assertThat(y2017.exactYear()).isTrue();
        assertThat(y2017.share(Land.NW)).isEqualByComparingTo("21.14424");
        assertThat(y2017.source()).contains("bamf.de");

        KoenigsteinerSchluessel.KeyYear y2026 = key.forYear(2026).orElseThrow();
        assertThat(y2026.year()).isEqualTo(key.years().get(key.years().size() - 1).year());
        assertThat(y2026.exactYear()).isFalse();

        assertThat(key.forYear(2015).orElseThrow().share(Land.BB)).isEqualByComparingTo("3.08092");
        assertThat(key.forYear(2014)).isEmpty();
    }

    @Test
    void a_rules_directory_without_the_table_has_no_year(@TempDir Path dir) {
        assertThat(KoenigsteinerSchluessel.load(dir).forYear(2026)).isEmpty();
    }

    @Test
    void a_missing_land_a_wrong_sum_and_an_unexplained_secondary_source_fail_with_line_and_column(@TempDir Path dir)
            throws IOException {
        String all = "BW: 13.0\n      BY: 15.6\n      BE: 5.2\n      BB: 3.0\n      HB: 1.0\n      HH: 2.6\n"
                + "      HE: 7.4\n      MV: 2.0\n      NI: 9.4\n      NW: 21.0\n      RP: 4.8\n      SL: 1.2\n"
                + "      SN: 4.9\n      ST: 2.7\n      SH: 3.4\n";
        write(dir, "programId: DE-KOENIGSTEIN\nyears:\n"
                + "  2020:\n    source: \"https://www.bamf.de/x\"\n    primary: true\n    shares:\n      " + all
                + "  2021:\n    source: \"https://example.org/wiki\"\n    primary: false\n    shares:\n      " + all
                + "      TH: 5.6\n");
        assertThatThrownBy(() -> KoenigsteinerSchluessel.load(dir))
                .isInstanceOf(KoenigsteinerSchluessel.TableException.class)
                .satisfies(e -> {
                    List<KoenigsteinerSchluessel.Problem> problems =
                            ((KoenigsteinerSchluessel.TableException) e).problems();
                    assertThat(problems).extracting(Object::toString).anySatisfy(p ->
                            assertThat(p).startsWith("data/koenigsteiner-schluessel.yaml:3:3 ")
                                    .contains("years.2020.shares.TH is missing"));
                    assertThat(problems).extracting(Object::toString).anySatisfy(p ->
                            assertThat(p).contains(":22:3 ").contains("secondaryReason"));
                    assertThat(problems).extracting(Object::toString).anySatisfy(p ->
                            assertThat(p).contains("years.2021.shares sum to 102.8"));
                });
    }

    @Test
    void unreadable_yaml_names_line_and_column(@TempDir Path dir) throws IOException {
        write(dir, "programId: DE-KOENIGSTEIN\nyears:\n  2020:\n    sauce: 1\n");
        assertThatThrownBy(() -> KoenigsteinerSchluessel.load(dir))
                .hasMessageMatching("(?s)data/koenigsteiner-schluessel\\.yaml:[45]:\\d+ .*sauce.*");
    }

    @Test
    void the_tolerance_follows_the_decimals_given() {
        assertThat(KoenigsteinerSchluessel.tolerance(List.of(new BigDecimal("1.23"), new BigDecimal("2.5"))))
                .isEqualByComparingTo("0.01");
        assertThat(KoenigsteinerSchluessel.tolerance(List.of(new BigDecimal("12.97496"))))
                .isEqualByComparingTo("0.000005");
    }

    private static void write(Path dir, String text) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve(KoenigsteinerSchluessel.FILE), text);
    }
}
