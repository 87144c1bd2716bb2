package de.aufnahmelotse.municipalities;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows of one sheet of an .xlsx workbook with POI's event (SAX) reader: no workbook object model, one
 * pass over the sheet's XML. Every cell arrives as text: shared and inline strings as written, numbers in plain
 * decimal notation ({@code 65.209999999999994}, never an exponent), booleans as {@code TRUE}/{@code FALSE}. A file
 * that is no workbook or whose XML is broken throws {@link DirectoryFormatException} naming file and sheet.
 */
final class XlsxRows {
    /** One row: its 1-based Excel row number and the cell texts by column (A = 0); missing cells are "". */
    record Row(long number, String[] cells) {
        String get(int column) {
            return column < cells.length && cells[column] != null ? cells[column] : "";
        }
    }

    interface RowHandler {
        /** One row of {@code sheet}; throw {@link #SKIP_SHEET} to stop reading this sheet. */
        void handle(String sheet, Row row);
    }

    /** Thrown by a {@link RowHandler} to leave the rest of the sheet unread. */
    static final RuntimeException SKIP_SHEET = new RuntimeException("skip sheet", null, false, false) {
    };

    /** What was found: the sheet read and every sheet of the workbook (for the message when none matched). */
    record Sheets(String read, List<String> all) {
    }

    private XlsxRows() {
    }

    /**
     * Reads, in workbook order, every sheet whose name {@code wanted} accepts (asked just before the sheet) and hands
     * each row to {@code handler}; returns the sheet names ({@link Sheets#read()}: the first sheet read, or null).
     */
    static Sheets read(String file, InputStream in, Predicate<String> wanted, RowHandler handler) {
        String sheet = "-";
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(reader);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            String read = null;
            while (it.hasNext()) {
                try (InputStream data = it.next()) {
                    String name = it.getSheetName();
                    names.add(name);
                    if (wanted.test(name)) {
                        sheet = name;
                        read = read == null ? name : read;
                        XMLReader xml = XMLHelper.newXMLReader();
                        xml.setContentHandler(new SheetHandler(file, name, strings, handler));
                        try {
                            xml.parse(new InputSource(data));
                        } catch (RuntimeException e) {
                            if (e != SKIP_SHEET) {
                                throw e;
                            }
                        }
                    }
                }
            }
            return new Sheets(read, List.copyOf(names));
        } catch (DirectoryFormatException e) {
            throw e;
        } catch (SAXException | ParserConfigurationException e) {
            throw damaged(file, sheet, "XML der Tabelle beschädigt / sheet XML damaged: " + e.getMessage());
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException
                 | IllegalArgumentException | IllegalStateException e) {
            throw damaged(file, sheet, "keine lesbare Excel-Arbeitsmappe (.xlsx) / not a readable Excel workbook "
                    + "(.xlsx): " + e.getMessage());
        }
    }

    /**
     * The workbook's shared strings, each the text of its {@code si} (runs joined, phonetic runs left out). Read
     * with a plain SAX pass: POI's tables build an XMLBeans object per string, ten times slower here.
     */
    private static List<String> sharedStrings(XSSFReader reader) throws IOException, OpenXML4JException,
            SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
            return strings; // a workbook without shared strings
        }
        if (in == null) {
            return strings;
        }
        try (in) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inT;
                private int phonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (localName) {
                        case "si" -> text.setLength(0);
                        case "rPh" -> phonetic++;
                        case "t" -> inT = phonetic == 0;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT) {
                        text.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> strings.add(text.toString());
                        case "rPh" -> phonetic--;
                        case "t" -> inT = false;
                        default -> {
                        }
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return strings;
    }

    private static DirectoryFormatException damaged(String file, String sheet, String reason) {
        return new DirectoryFormatException(new ImportProblem(file, 0, "-", null, reason, sheet));
    }

    /** Column index of a cell reference such as "AB12" (A = 0), or -1 when it has no letters. */
    static int column(String ref) {
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** SpreadsheetML: sheetData/row[@r]/c[@r,@t]/(v | is/t). */
    private static final class SheetHandler extends DefaultHandler {
        private final String file;
        private final String sheet;
        private final List<String> strings;
        private final RowHandler handler;
        private final StringBuilder text = new StringBuilder();
        private String[] cells = new String[32];
        private long rowNumber;
        private int maxColumn;
        private int column;
        private String type;
        private boolean inValue;
        private boolean inInline;

        SheetHandler(String file, String sheet, List<String> strings, RowHandler handler) {
            this.file = file;
            this.sheet = sheet;
            this.strings = strings;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    java.util.Arrays.fill(cells, 0, maxColumn + 1, null);
                    maxColumn = -1;
                    column = -1;
                }
                case "c" -> {
                    String r = atts.getValue("r");
                    int c = r == null ? column + 1 : column(r);
                    column = c < 0 ? column + 1 : c;
                    type = atts.getValue("t");
                    text.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    put(value(text.toString()));
                }
                case "is" -> {
                    inInline = false;
                    put(text.toString());
                }
                case "row" -> handler.handle(sheet, new Row(rowNumber, java.util.Arrays.copyOf(cells, maxColumn + 1)));
                default -> {
                }
            }
        }

        private String value(String raw) {
            if (type == null || "n".equals(type)) {
                return plain(raw);
            }
            return switch (type) {
                case "s" -> sharedString(raw);
                case "b" -> "1".equals(raw.trim()) ? "TRUE" : "FALSE";
                default -> raw; // str (formula text), inlineStr, e (error such as #REF!)
            };
        }

        private String sharedString(String raw) {
            try {
                return strings.get(Integer.parseInt(raw.trim()));
            } catch (RuntimeException e) {
                throw new DirectoryFormatException(new ImportProblem(file, rowNumber, cellName(), raw,
                        "Verweis auf eine fehlende Zeichenkette — Datei beschädigt / reference to a missing shared "
                                + "string — file damaged", sheet));
            }
        }

        private String cellName() {
            StringBuilder b = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                b.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return b.append(rowNumber).toString();
        }

        private static String plain(String raw) {
            String t = raw.trim();
            if (t.indexOf('E') < 0 && t.indexOf('e') < 0) {
                return t;
            }
            try {
                return new BigDecimal(t).toPlainString();
            } catch (NumberFormatException e) {
                return t;
            }
        }

        private void put(String value) {
            if (column >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = value;
            maxColumn = Math.max(maxColumn, column);
        }
    }
}
