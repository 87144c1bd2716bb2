package de.aufnahmelotse.app;

import de.aufnahmelotse.municipalities.DirectoryFormatException;
import de.aufnahmelotse.municipalities.ImportProblem;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The directory files of {@code serve} and {@code screen}; command-line options win over GEMEINDEN_FILE/KREISE_FILE. */
final class DirectoryOptions {
    static final int SHOWN_PROBLEMS = 20;

    @Option(names = "--gemeinden", paramLabel = "FILE",
            description = "Destatis municipality directory (GV-ISys AuszugGV as CSV) (default: env GEMEINDEN_FILE).")
    Path gemeinden;

    @Option(names = "--kreise", paramLabel = "FILE",
            description = "Destatis district table, semicolon separated (default: env KREISE_FILE).")
    Path kreise;

    @Option(names = "--gemeinden-stand", paramLabel = "DATE",
            description = "Reference date of the municipality file (default: from its file name, e.g. 2019 → 2019-12-31).")
    LocalDate referenceDate;

    @Option(names = "--max-rejected-rows", paramLabel = "N", defaultValue = "0",
            description = "Rows that may be rejected before the file counts as damaged (default: ${DEFAULT-VALUE}).")
    int maxRejected;

    Path gemeindenFile() {
        return gemeinden != null ? gemeinden : Env.path("GEMEINDEN_FILE");
    }

    Path kreiseFile() {
        return kreise != null ? kreise : Env.path("KREISE_FILE");
    }

    /** The configured directory, or null when no file is configured. Throws {@link Failed} after printing why. */
    MunicipalityDirectory load(PrintStream err) {
        Path g = gemeindenFile();
        if (g == null) {
            if (kreiseFile() != null) {
                err.println("aufnahmelotse: --kreise braucht --gemeinden / --kreise needs --gemeinden");
                throw new Failed();
            }
            return null;
        }
        try {
            return MunicipalityDirectory.load(new MunicipalityDirectory.Config(g, kreiseFile(), referenceDate,
                    maxRejected));
        } catch (DirectoryFormatException e) {
            err.println("aufnahmelotse: Gemeindeverzeichnis nicht geladen / directory not loaded: " + e.getMessage());
            if (e.problems().size() > 1) {
                e.problems().stream().limit(SHOWN_PROBLEMS).forEach(p -> err.println("  " + p));
                if (e.problems().size() > SHOWN_PROBLEMS) {
                    err.println("  … " + (e.problems().size() - SHOWN_PROBLEMS) + " weitere / more");
                }
            }
            throw new Failed();
        }
    }

    static void report(PrintStream out, MunicipalityDirectory d) {
        MunicipalityDirectory.Status s = d.status();
        out.println("directory " + s.file() + ": " + s.municipalities() + " municipalities (" + s.inhabited()
                + " inhabited, population " + s.population() + "), reference date " + s.referenceDate() + " ("
                + s.referenceDateFrom() + "), " + s.rejectedRows() + " row(s) rejected"
                + (s.districts() == null ? "" : "; districts " + s.districts().file() + ": "
                + s.districts().districts() + ", " + s.districts().rejectedRows() + " row(s) rejected"));
        for (ImportProblem p : s.rejected()) {
            out.println("  rejected " + p);
        }
    }

    /** Loading failed and the reason was printed: exit 1. */
    static final class Failed extends RuntimeException {
        Failed() {
            super(null, null, false, false);
        }
    }
}
