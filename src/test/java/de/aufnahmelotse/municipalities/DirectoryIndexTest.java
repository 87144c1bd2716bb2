package de.aufnahmelotse.municipalities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The embedded directory is the build's parse of the three Excel files shipped in the jar (data/directory-index.tsv):
 * it must equal, entry for entry, a fresh parse of the files Destatis publishes (../shared/data).
 */
class DirectoryIndexTest {

    @Test
    void the_build_wrote_the_index_and_the_embedded_directory_is_read_from_it() {
        assertThat(getClass().getClassLoader().getResource(DirectoryIndex.RESOURCE)).isNotNull();
        assertThat(DirectoryIndex.readEmbedded()).isNotNull();
    }

    @Test
    void the_embedded_directory_equals_a_fresh_parse_of_the_published_files() {
        MunicipalityDirectory embedded = MunicipalityDirectory.loadEmbedded();
        MunicipalityDirectory fresh = SharedData.directory2023();
        assertThat(embedded.all()).isEqualTo(fresh.all());
        assertThat(embedded.districts()).isEqualTo(fresh.districts());
        MunicipalityDirectory.Status e = embedded.status();
        MunicipalityDirectory.Status f = fresh.status();
        assertThat(e.file()).isEqualTo("embedded:data/gemeindeverzeichnis-destatis-2023.xlsx");
        assertThat(e.embedded()).isTrue();
        assertThat(e.attribution()).startsWith("© Statistisches Bundesamt (Destatis), 2024")
                .contains("Gebietsstand 31.12.2023");
        assertThat(e.referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31)).isEqualTo(f.referenceDate());
        assertThat(e.rowsRead()).isEqualTo(f.rowsRead());
        assertThat(e.inhabited()).isEqualTo(f.inhabited());
        assertThat(e.population()).isEqualTo(f.population());
        assertThat(e.populationChange().matched()).isEqualTo(f.populationChange().matched());
        assertThat(e.populationChange().onlyInCurrent()).isEqualTo(f.populationChange().onlyInCurrent());
        assertThat(e.districts().districts()).isEqualTo(400);
        // the name index the build stored is the one a fresh parse folds and sorts
        assertThat(embedded.searchIndex().keys()).isEqualTo(fresh.searchIndex().keys());
        assertThat(embedded.searchIndex().order()).isEqualTo(fresh.searchIndex().order());
        for (String q : new String[] {"golz", "Mühl", "muehl", "Frankfurt", "sankt", "a"}) {
            assertThat(embedded.search(q, null, 50)).as(q).isEqualTo(fresh.search(q, null, 50)).isNotEmpty();
        }
        // the parse of the embedded Excel copies (the fallback when a jar has no index) gives the same
        assertThat(MunicipalityDirectory.load(MunicipalityDirectory.embedded()).all()).isEqualTo(fresh.all());
    }

    @Test
    void the_index_round_trips() throws Exception {
        MunicipalityDirectory d = SharedData.directory2023();
        StringWriter w = new StringWriter();
        DirectoryIndex.write(d, w);
        assertThat(w.toString().lines().count()).isEqualTo(2 + 10_981);
        assertThat(w.toString()).contains("12064172\tGolzow\tBB\tBrandenburg\tMärkisch-Oderland\t12064\tGEMEINDE\t64\t"
                + "848\t17.29\t49.0\t3\t15328\t52.573968\t14.493029\tAMT\tGolzow\t-0.93\t");
        // then its rank in the name index and its folded key
        assertThat(w.toString()).containsPattern("\n12064172\tGolzow\t[^\n]*\t-0\\.93\t\\d+\tgolzow\n");
    }
}
