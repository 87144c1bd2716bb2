package de.aufnahmelotse.municipalities;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference date (Stichtag) of a directory file and where it came from. The Excel file prints it ("Gebietsstand
 * am 31.12.2023"); the CSV carries no date: it is given explicitly, or read from the file name — an ISO date, Destatis' DDMMYYYY (e.g. "31122019_Auszug_GV"), or a
 * year, meaning 31 December of that year (the annual Gemeindeverzeichnis); otherwise it stays unknown.
 */
public record ReferenceDate(LocalDate date, String from) {
    private static final Pattern ISO = Pattern.compile("(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");
    private static final Pattern DESTATIS = Pattern.compile("(?<![0-9])(\\d{2})(\\d{2})(\\d{4})(?![0-9])");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?![0-9])");

    public static ReferenceDate of(Path file, LocalDate explicit) {
        return of(file.getFileName().toString(), null, explicit);
    }

    /** The option wins, then the Gebietsstand printed in the file (Excel), then the file name. */
    public static ReferenceDate of(String name, LocalDate stated, LocalDate explicit) {
        if (explicit != null) {
            return new ReferenceDate(explicit, "option");
        }
        if (stated != null) {
            return new ReferenceDate(stated, "file");
        }
        try {
            Matcher m = ISO.matcher(name);
            if (m.find()) {
                return new ReferenceDate(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))), "file name");
            }
            m = DESTATIS.matcher(name);
            if (m.find()) {
                return new ReferenceDate(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), "file name");
            }
        } catch (DateTimeException e) {
            // not a date after all: fall through to the year
        }
        Matcher y = YEAR.matcher(name);
        if (y.find()) {
            return new ReferenceDate(LocalDate.of(Integer.parseInt(y.group(1)), 12, 31), "file name (year)");
        }
        return new ReferenceDate(null, "unknown");
    }
}
