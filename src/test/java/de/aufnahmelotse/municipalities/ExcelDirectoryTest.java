package de.aufnahmelotse.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import de.aufnahmelotse.facts.Enums.MunicipalityAssociation;
import de.aufnahmelotse.facts.Enums.MunicipalityKind;
import de.aufnahmelotse.facts.Land;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Excel files exactly as Destatis publishes them (../shared/data): counts checked against the files themselves,
 * the examples of the data README, the derived kind and association, the population change 2013 → 2023, and small
 * damaged or foreign workbooks written with POI.
 */
class ExcelDirectoryTest {

    @Test
    void the_2023_extract_has_10981_municipalities_10775_inhabited_with_84669326_inhabitants() {
        MunicipalityDirectory.Status s = SharedData.directory2023().status();
        assertThat(s.format()).isEqualTo("xlsx");
        assertThat(s.sheet()).isEqualTo("Onlineprodukt_Gemeinden31122023");
        assertThat(s.rowsRead()).isEqualTo(16_035); // 16 Länder, 29 RB, 12 Regionen, 400 Kreise, 4,597 GV, 10,981 Gem.
        assertThat(s.municipalities()).isEqualTo(10_981);
        assertThat(s.inhabited()).isEqualTo(10_775);
        assertThat(s.population()).isEqualTo(84_669_326L);
        assertThat(s.rejectedRows()).isZero();
        assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(s.referenceDateFrom()).isEqualTo("file");
    }

    @Test
    void the_2021_district_table_has_400_districts() {
        MunicipalityDirectory d = SharedData.directory2023();
        MunicipalityDirectory.DistrictStatus k = d.status().districts();
        assertThat(k.format()).isEqualTo("xlsx");
        assertThat(k.sheet()).isEqualTo("Kreisfreie Städte u. Landkreise");
        assertThat(k.districts()).isEqualTo(400);
        assertThat(k.rowsRead()).isEqualTo(400);
        assertThat(k.rejectedRows()).isZero();
        assertThat(k.referenceDate()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(d.district("12064").orElseThrow()).isEqualTo(new District("12064", "Märkisch-Oderland",
                "Landkreis", "DE409", 2158.65, 197_965, 92.0));
        assertThat(d.district("01001").orElseThrow().type()).isEqualTo("Kreisfreie Stadt");
    }

    @Test
    void the_2013_extract_has_11237_municipalities_and_10667_are_inhabited_in_both_years() {
        DirectoryImporter.GemeindenFile g = DirectoryImporter.readGemeinden(SharedData.GEMEINDEN_2013);
        assertThat(g.format()).isEqualTo("xlsx");
        assertThat(g.sheet()).isEqualTo("Gemeindedaten");
        assertThat(g.rowsRead()).isEqualTo(16_267);
        assertThat(g.municipalities()).hasSize(11_237);
        assertThat(g.municipalities().stream().filter(MunicipalityEntry::inhabited).count()).isEqualTo(11_161);
        assertThat(g.municipalities().stream().filter(MunicipalityEntry::inhabited)
                .mapToLong(MunicipalityEntry::population).sum()).isEqualTo(80_767_463L);
        assertThat(g.rejected()).isEmpty();
        assertThat(g.statedDate()).isEqualTo(LocalDate.of(2013, 12, 31));

        MunicipalityDirectory.PopulationChangeStatus c = SharedData.directory2023().status().populationChange();
        assertThat(c.referenceDate()).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(c.matched()).isEqualTo(10_667);
        assertThat(c.onlyInCurrentCount()).isEqualTo(108).isEqualTo(c.onlyInCurrent().size());
        assertThat(c.onlyInPreviousCount()).isEqualTo(494).isEqualTo(c.onlyInPrevious().size());
        // a municipality new since 2013 gets no value, never a guess
        String fresh = c.onlyInCurrent().get(0);
        assertThat(SharedData.directory2023().byAgs(fresh).orElseThrow().populationChange10yPct()).isNull();
        assertThat(SharedData.directory2023().all().stream().filter(e -> e.populationChange10yPct() != null))
                .hasSize(10_667);
    }

    @Test
    void golzow_12064172_has_848_inhabitants_is_a_member_of_the_amt_golzow_and_lost_0_93_percent_since_2013() {
        MunicipalityEntry golzow = SharedData.directory2023().byAgs("12064172").orElseThrow();
        assertThat(golzow.name()).isEqualTo("Golzow");
        assertThat(golzow.population()).isEqualTo(848);
        assertThat(golzow.areaKm2()).isEqualTo(17.29);
        assertThat(golzow.state()).isEqualTo(Land.BB);
        assertThat(golzow.stateName()).isEqualTo("Brandenburg");
        assertThat(golzow.district()).isEqualTo("Märkisch-Oderland");
        assertThat(golzow.kind()).isEqualTo(MunicipalityKind.GEMEINDE);
        assertThat(golzow.kindCode()).isEqualTo("64");
        assertThat(golzow.association()).isEqualTo(MunicipalityAssociation.AMT);
        assertThat(golzow.associationName()).isEqualTo("Golzow");
        assertThat(golzow.degreeOfUrbanisation()).isEqualTo(3);
        assertThat(golzow.longitude()).isEqualTo(14.493029);
        assertThat(golzow.latitude()).isEqualTo(52.573968);
        // 856 (2013) → 848 (2023): −8 / 856 = −0.93 %
        assertThat(golzow.populationChange10yPct()).isEqualTo(-0.93);
    }

    @Test
    void altena_has_16315_inhabitants_is_a_verbandsfreie_stadt_and_lost_7_27_percent() {
        MunicipalityEntry altena = SharedData.directory2023().byAgs("05962004").orElseThrow();
        assertThat(altena.population()).isEqualTo(16_315);
        assertThat(altena.kind()).isEqualTo(MunicipalityKind.STADT);
        assertThat(altena.association()).isEqualTo(MunicipalityAssociation.NONE);
        assertThat(altena.associationName()).isNull();
        assertThat(altena.district()).isEqualTo("Märkischer Kreis");
        assertThat(altena.populationChange10yPct()).isEqualTo(-7.27); // 17,595 → 16,315
    }

    @Test
    void kinds_and_associations_come_from_the_textkennzeichen() {
        MunicipalityDirectory d = SharedData.directory2023();
        // kreisfreie Stadt, kreisangehörige Gemeinde in an Amt (SH), Verbandsgemeinde (RP), Samtgemeinde (NI),
        // Verwaltungsgemeinschaft (BY), Gemeindeverwaltungsverband (BW), Stuttgart (Stadtkreis)
        assertThat(List.of("01001000", "01051003", "07131003", "03151001", "09171114", "08115001", "08111000"))
                .extracting(a -> d.byAgs(a).orElseThrow())
                .extracting(MunicipalityEntry::kind, MunicipalityEntry::association)
                .containsExactly(tuple(MunicipalityKind.KREISFREIE_STADT, MunicipalityAssociation.NONE),
                        tuple(MunicipalityKind.GEMEINDE, MunicipalityAssociation.AMT),
                        tuple(MunicipalityKind.GEMEINDE, MunicipalityAssociation.VERBANDSGEMEINDE),
                        tuple(MunicipalityKind.GEMEINDE, MunicipalityAssociation.SAMTGEMEINDE),
                        tuple(MunicipalityKind.GEMEINDE, MunicipalityAssociation.VERWALTUNGSGEMEINSCHAFT),
                        tuple(MunicipalityKind.GEMEINDE, MunicipalityAssociation.OTHER),
                        tuple(MunicipalityKind.KREISFREIE_STADT, MunicipalityAssociation.NONE));
        assertThat(d.byAgs("01051003").orElseThrow().associationName()).isEqualTo("Burg-St. Michaelisdonn");
        assertThat(d.byAgs("08111000").orElseThrow().population()).isEqualTo(633_484);
        assertThat(d.byAgs("12069216").orElseThrow().population()).isEqualTo(1_391);
        // every inhabited municipality knows its association and coordinates
        assertThat(d.all().stream().filter(MunicipalityEntry::inhabited)).allSatisfy(e -> {
            assertThat(e.association()).as(e.ags()).isNotNull();
            assertThat(e.latitude()).as(e.ags()).isBetween(47.0, 55.1);
            assertThat(e.longitude()).as(e.ags()).isBetween(5.8, 15.1);
        });
    }

    @Test
    void both_golzows_are_found_by_search_in_the_2023_directory() {
        List<MunicipalityEntry> hits = SharedData.directory2023().search("golzow", null, 20);
        assertThat(hits).filteredOn(e -> e.name().equals("Golzow"))
                .extracting(MunicipalityEntry::ags, MunicipalityEntry::district, MunicipalityEntry::population)
                .containsExactly(tuple("12069216", "Potsdam-Mittelmark", 1_391),
                        tuple("12064172", "Märkisch-Oderland", 848));
    }

    // ---------------------------------------------------------------- damaged and foreign workbooks

    private static final String[] HEADER = {"Satz-art", "Text-kenn-zeichen", "Amtlicher Regionalschlüssel (ARS)", "",
        "", "", "", "Gemeindename", "Fläche km2 1)", "Bevölkerung2)", "", "", "", "Postleit-zahl3)",
        "Geografische Mittelpunktkoordinaten", "", "Reisegebiete", "", "Grad der Verstädterung", ""};
    private static final String[] HEADER2 = {"", "", "Land", "RB", "Kreis", "VB", "Gem", "", "", "insgesamt",
        "männlich", "weiblich", "je km2", "", "Längengrad", "Breitengrad", "Schlüssel", "Bezeichnung", "Schlüssel",
        "Bezeichnung"};
    private static final Object[] GOLZOW = {"60", "64", "12", "0", "64", "5404", "172", "Golzow", 17.29, 848.0, 433.0,
        415.0, 49.0, "15328", "14,492552", "52,573889", "A06", "Seenland Oder-Spree", "03", "gering besiedelt"};

    /** A workbook like Destatis': a cover sheet, then the data sheet with title, two header rows and the rows. */
    private static Path workbook(Path dir, String name, String sheet, String[] header, Object[]... rows)
            throws Exception {
        Path p = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("Inhalt").createRow(0).createCell(0).setCellValue("Gemeindeverzeichnis");
            Sheet s = wb.createSheet(sheet);
            s.createRow(0).createCell(0).setCellValue("Gemeinden in Deutschland am 31.12.2023 (Jahr)");
            write(s.createRow(2), header);
            write(s.createRow(3), HEADER2);
            write(s.createRow(4), new Object[] {"", "", "Gebietsstand am 31.12.2023 (Jahr)"});
            int r = 6;
            for (Object[] row : rows) {
                write(s.createRow(r++), row);
            }
            s.createRow(r + 1).createCell(0).setCellValue("1) Abweichungen bei den Flächenangaben sind möglich.");
            wb.write(out);
        }
        return p;
    }

    private static void write(Row row, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Double d) {
                row.createCell(i).setCellValue(d);
            } else {
                row.createCell(i).setCellValue((String) values[i]);
            }
        }
    }

    private static MunicipalityDirectory load(Path gemeinden, int maxRejected) {
        return MunicipalityDirectory.load(new MunicipalityDirectory.Config(gemeinden, null, null, maxRejected));
    }

    @Test
    void a_small_workbook_in_the_destatis_layout_is_read_with_its_stated_reference_date(@TempDir Path dir)
            throws Exception {
        Path ok = workbook(dir, "gv.xlsx", "Onlineprodukt_Gemeinden31122023", HEADER,
                new Object[] {"10", "", "12", "", "", "", "", "Brandenburg"},
                new Object[] {"50", "51", "12", "0", "64", "5404", "", "Golzow"}, GOLZOW);
        MunicipalityDirectory d = load(ok, 0);
        assertThat(d.status().rowsRead()).isEqualTo(3);
        assertThat(d.status().referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        MunicipalityEntry golzow = d.byAgs("12064172").orElseThrow();
        assertThat(golzow.population()).isEqualTo(848);
        assertThat(golzow.stateName()).isEqualTo("Brandenburg");
        assertThat(golzow.association()).isEqualTo(MunicipalityAssociation.AMT);
    }

    @Test
    void a_bad_number_names_file_sheet_row_and_field_and_stops_the_load(@TempDir Path dir) throws Exception {
        Object[] bad = GOLZOW.clone();
        bad[9] = "8x8";
        Path p = workbook(dir, "gv.xlsx", "Onlineprodukt_Gemeinden31122023", HEADER, bad);
        assertThatThrownBy(() -> load(p, 0)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining(p + ", Blatt/sheet 'Onlineprodukt_Gemeinden31122023', Zeile/row 7: "
                        + "field 'bevoelkerung' = '8x8'")
                .hasMessageContaining("not a whole number");
        MunicipalityDirectory allowed = load(p, 1);
        assertThat(allowed.status().rejected()).extracting(ImportProblem::sheet, ImportProblem::line,
                ImportProblem::field).containsExactly(tuple("Onlineprodukt_Gemeinden31122023", 7L, "bevoelkerung"));
        assertThat(allowed.all()).isEmpty();
    }

    @Test
    void a_column_with_another_header_is_a_wrong_file_naming_sheet_row_and_column(@TempDir Path dir)
            throws Exception {
        String[] header = HEADER.clone();
        header[8] = "Einwohner";
        Path p = workbook(dir, "gv.xlsx", "Daten", header, GOLZOW);
        assertThatThrownBy(() -> load(p, 0)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(p + ", Blatt/sheet 'Daten', Zeile/row 3: field 'flaeche': ")
                .hasMessageContaining("column I has not the expected header");
    }

    @Test
    void a_foreign_workbook_names_its_sheets(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("haushalt.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("Tabelle1").createRow(0).createCell(0).setCellValue("Haushaltsplan 2024");
            wb.write(out);
        }
        assertThatThrownBy(() -> load(p, 0)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(p + ", Blatt/sheet 'Tabelle1', Zeile/row 1: field 'satzart': ")
                .hasMessageContaining("no sheet with the expected header");
        // the district table given as municipality file is foreign too
        assertThatThrownBy(() -> load(SharedData.KREISE_2021, 0)).hasMessageContaining("field 'satzart'")
                .hasMessageContaining("sheets found: Deckblatt, Kreisfreie Städte u. Landkreise");
    }

    @Test
    void a_truncated_workbook_and_an_old_xls_file_each_get_one_clear_error(@TempDir Path dir) throws Exception {
        byte[] real = Files.readAllBytes(SharedData.GEMEINDEN_2023);
        Path cut = Files.write(dir.resolve("gv-2023.xlsx"), java.util.Arrays.copyOf(real, real.length / 2));
        assertThatThrownBy(() -> load(cut, 0)).isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(cut.toString())
                .hasMessageContaining("field '-'")
                .hasMessageContaining("not a readable Excel workbook");
        Path xls = Files.write(dir.resolve("gv.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
        assertThatThrownBy(() -> load(xls, 0)).hasMessageContaining(xls.toString())
                .hasMessageContaining("(.xls) is not read");
    }

    @Test
    void a_damaged_district_workbook_names_sheet_row_and_field(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("kreise.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Kreisfreie Städte u. Landkreise");
            s.createRow(1).createCell(0).setCellValue("Gebietsstand: 31.12.2021");
            write(s.createRow(3), new Object[] {"Schlüssel-nummer", "Regionale Bezeichnung", "Kreisfreie Stadt",
                "NUTS3", "Fläche \nin km2", "Bevölkerung2)", "", "", ""});
            write(s.createRow(4), new Object[] {"", "", "Kreis / Landkreis", "", "", "insgesamt", "männlich",
                "weiblich", "je km2"});
            write(s.createRow(6), new Object[] {"12064", "Landkreis", "Märkisch-Oderland", "DE409", 2158.65,
                "19x965", 98154.0, 99811.0, 92.0});
            wb.write(out);
        }
        assertThatThrownBy(() -> MunicipalityDirectory.load(new MunicipalityDirectory.Config(SharedData.GEMEINDEN,
                p, null, 0))).hasMessageContaining(p + ", Blatt/sheet 'Kreisfreie Städte u. Landkreise', Zeile/row 7: "
                + "field 'population' = '19x965'");
    }
}
