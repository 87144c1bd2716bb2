package de.aufnahmelotse.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.aufnahmelotse.facts.Enums.MunicipalityKind;
import de.aufnahmelotse.facts.Land;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer on the real Destatis files and on damaged copies of them. */
class DirectoryImporterTest {

    @Test
    void the_real_file_has_11004_municipalities_10796_inhabited_with_83166711_inhabitants() {
        MunicipalityDirectory d = SharedData.directory();
        MunicipalityDirectory.Status s = d.status();
        assertThat(s.municipalities()).isEqualTo(11_004);
        assertThat(d.all()).hasSize(11_004);
        assertThat(s.inhabited()).isEqualTo(10_796);
        assertThat(d.all().stream().filter(MunicipalityEntry::inhabited).count()).isEqualTo(10_796);
        assertThat(s.population()).isEqualTo(83_166_711L);
        assertThat(s.rejectedRows()).isZero();
        assertThat(s.rowsRead()).isEqualTo(16_068);
        assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(s.referenceDateFrom()).isEqualTo("file name (year)");
    }

    @Test
    void golzow_12064172_has_799_inhabitants_and_all_its_figures() {
        MunicipalityEntry golzow = SharedData.directory().byAgs("12064172").orElseThrow();
        assertThat(golzow.name()).isEqualTo("Golzow");
        assertThat(golzow.state()).isEqualTo(Land.BB);
        assertThat(golzow.stateName()).isEqualTo("Brandenburg");
        assertThat(golzow.district()).isEqualTo("Märkisch-Oderland");
        assertThat(golzow.districtAgs()).isEqualTo("12064");
        assertThat(golzow.kind()).isEqualTo(MunicipalityKind.GEMEINDE);
        assertThat(golzow.population()).isEqualTo(799);
        assertThat(golzow.areaKm2()).isEqualTo(17.43);
        assertThat(golzow.densityPerKm2()).isEqualTo(46.0);
        assertThat(golzow.degreeOfUrbanisation()).isEqualTo(3);
        assertThat(golzow.postalCode()).isEqualTo("15328");
        assertThat(golzow.longitude()).isEqualTo(14.492552);
        assertThat(golzow.latitude()).isEqualTo(52.573889);
    }

    @Test
    void thousands_separators_kinds_and_city_states_are_read() {
        MunicipalityDirectory d = SharedData.directory();
        MunicipalityEntry berlin = d.byAgs("11000000").orElseThrow();
        assertThat(berlin.population()).isEqualTo(3_669_491);
        assertThat(berlin.kind()).isEqualTo(MunicipalityKind.KREISFREIE_STADT);
        assertThat(berlin.degreeOfUrbanisation()).isEqualTo(1);
        MunicipalityEntry altena = d.byAgs("05962004").orElseThrow();
        assertThat(altena.population()).isEqualTo(16_718);
        assertThat(altena.kind()).isEqualTo(MunicipalityKind.STADT);
        assertThat(altena.district()).isEqualTo("Märkischer Kreis");
        MunicipalityEntry sachsenwald = d.byAgs("01053105").orElseThrow();
        assertThat(sachsenwald.inhabited()).isFalse();
        assertThat(sachsenwald.population()).isZero();
        assertThat(sachsenwald.kind()).isNull();
        assertThat(sachsenwald.postalCode()).isNull();
    }

    @Test
    void the_district_file_gives_all_401_districts_and_every_municipality_has_a_district_name() {
        MunicipalityDirectory d = SharedData.directory();
        assertThat(d.status().districts().districts()).isEqualTo(401);
        assertThat(d.status().districts().rejectedRows()).isZero();
        assertThat(d.status().districts().referenceDate()).isEqualTo(LocalDate.of(2018, 12, 31));
        District mol = d.district("12064").orElseThrow();
        assertThat(mol.name()).isEqualTo("Märkisch-Oderland");
        assertThat(mol.nuts3()).isEqualTo("DE409");
        assertThat(mol.population()).isEqualTo(194_328);
        assertThat(d.all().stream().filter(MunicipalityEntry::inhabited))
                .allSatisfy(e -> assertThat(e.district()).as(e.ags()).isNotBlank());
        // two uninhabited areas belong to no district: the Luxembourg condominium and the coastal waters
        assertThat(d.status().districts().missingInDistrictFile()).containsExactly("07000", "13000");
    }

    @Test
    void golzow_goelzow_and_goelzow_with_umlaut_all_find_both_golzows_with_land_and_district() {
        MunicipalityDirectory d = SharedData.directory();
        for (String q : List.of("Golzow", "golzow", "Goelzow", "Gölzow", "GOLZ", " golzow ")) {
            List<MunicipalityEntry> hits = d.search(q, null, 20);
            assertThat(hits).as(q).extracting(MunicipalityEntry::ags).contains("12064172", "12069216");
            assertThat(hits).as(q).filteredOn(e -> e.name().equals("Golzow"))
                    .extracting(MunicipalityEntry::state, MunicipalityEntry::district)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Land.BB, "Märkisch-Oderland"),
                            org.assertj.core.groups.Tuple.tuple(Land.BB, "Potsdam-Mittelmark"));
        }
        assertThat(d.search("Golzow", Land.SN, 20)).isEmpty();
        assertThat(d.search("Golzow", Land.BB, 1)).hasSize(1);
    }

    @Test
    void umlauts_in_names_are_found_by_either_spelling_and_exact_names_come_first() {
        MunicipalityDirectory d = SharedData.directory();
        assertThat(d.search("Lübeck", null, 5).get(0).ags()).isEqualTo("01003000");
        assertThat(d.search("luebeck", null, 5).get(0).ags()).isEqualTo("01003000");
        assertThat(d.search("lubeck", null, 5).get(0).ags()).isEqualTo("01003000");
        assertThat(d.search("berlin", null, 5).get(0).ags()).isEqualTo("11000000");
        assertThat(d.search("Frankfurt", null, 10)).extracting(MunicipalityEntry::name)
                .contains("Frankfurt am Main, Stadt", "Frankfurt (Oder), Stadt");
        assertThat(d.search("xyzzy", null, 10)).isEmpty();
        assertThat(d.search("", Land.HB, 10)).extracting(MunicipalityEntry::name)
                .containsExactly("Bremen, Stadt", "Bremerhaven, Stadt");
    }

    // ---------------------------------------------------------------- damaged copies

    private static Path copy(Path dir, String name, java.util.function.UnaryOperator<String> change) throws Exception {
        String text = Files.readString(SharedData.GEMEINDEN, StandardCharsets.UTF_8);
        Path p = dir.resolve(name);
        Files.writeString(p, change.apply(text), StandardCharsets.UTF_8);
        return p;
    }

    private static MunicipalityDirectory load(Path gemeinden, int maxRejected) {
        return MunicipalityDirectory.load(new MunicipalityDirectory.Config(gemeinden, null, null, maxRejected));
    }

    private static final String GOLZOW_ROW = "60,64,12,0,64,5404,172,Golzow, 17.43,  799,";

    @Test
    void a_bad_number_names_file_line_and_field_and_stops_the_load(@TempDir Path dir) throws Exception {
        Path bad = copy(dir, "gv-2019.csv", t -> t.replace(GOLZOW_ROW, "60,64,12,0,64,5404,172,Golzow, 17.43,  7x9,"));
        assertThatThrownBy(() -> load(bad, 0)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining(bad + ":12862: field 'bevoelkerung' = '7x9'")
                .hasMessageContaining("not a whole number");
    }

    @Test
    void a_row_that_cannot_be_read_is_counted_and_reported_when_allowed_never_silently_dropped(@TempDir Path dir)
            throws Exception {
        Path bad = copy(dir, "gv-2019.csv", t -> t.replace(GOLZOW_ROW, "60,64,12,0,64,5404,172,Golzow, 17.4x3,  799,")
                .replace("60,64,12,0,69,5904,216,Golzow,", "60,64,12,0,69,59X4,2X6,Golzow,"));
        MunicipalityDirectory d = load(bad, 5);
        MunicipalityDirectory.Status s = d.status();
        assertThat(s.municipalities()).isEqualTo(11_002);
        assertThat(s.rejectedRows()).isEqualTo(2);
        assertThat(s.rejected()).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12862L, "flaeche"),
                        org.assertj.core.groups.Tuple.tuple(13094L, "gemeinde"));
        assertThat(d.byAgs("12064172")).isEmpty();
        assertThat(d.byAgs("12069216")).isEmpty();
    }

    @Test
    void a_missing_column_is_a_damaged_file_naming_line_1_and_the_column(@TempDir Path dir) throws Exception {
        Path bad = copy(dir, "gv.csv", t -> t.replaceFirst(",bevoelkerung,", ",einwohner,"));
        assertThatThrownBy(() -> load(bad, 100)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(bad + ":1: field 'bevoelkerung': ")
                .hasMessageContaining("column missing");
    }

    @Test
    void a_row_with_columns_missing_is_rejected_naming_the_first_missing_column(@TempDir Path dir) throws Exception {
        Path bad = copy(dir, "gv.csv", t -> t.replaceFirst("(?m)^" + GOLZOW_ROW + ".*$", GOLZOW_ROW + "  414"));
        assertThatThrownBy(() -> load(bad, 0)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining(":12862: field 'weiblich'");
    }

    @Test
    void the_district_file_given_as_municipality_file_is_the_wrong_file(@TempDir Path dir) {
        assertThatThrownBy(() -> load(SharedData.KREISE, 0)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(SharedData.KREISE + ":1: field 'satzart': ")
                .hasMessageContaining("wrong or damaged file");
    }

    @Test
    void a_binary_an_empty_and_a_missing_file_each_get_one_clear_error(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("gv.csv");
        Files.write(binary, new byte[] {'s', 'a', 't', (byte) 0xC3, (byte) 0x28, ',', 'x', '\n'});
        assertThatThrownBy(() -> load(binary, 0)).hasMessageContaining("not a UTF-8 text file")
                .hasMessageContaining(binary.toString());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> load(empty, 0)).hasMessageContaining(empty + ":1: field 'satzart'")
                .hasMessageContaining("file empty");
        assertThatThrownBy(() -> load(dir.resolve("nope.csv"), 0)).hasMessageContaining("file not found");
    }

    @Test
    void a_damaged_district_file_names_line_and_field(@TempDir Path dir) throws Exception {
        Path kreise = dir.resolve("kreise.csv");
        Files.writeString(kreise, Files.readString(SharedData.KREISE).replace("12064;Landkreis;Märkisch-Oderland;DE409;2158.65;194328",
                "12064;Landkreis;Märkisch-Oderland;DE409;2158.65;19x328"));
        assertThatThrownBy(() -> MunicipalityDirectory.load(new MunicipalityDirectory.Config(SharedData.GEMEINDEN,
                kreise, null, 0))).hasMessageContaining(kreise + ":").hasMessageContaining("field 'population' = '19x328'");
    }

    @Test
    void the_reference_date_comes_from_the_option_or_the_file_name() {
        assertThat(ReferenceDate.of(Path.of("x-2019.csv"), LocalDate.of(2020, 6, 30)))
                .isEqualTo(new ReferenceDate(LocalDate.of(2020, 6, 30), "option"));
        assertThat(ReferenceDate.of(Path.of("31122021_Auszug_GV.csv"), null).date())
                .isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(ReferenceDate.of(Path.of("gv-2022-09-30.csv"), null).date()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(ReferenceDate.of(Path.of("gemeinden.csv"), null)).isEqualTo(new ReferenceDate(null, "unknown"));
    }
}
