package de.aufnahmelotse.municipalities;

import de.aufnahmelotse.facts.Enums.MunicipalityKind;
import de.aufnahmelotse.facts.Land;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the two Destatis files. A file that is not the expected one (missing column, not UTF-8 text, broken quoting)
 * throws {@link DirectoryFormatException} naming file, line and field; a row whose values cannot be read is
 * rejected, counted and returned with its reason — never silently dropped.
 *
 * <p>Municipality file (GV-ISys "AuszugGV" as CSV): UTF-8 with byte-order mark, comma separated, one row per
 * territorial level told by {@code satzart} (10 Land, 20 Regierungsbezirk, 30 Region, 40 Kreis, 50
 * Gemeindeverband, 60 Gemeinde); the 8-digit AGS is land(2) + rb(1) + kreis(2) + gemeinde(3); numbers with spaces
 * as thousands separators, coordinates with a decimal comma. District file: semicolon separated, 5-digit AGS.
 */
public final class DirectoryImporter {
    /** Columns the municipality file must have (others, e.g. maennlich/weiblich, are ignored). */
    public static final List<String> GEMEINDEN_COLUMNS = List.of("satzart", "textkennzeichen", "land", "rb", "kreis",
            "vb", "gemeinde", "gemeindename", "flaeche", "bevoelkerung", "jekm2", "postleitzahl", "laengengrad",
            "breitengrad", "verstaedterungschluessel");
    /** Columns the district file must have. */
    public static final List<String> KREISE_COLUMNS = List.of("AGS", "type", "name", "NUTS3", "area_km2",
            "population", "population_per_km2");

    private DirectoryImporter() {
    }

    /** What the municipality file held: municipalities in file order, district and Land names, rejected rows. */
    public record GemeindenFile(String file, long rowsRead, List<MunicipalityEntry> municipalities,
                                List<ImportProblem> rejected) {
    }

    public record KreiseFile(String file, long rowsRead, List<District> districts, List<ImportProblem> rejected) {
    }

    private record RawMunicipality(long line, String ags, Land state, String districtAgs, MunicipalityKind kind,
                                   String kindCode, String name, Integer population, Double area, Double density,
                                   Integer degurba, String postalCode, Double lat, Double lon) {
    }

    public static GemeindenFile readGemeinden(Path path) {
        String file = path.toString();
        List<ImportProblem> rejected = new ArrayList<>();
        List<RawMunicipality> raw = new ArrayList<>();
        Map<String, String> landNames = new HashMap<>();
        Map<String, String> districtNames = new HashMap<>();
        long rows = read(path, ',', GEMEINDEN_COLUMNS, "Destatis GV-ISys AuszugGV (satzart,textkennzeichen,land,…)",
                rejected, (record, line) -> {
                    Row row = new Row(file, line, record, rejected);
                    String satzart = record.get("satzart").trim();
                    switch (satzart) {
                        case "10" -> {
                            String land = row.digits("land", 2);
                            if (land != null) {
                                landNames.put(land, record.get("gemeindename").trim());
                            }
                        }
                        case "20", "30", "50" -> {
                            // Regierungsbezirk, Region, Gemeindeverband: carry no figures the directory needs
                        }
                        case "40" -> {
                            String land = row.digits("land", 2);
                            String rb = row.digits("rb", 1);
                            String kreis = row.digits("kreis", 2);
                            if (!row.failed()) {
                                districtNames.put(land + rb + kreis, record.get("gemeindename").trim());
                            }
                        }
                        case "60" -> {
                            RawMunicipality m = municipality(row, record, line);
                            if (m != null) {
                                raw.add(m);
                            }
                        }
                        default -> row.reject("satzart", satzart,
                                "unbekannte Satzart (erwartet 10, 20, 30, 40, 50 oder 60) / unknown record type "
                                        + "(expected 10, 20, 30, 40, 50 or 60)");
                    }
                });
        List<MunicipalityEntry> entries = new ArrayList<>(raw.size());
        Map<String, Long> seen = new HashMap<>();
        for (RawMunicipality m : raw) {
            Long first = seen.putIfAbsent(m.ags(), m.line());
            if (first != null) {
                rejected.add(new ImportProblem(file, m.line(), "gemeinde", m.ags(),
                        "Gemeindeschlüssel doppelt (zuerst in Zeile " + first + ") / duplicate municipality key "
                                + "(first on line " + first + ")"));
                continue;
            }
            entries.add(new MunicipalityEntry(m.ags(), m.name(), m.state(), landNames.get(m.ags().substring(0, 2)),
                    districtNames.get(m.districtAgs()), m.districtAgs(), m.kind(), m.kindCode(), m.population(),
                    m.area(), m.density(), m.degurba(), m.postalCode(), m.lat(), m.lon()));
        }
        rejected.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        return new GemeindenFile(file, rows, List.copyOf(entries), List.copyOf(rejected));
    }

    private static RawMunicipality municipality(Row row, CSVRecord record, long line) {
        String land = row.digits("land", 2);
        String rb = row.digits("rb", 1);
        String kreis = row.digits("kreis", 2);
        String gemeinde = row.digits("gemeinde", 3);
        Land state = land == null ? null : Land.fromAgsPrefix(land);
        if (land != null && state == null) {
            row.reject("land", land, "kein Land mit diesem Schlüssel / no Land with this key");
        }
        String name = record.get("gemeindename").trim();
        if (name.isEmpty()) {
            row.reject("gemeindename", "", "Name fehlt / name missing");
        }
        String kindCode = record.get("textkennzeichen").trim();
        Integer population = row.integer("bevoelkerung");
        Double area = row.decimal("flaeche");
        Double density = row.decimal("jekm2");
        Integer degurba = null;
        String d = record.get("verstaedterungschluessel").trim();
        switch (d) {
            case "" -> {
            }
            case "01", "1" -> degurba = 1;
            case "02", "2" -> degurba = 2;
            case "03", "3" -> degurba = 3;
            default -> row.reject("verstaedterungschluessel", d, "erwartet 01, 02 oder 03 / expected 01, 02 or 03");
        }
        Double lon = row.decimal("laengengrad");
        Double lat = row.decimal("breitengrad");
        String postalCode = record.get("postleitzahl").trim();
        if (!postalCode.isEmpty() && (postalCode.length() != 5
                || !postalCode.chars().allMatch(c -> c >= '0' && c <= '9'))) {
            row.reject("postleitzahl", postalCode, "keine fünfstellige Postleitzahl / not a five-digit postcode");
        }
        if (row.failed()) {
            return null;
        }
        String districtAgs = land + rb + kreis;
        return new RawMunicipality(line, districtAgs + gemeinde, state, districtAgs, kind(kindCode), kindCode, name,
                population, area, density, degurba, postalCode.isEmpty() ? null : postalCode, lat, lon);
    }

    /** Destatis Textkennzeichen of a municipality row → the request's kind; gemeindefreie Gebiete have none. */
    static MunicipalityKind kind(String code) {
        return switch (code) {
            case "60", "64" -> MunicipalityKind.GEMEINDE; // Markt, kreisangehörige Gemeinde
            case "61", "62" -> MunicipalityKind.KREISFREIE_STADT; // kreisfreie Stadt, Stadtkreis
            case "63", "67" -> MunicipalityKind.STADT; // Stadt, Große Kreisstadt
            default -> null; // 65/66 gemeindefreies Gebiet (bewohnt/unbewohnt), or an unknown code
        };
    }

    public static KreiseFile readKreise(Path path) {
        String file = path.toString();
        List<ImportProblem> rejected = new ArrayList<>();
        Map<String, District> districts = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        long rows = read(path, ';', KREISE_COLUMNS, "Destatis Kreise (AGS;type;name;NUTS3;area_km2;population;…)",
                rejected, (record, line) -> {
                    Row row = new Row(file, line, record, rejected);
                    String ags = row.digits("AGS", 5);
                    String name = record.get("name").trim();
                    if (name.isEmpty()) {
                        row.reject("name", "", "Name fehlt / name missing");
                    }
                    Double area = row.decimal("area_km2");
                    Integer population = row.integer("population");
                    Double density = row.decimal("population_per_km2");
                    if (row.failed()) {
                        return;
                    }
                    if (districts.containsKey(ags)) {
                        row.reject("AGS", ags, "Kreisschlüssel doppelt (zuerst in Zeile " + lines.get(ags)
                                + ") / duplicate district key (first on line " + lines.get(ags) + ")");
                        return;
                    }
                    lines.put(ags, line);
                    districts.put(ags, new District(ags, name, blankToNull(record.get("type")),
                            blankToNull(record.get("NUTS3")), area, population, density));
                });
        return new KreiseFile(file, rows, List.copyOf(districts.values()), List.copyOf(rejected));
    }

    private interface RowHandler {
        void handle(CSVRecord record, long line);
    }

    /** Streams the rows of one CSV file; returns the number of data rows read. */
    private static long read(Path path, char delimiter, List<String> required, String expected,
                             List<ImportProblem> rejected, RowHandler handler) {
        String file = path.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setIgnoreEmptyLines(true).get();
        long rows = 0;
        long line = 1;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            skipByteOrderMark(reader);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                List<String> header = parser.getHeaderNames();
                if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
                    throw new DirectoryFormatException(new ImportProblem(file, 1, required.get(0), null,
                            "Datei leer, erwartet / file empty, expected " + expected));
                }
                for (String column : required) {
                    if (!header.contains(column)) {
                        throw new DirectoryFormatException(new ImportProblem(file, 1, column, null,
                                "Spalte fehlt — falsche oder beschädigte Datei? / column missing — wrong or damaged "
                                        + "file? Expected " + expected + "; found header: "
                                        + abbreviate(String.join(String.valueOf(delimiter), header))));
                    }
                }
                for (CSVRecord record : parser) {
                    line = record.getRecordNumber() + 1;
                    rows++;
                    if (record.size() < header.size()) {
                        rejected.add(new ImportProblem(file, line, header.get(record.size()), null, "Zeile hat "
                                + record.size() + " statt " + header.size() + " Spalten / row has " + record.size()
                                + " instead of " + header.size() + " columns"));
                        continue;
                    }
                    handler.handle(record, line);
                }
            }
        } catch (NoSuchFileException e) {
            throw new DirectoryFormatException(new ImportProblem(file, 0, "-", null,
                    "Datei nicht gefunden / file not found"));
        } catch (CharacterCodingException e) {
            throw new DirectoryFormatException(new ImportProblem(file, line + 1, "-", null,
                    "keine UTF-8-Textdatei / not a UTF-8 text file"));
        } catch (UncheckedIOException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new DirectoryFormatException(new ImportProblem(file, line + 1, "-", null,
                    "CSV nicht lesbar / unreadable CSV: " + cause.getMessage()));
        } catch (IOException e) {
            throw new DirectoryFormatException(new ImportProblem(file, line, "-", null,
                    "nicht lesbar / cannot read: " + e.getMessage()));
        }
        return rows;
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** One row being read: value parsers that record a rejection (file, line, field, value, reason) on failure. */
    private static final class Row {
        private final String file;
        private final long line;
        private final CSVRecord record;
        private final List<ImportProblem> rejected;
        private boolean failed;

        Row(String file, long line, CSVRecord record, List<ImportProblem> rejected) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.rejected = rejected;
        }

        boolean failed() {
            return failed;
        }

        void reject(String field, String value, String reason) {
            if (!failed) { // one problem per row: the row is rejected as a whole and counted once
                rejected.add(new ImportProblem(file, line, field, value, reason));
            }
            failed = true;
        }

        String digits(String field, int length) {
            String v = record.get(field).trim();
            if (v.length() != length || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                reject(field, v, "erwartet " + length + " Ziffer(n) / expected " + length + " digit(s)");
                return null;
            }
            return v;
        }

        Integer integer(String field) {
            String v = record.get(field);
            String plain = stripSpaces(v);
            if (plain.isEmpty()) {
                return null;
            }
            try {
                long n = Long.parseLong(plain);
                if (n < 0 || n > Integer.MAX_VALUE) {
                    reject(field, v.trim(), "außerhalb des Bereichs / out of range");
                    return null;
                }
                return (int) n;
            } catch (NumberFormatException e) {
                reject(field, v.trim(), "keine ganze Zahl / not a whole number");
                return null;
            }
        }

        Double decimal(String field) {
            String v = record.get(field);
            String plain = stripSpaces(v);
            if (plain.isEmpty()) {
                return null;
            }
            if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
                plain = plain.replace(',', '.'); // decimal comma ("7,67459")
            }
            try {
                double d = Double.parseDouble(plain);
                if (!Double.isFinite(d) || plain.chars().anyMatch(Character::isLetter)) {
                    throw new NumberFormatException(plain);
                }
                return d;
            } catch (NumberFormatException e) {
                reject(field, v.trim(), "keine Zahl / not a number");
                return null;
            }
        }

        private static String stripSpaces(String v) {
            StringBuilder b = new StringBuilder(v.length());
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c != ' ' && c != '\u00A0' && c != '\u202F' && c != '\t') {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
