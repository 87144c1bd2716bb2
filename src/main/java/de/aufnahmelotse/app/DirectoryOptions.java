package de.aufnahmelotse.app;

import de.aufnahmelotse.municipalities.DirectoryFormatException;
import de.aufnahmelotse.municipalities.ImportProblem;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The directory files of {@code serve}, {@code advise} and {@code screen}; command-line options win over
 * GEMEINDEN_FILE/KREISE_FILE. Without either, the copy of the Destatis directory embedded in the jar is used
 * (2023, with 2013 for the population change and the 2021 districts); {@code --no-directory} runs without one.
 */
final class DirectoryOptions {
    static final int SHOWN_PROBLEMS = 20;

    @Option(names = "--gemeinden", paramLabel = "FILE",
            description = "Destatis municipality directory, the GV-ISys AuszugGV as published (.xlsx) or as CSV "
                    + "(default: env GEMEINDEN_FILE, else the embedded 2023 directory).")
    Path gemeinden;

    @Option(names = "--no-directory", description = "Run without a municipality directory (no search, no prefill).")
    boolean noDirectory;

    @Option(names = "--kreise", paramLabel = "FILE",
            description = "Destatis district table, .xlsx as published or semicolon-separated CSV (default: env "
                    + "KREISE_FILE; with the embedded directory the embedded 2021 table).")
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

    /**
     * The configured directory: the given file, else the embedded one; null with {@code --no-directory}. Throws
     * {@link Failed} after printing why.
     */
    MunicipalityDirectory load(PrintStream err) {
        Path g = gemeindenFile();
        if (noDirectory) {
            if (gemeinden != null || kreise != null) {
                err.println("aufnahmelotse: --no-directory schließt --gemeinden/--kreise aus / --no-directory "
                        + "excludes --gemeinden/--kreise");
                throw new Failed();
            }
            return null;
        }
        if (g == null && kreiseFile() != null) {
            err.println("aufnahmelotse: --kreise braucht --gemeinden / --kreise needs --gemeinden");
            throw new Failed();
        }
        try {
            if (g == null) {
                return MunicipalityDirectory.loadEmbedded();
            }
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
        out.println("directory " + s.file() + (s.sheet() == null ? "" : " [" + s.sheet() + "]") + ": "
                + s.municipalities() + " municipalities (" + s.inhabited() + " inhabited, population "
                + s.population() + "), reference date " + s.referenceDate() + " (" + s.referenceDateFrom() + "), "
                + s.rejectedRows() + " row(s) rejected"
                + (s.districts() == null ? "" : "; districts " + s.districts().file() + ": "
                + s.districts().districts() + ", " + s.districts().rejectedRows() + " row(s) rejected"));
        MunicipalityDirectory.PopulationChangeStatus c = s.populationChange();
        if (c != null) {
            out.println("population change against " + c.file() + " (" + c.referenceDate() + "): " + c.matched()
                    + " municipalities in both; " + c.onlyInCurrentCount() + " only in the current directory (no "
                    + "value), " + c.onlyInPreviousCount() + " only in the earlier one");
        }
        if (s.attribution() != null) {
            out.println("  " + s.attribution());
        }
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
