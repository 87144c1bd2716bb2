package de.aufnahmelotse.municipalities;

import de.aufnahmelotse.facts.Enums.MunicipalityAssociation;
import de.aufnahmelotse.facts.Enums.MunicipalityKind;
import de.aufnahmelotse.facts.Land;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Reads the two Destatis files, each either as Destatis publishes it (Excel .xlsx, read with POI's streaming reader,
 * see {@link XlsxRows}) or as a CSV conversion; the format is told from the file's first bytes. A file that is not
 * the expected one (missing column, no such sheet, not UTF-8 text, broken quoting, damaged workbook) throws
 * {@link DirectoryFormatException} naming file, sheet (Excel), line or row, and field; a row whose values cannot be
 * read is rejected, counted and returned with its reason — never silently dropped.
 *
 * <p>Excel: the municipality sheet ({@code Onlineprodukt_Gemeinden31122023}, in 2013 {@code Gemeindedaten}) is the
 * first sheet with the header "Satz-art | Text-kenn-zeichen | Land | RB | Kreis | VB | Gem | Gemeindename | Fläche
 * | Bevölkerung insgesamt, männlich, weiblich, je km2 | Postleitzahl | Längengrad | Breitengrad | Reisegebiet |
 * Verstädterung" in columns A–T; the rows below are the same records as in the CSV; footnotes and the copyright
 * lines at the end have no Satzart and are skipped. The district sheet ({@code Kreisfreie Städte u. Landkreise}) has
 * "Schlüssel-nummer | Regionale Bezeichnung | Kreisfreie Stadt / Kreis / Landkreis | NUTS3 | Fläche | Bevölkerung
 * insgesamt, männlich, weiblich, je km2"; rows with a 5-digit key are districts, Land and Regierungsbezirk rows,
 * totals and footnotes are skipped. The reference date is read from the sheet's title ("Gebietsstand ...").
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
    /**
     * What the municipality file held: municipalities in file order, rejected rows; {@code format} "xlsx" or "csv",
     * {@code sheet} the Excel sheet read (null for CSV), {@code statedDate} the Gebietsstand printed in the sheet.
     */
    public record GemeindenFile(String file, long rowsRead, List<MunicipalityEntry> municipalities,
                                List<ImportProblem> rejected, String format, String sheet, LocalDate statedDate) {
    }

    public record KreiseFile(String file, long rowsRead, List<District> districts, List<ImportProblem> rejected,
                             String format, String sheet, LocalDate statedDate) {
    }

    private record RawMunicipality(long line, String ags, Land state, String districtAgs, MunicipalityKind kind,
                                   String kindCode, String name, Integer population, Double area, Double density,
                                   Integer degurba, String postalCode, Double lat, Double lon, String vb) {
    }

    /** A satzart-50 row: the Gemeindeverband's Textkennzeichen and name. */
    private record Association(String code, String name) {
    }

    public static GemeindenFile readGemeinden(Path path) {
        return readGemeinden(DirectoryInput.of(path));
    }

    public static GemeindenFile readGemeinden(DirectoryInput input) {
        String file = input.name();
        List<ImportProblem> rejected = new ArrayList<>();
        List<RawMunicipality> raw = new ArrayList<>();
        Map<String, String> landNames = new HashMap<>();
        Map<String, String> districtNames = new HashMap<>();
        Map<String, Association> associations = new HashMap<>();
        Read read = read(input, ',', GEMEINDEN_COLUMNS, GEMEINDEN_XLSX,
                "Destatis GV-ISys AuszugGV (satzart,textkennzeichen,land,…)", rejected, (record, line, sheet) -> {
                    Row row = new Row(file, sheet, line, record, rejected);
                    String satzart = record.get("satzart").trim();
                    switch (satzart) {
                        case "10" -> {
                            String land = row.digits("land", 2);
                            if (land != null) {
                                landNames.put(land, record.get("gemeindename").trim());
                            }
                        }
                        case "20", "30" -> {
                            // Regierungsbezirk, Region: carry no figures the directory needs
                        }
                        case "50" -> {
                            String land = row.digits("land", 2);
                            String rb = row.digits("rb", 1);
                            String kreis = row.digits("kreis", 2);
                            String vb = row.digits("vb", 4);
                            if (!row.failed()) {
                                associations.put(land + rb + kreis + vb, new Association(
                                        record.get("textkennzeichen").trim(), record.get("gemeindename").trim()));
                            }
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
        long rows = read.rows();
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
            Association a = m.vb() == null ? null : associations.get(m.districtAgs() + m.vb());
            MunicipalityAssociation type = a == null ? null : association(a.code());
            entries.add(new MunicipalityEntry(m.ags(), m.name(), m.state(), landNames.get(m.ags().substring(0, 2)),
                    districtNames.get(m.districtAgs()), m.districtAgs(), m.kind(), m.kindCode(), m.population(),
                    m.area(), m.density(), m.degurba(), m.postalCode(), m.lat(), m.lon(), type,
                    type == null || type == MunicipalityAssociation.NONE ? null : a.name(), null));
        }
        rejected.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        return new GemeindenFile(file, rows, List.copyOf(entries), List.copyOf(rejected), read.format(),
                read.sheet(), read.statedDate());
    }

    /** Textkennzeichen of a Gemeindeverband row (satzart 50) → the association a member municipality belongs to. */
    static MunicipalityAssociation association(String code) {
        return switch (code) {
            case "50" -> MunicipalityAssociation.NONE; // verbandsfreie Gemeinde (also every kreisfreie Stadt)
            case "51", "55" -> MunicipalityAssociation.AMT; // Amt; Kirchspielslandgemeinde (an Amt in SH)
            case "52" -> MunicipalityAssociation.SAMTGEMEINDE;
            case "53" -> MunicipalityAssociation.VERBANDSGEMEINDE;
            case "54", "57" -> MunicipalityAssociation.VERWALTUNGSGEMEINSCHAFT; // 57: Trägermodell
            case "56", "58" -> MunicipalityAssociation.OTHER; // Verwaltungsverband; erfüllende Gemeinde
            default -> null; // an unknown code: unknown, not guessed
        };
    }

    private static RawMunicipality municipality(Row row, Fields record, long line) {
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
        String vb = record.get("vb").trim();
        if (!vb.isEmpty()) {
            vb = row.digits("vb", 4);
        }
        if (row.failed()) {
            return null;
        }
        String districtAgs = land + rb + kreis;
        Double roundedArea = area == null ? null : Math.round(area * 100) / 100.0; // Excel: 65.209999999999994
        return new RawMunicipality(line, districtAgs + gemeinde, state, districtAgs, kind(kindCode), kindCode, name,
                population, roundedArea, density, degurba, postalCode.isEmpty() ? null : postalCode, lat, lon,
                vb == null || vb.isEmpty() ? null : vb);
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
        return readKreise(DirectoryInput.of(path));
    }

    public static KreiseFile readKreise(DirectoryInput input) {
        String file = input.name();
        List<ImportProblem> rejected = new ArrayList<>();
        Map<String, District> districts = new LinkedHashMap<>();
        Map<String, Long> lines = new HashMap<>();
        Read read = read(input, ';', KREISE_COLUMNS, KREISE_XLSX,
                "Destatis Kreise (AGS;type;name;NUTS3;area_km2;population;…)", rejected, (record, line, sheet) -> {
                    Row row = new Row(file, sheet, line, record, rejected);
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
                            blankToNull(record.get("NUTS3")), area == null ? null : Math.round(area * 100) / 100.0,
                            population, density));
                });
        return new KreiseFile(file, read.rows(), List.copyOf(districts.values()), List.copyOf(rejected),
                read.format(), read.sheet(), read.statedDate());
    }

    /** The values of one data row by column name (the CSV header's names; Excel columns are mapped to them). */
    interface Fields {
        String get(String column);
    }

    private interface RowHandler {
        void handle(Fields record, long line, String sheet);
    }

    /** What one read found: data rows, the format, the Excel sheet and the date printed in it (null for CSV). */
    private record Read(long rows, String format, String sheet, LocalDate statedDate) {
    }

    /**
     * An Excel layout: the header cell of column A that starts the header (lower case, no hyphens or spaces), the
     * columns by canonical name with the word their header must contain, and which rows are data.
     */
    private record XlsxLayout(String headerStart, List<XlsxColumn> columns,
                              java.util.function.Predicate<XlsxRows.Row> isData, String expected) {
        Map<String, Integer> columnIndex() {
            Map<String, Integer> m = new HashMap<>();
            columns.forEach(c -> m.put(c.name(), c.index()));
            return m;
        }
    }

    private record XlsxColumn(String name, int index, List<String> header) {
    }

    private static final XlsxLayout GEMEINDEN_XLSX = new XlsxLayout("satzart", List.of(
            new XlsxColumn("satzart", 0, List.of("satzart")),
            new XlsxColumn("textkennzeichen", 1, List.of("textkennzeichen")),
            new XlsxColumn("land", 2, List.of("land")),
            new XlsxColumn("rb", 3, List.of("rb")),
            new XlsxColumn("kreis", 4, List.of("kreis")),
            new XlsxColumn("vb", 5, List.of("vb")),
            new XlsxColumn("gemeinde", 6, List.of("gem")),
            new XlsxColumn("gemeindename", 7, List.of("gemeindename")),
            new XlsxColumn("flaeche", 8, List.of("fläche")),
            new XlsxColumn("bevoelkerung", 9, List.of("insgesamt")),
            new XlsxColumn("jekm2", 12, List.of("jekm2")),
            new XlsxColumn("postleitzahl", 13, List.of("postleitzahl")),
            new XlsxColumn("laengengrad", 14, List.of("längengrad")),
            new XlsxColumn("breitengrad", 15, List.of("breitengrad")),
            new XlsxColumn("verstaedterungschluessel", 18, List.of("verstädterung", "stadt/land"))),
            // a record has a two-digit Satzart, or (damaged) at least a two-digit Land key
            r -> isDigits(r.get(0).trim(), 2) || !r.get(0).isBlank() && isDigits(r.get(2).trim(), 2),
            "Destatis GV-ISys AuszugGV (Satz-art | Text-kenn-zeichen | Land | RB | Kreis | VB | Gem | Gemeindename | "
                    + "Fläche | Bevölkerung …)");

    private static final XlsxLayout KREISE_XLSX = new XlsxLayout("schlüsselnummer", List.of(
            new XlsxColumn("AGS", 0, List.of("schlüsselnummer")),
            new XlsxColumn("type", 1, List.of("regionalebezeichnung")),
            new XlsxColumn("name", 2, List.of("kreisfreiestadt")),
            new XlsxColumn("NUTS3", 3, List.of("nuts3")),
            new XlsxColumn("area_km2", 4, List.of("fläche")),
            new XlsxColumn("population", 5, List.of("insgesamt")),
            new XlsxColumn("population_per_km2", 8, List.of("jekm2"))),
            // a district has a five-character key and a name; Land and Regierungsbezirk rows have 2 or 3 digits
            r -> r.get(0).trim().length() == 5 && !r.get(2).isBlank(),
            "Destatis Kreisfreie Städte und Landkreise (Schlüssel-nummer | Regionale Bezeichnung | Kreisfreie Stadt "
                    + "/ Kreis / Landkreis | NUTS3 | Fläche | Bevölkerung …)");

    private static boolean isDigits(String s, int length) {
        return s.length() == length && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Read read(DirectoryInput input, char delimiter, List<String> required, XlsxLayout layout,
                             String expected, List<ImportProblem> rejected, RowHandler handler) {
        byte[] head = new byte[4];
        int n = 0;
        try (InputStream in = input.opener().open()) {
            n = in.readNBytes(head, 0, 4);
        } catch (NoSuchFileException e) {
            throw new DirectoryFormatException(new ImportProblem(input.name(), 0, "-", null,
                    "Datei nicht gefunden / file not found"));
        } catch (IOException e) {
            throw new DirectoryFormatException(new ImportProblem(input.name(), 0, "-", null,
                    "nicht lesbar / cannot read: " + e.getMessage()));
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return readXlsx(input, layout, rejected, handler);
        }
        if (n == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            throw new DirectoryFormatException(new ImportProblem(input.name(), 0, "-", null,
                    "altes Excel-Format (.xls) wird nicht gelesen, bitte als .xlsx oder CSV speichern / the old "
                            + "Excel format (.xls) is not read, save it as .xlsx or CSV"));
        }
        return new Read(readCsv(input, delimiter, required, expected, rejected, handler), "csv", null, null);
    }

    private static final Pattern DATE = Pattern.compile("(?<![0-9])(\\d{2})\\.(\\d{2})\\.(\\d{4})(?![0-9])");

    /** Reads an Excel workbook: the first sheet with the layout's header; its data rows go to the handler. */
    private static Read readXlsx(DirectoryInput input, XlsxLayout layout, List<ImportProblem> rejected,
                                 RowHandler handler) {
        String file = input.name();
        final class State implements DateSink {
            String sheet;
            long headerRow = -1;
            long rows;
            LocalDate stated;
            LocalDate titleDate;
            StringBuilder[] header;

            @Override
            public void date(LocalDate date, boolean gebietsstand) {
                if (gebietsstand && stated == null) {
                    stated = date;
                } else if (titleDate == null) {
                    titleDate = date;
                }
            }
        }
        State st = new State();
        Map<String, Integer> index = layout.columnIndex();
        XlsxRows.Sheets sheets;
        try (InputStream in = input.opener().open()) {
            sheets = XlsxRows.read(file, in, name -> st.sheet == null, (sheet, row) -> {
                if (st.sheet != null && !st.sheet.equals(sheet)) {
                    throw XlsxRows.SKIP_SHEET; // the data sheet was read
                }
                if (st.headerRow < 0) {
                    for (String cell : row.cells()) {
                        if (cell != null) {
                            datesOf(cell, st);
                        }
                    }
                    if (normalise(row.get(0)).equals(layout.headerStart())) {
                        st.sheet = sheet;
                        st.headerRow = row.number();
                        st.header = new StringBuilder[20];
                        addHeader(st.header, row);
                    } else if (row.number() > 20) {
                        throw XlsxRows.SKIP_SHEET; // no header near the top: not the sheet
                    }
                    return;
                }
                if (row.number() <= st.headerRow + 2 && !layout.isData().test(row)) {
                    addHeader(st.header, row);
                    for (String cell : row.cells()) {
                        if (cell != null) {
                            datesOf(cell, st);
                        }
                    }
                    return;
                }
                if (st.header != null) {
                    checkHeader(file, sheet, st.headerRow, st.header, layout);
                    st.header = null;
                }
                if (!layout.isData().test(row)) {
                    return; // blank line, totals, footnote, copyright
                }
                st.rows++;
                String[] cells = row.cells();
                handler.handle(column -> {
                    Integer i = index.get(column);
                    String v = i == null || i >= cells.length ? null : cells[i];
                    return v == null ? "" : v;
                }, row.number(), sheet);
            });
        } catch (IOException e) {
            throw new DirectoryFormatException(new ImportProblem(file, 0, "-", null,
                    "nicht lesbar / cannot read: " + e.getMessage()));
        }
        if (st.sheet == null) {
            throw new DirectoryFormatException(new ImportProblem(file, 1, layout.columns().get(0).name(), null,
                    "kein Tabellenblatt mit der erwarteten Kopfzeile — falsche oder beschädigte Datei? / no sheet with "
                            + "the expected header — wrong or damaged file? Expected " + layout.expected()
                            + "; sheets found: " + String.join(", ", sheets.all()), String.join(", ", sheets.all())));
        }
        if (st.header != null) { // header only, no data rows
            checkHeader(file, st.sheet, st.headerRow, st.header, layout);
        }
        return new Read(st.rows, "xlsx", st.sheet, st.stated != null ? st.stated : st.titleDate);
    }

    private static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '-' && c != ' ' && c != '\n' && c != '\r' && c != '\u00AD' && c != '\u00A0') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void addHeader(StringBuilder[] header, XlsxRows.Row row) {
        for (int i = 0; i < header.length; i++) {
            if (header[i] == null) {
                header[i] = new StringBuilder();
            }
            header[i].append(normalise(row.get(i))).append('|');
        }
    }

    private static void checkHeader(String file, String sheet, long headerRow, StringBuilder[] header,
                                    XlsxLayout layout) {
        for (XlsxColumn c : layout.columns()) {
            String found = header[c.index()].toString();
            if (c.header().stream().noneMatch(found::contains)) {
                String letter = String.valueOf((char) ('A' + c.index()));
                throw new DirectoryFormatException(new ImportProblem(file, headerRow, c.name(), null,
                        "Spalte " + letter + " hat nicht die erwartete Überschrift — falsche oder beschädigte Datei? "
                                + "/ column " + letter + " has not the expected header — wrong or damaged file? "
                                + "Expected '" + c.header().get(0) + "' in " + layout.expected() + "; found '"
                                + abbreviate(found.replace("|", " ").trim()) + "'", sheet));
            }
        }
    }

    /** Dates printed above the data: the Gebietsstand wins over the first date of the title. */
    private static void datesOf(String cell, Object state) {
        Matcher m = DATE.matcher(cell);
        if (!m.find()) {
            return;
        }
        LocalDate d;
        try {
            d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return;
        }
        DateSink sink = (DateSink) state;
        sink.date(d, cell.contains("Gebietsstand"));
    }

    private interface DateSink {
        void date(LocalDate date, boolean gebietsstand);
    }

    private static long readCsv(DirectoryInput input, char delimiter, List<String> required, String expected,
                                List<ImportProblem> rejected, RowHandler handler) {
        String file = input.name();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).setIgnoreEmptyLines(true).get();
        long rows = 0;
        long line = 1;
        try (InputStream in = input.opener().open(); BufferedReader reader = new BufferedReader(new InputStreamReader(
                in, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
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
                    handler.handle(record::get, line, null);
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
        private final String sheet;
        private final long line;
        private final Fields record;
        private final List<ImportProblem> rejected;
        private boolean failed;

        Row(String file, String sheet, long line, Fields record, List<ImportProblem> rejected) {
            this.file = file;
            this.sheet = sheet;
            this.line = line;
            this.record = record;
            this.rejected = rejected;
        }

        boolean failed() {
            return failed;
        }

        void reject(String field, String value, String reason) {
            if (!failed) { // one problem per row: the row is rejected as a whole and counted once
                rejected.add(new ImportProblem(file, line, field, value, reason, sheet));
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
            if (plain.matches("[0-9]+\\.0+")) {
                plain = plain.substring(0, plain.indexOf('.')); // a whole number stored as a decimal (848.0)
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
