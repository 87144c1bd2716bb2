package de.aufnahmelotse.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writers for screen results (CSV or NDJSON, one municipality per row) and the per-Land summary table. */
public final class ScreenOutput {
    private ScreenOutput() {
    }

    /** A sink that also closes. */
    public interface ClosingSink extends Screener.Sink, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** CSV: municipality columns, the size class, then per program its status and the fields it asks for. */
    public static ClosingSink csv(OutputStream out, List<String> programs) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<String> header = new ArrayList<>(List.of("ags", "name", "state", "district", "districtAgs", "kind",
                "population", "areaKm2", "densityPerKm2", "degreeOfUrbanisation", "sizeClass", "association",
                "associationName", "populationChange10yPct", "latitude", "longitude", "eligiblePrograms"));
        for (String p : programs) {
            header.add(p);
            header.add(p + " missing");
        }
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        printer.printRecord(header);
        return new ClosingSink() {
            @Override
            public void accept(Screener.Row row) throws IOException {
                MunicipalityEntry e = row.entry();
                List<Object> values = new ArrayList<>(List.of(e.ags(), e.name(), e.state().name(),
                        nz(e.district()), e.districtAgs(), e.kind() == null ? "" : e.kind().name(), nz(e.population()),
                        nz(e.areaKm2()), nz(e.densityPerKm2()), nz(e.degreeOfUrbanisation()),
                        nz(row.screening().derived().get("sizeClass")), nz(e.association()),
                        nz(e.associationName()), nz(e.populationChange10yPct()), nz(e.latitude()),
                        nz(e.longitude()), row.eligiblePrograms()));
                for (String p : programs) {
                    values.add(row.screening().statuses().get(p));
                    values.add(String.join(" ", row.screening().missing().getOrDefault(p, List.of())));
                }
                printer.printRecord(values);
            }

            @Override
            public void close() throws IOException {
                printer.close(true);
            }
        };
    }

    /**
     * NDJSON: {ags, name, state, district, population, asOf, derived, assumptions (field → assumed value, e.g.
     * project.applicantType → MUNICIPALITY), programs: [{id, status, missing}]}.
     */
    public static ClosingSink ndjson(OutputStream out, List<String> programs, ObjectMapper mapper) {
        OutputStream o = new java.io.BufferedOutputStream(out, 1 << 16);
        return new ClosingSink() {
            @Override
            public void accept(Screener.Row row) throws IOException {
                MunicipalityEntry e = row.entry();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("ags", e.ags());
                line.put("name", e.name());
                line.put("state", e.state());
                line.put("district", e.district());
                line.put("population", e.population());
                line.put("kind", e.kind());
                line.put("association", e.association());
                line.put("associationName", e.associationName());
                line.put("populationChange10yPct", e.populationChange10yPct());
                line.put("latitude", e.latitude());
                line.put("longitude", e.longitude());
                line.put("eligiblePrograms", row.eligiblePrograms());
                line.put("asOf", row.screening().asOf());
                line.put("derived", row.screening().derived());
                line.put("assumptions", row.screening().assumptions());
                List<Map<String, Object>> ps = new ArrayList<>();
                for (String p : programs) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", p);
                    m.put("status", row.screening().statuses().get(p));
                    m.put("missing", row.screening().missing().getOrDefault(p, List.of()));
                    ps.add(m);
                }
                line.put("programs", ps);
                o.write(mapper.writeValueAsBytes(line));
                o.write('\n');
            }

            @Override
            public void close() throws IOException {
                o.flush();
                o.close();
            }
        };
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }

    /** Width of the terminal summaries. */
    public static final int WIDTH = 100;

    /**
     * The summary, at most {@value #WIDTH} columns: the headline figures, then the programs ranked (open first, most
     * ELIGIBLE first) with their ELIGIBLE / NEEDS_INFO / NOT_ELIGIBLE counts and most frequent open question.
     */
    public static void printSummary(PrintStream out, Screener.Summary s) {
        headline(out, s);
        out.println(fit(String.format(Locale.ROOT, "%3s %-25s %4s %8s %10s %8s  %s", "#", "Programm / program",
                "offen", "ELIGIBLE", "NEEDS_INFO", "NOT_ELIG", "häufigste offene Frage / top open question")));
        int rank = 0;
        for (String p : s.ranked()) {
            List<Screener.FieldCount> top = s.topQuestions(p, 1);
            String question = top.isEmpty() ? "–" : top.get(0).field().replaceFirst("^municipality\\.", "mun.")
                    + " ×" + top.get(0).count();
            out.println(fit(String.format(Locale.ROOT, "%3d %-25s %4s %8d %10d %8d  %s", ++rank, cut(p, 25),
                    s.open(p) ? "ja" : "nein", s.total(p, ProgramStatus.ELIGIBLE),
                    s.total(p, ProgramStatus.NEEDS_INFO), s.total(p, ProgramStatus.NOT_ELIGIBLE), question)));
        }
        out.println("(mun. = municipality.; --out FILE.csv|.ndjson: jede Gemeinde, jedes Feld / every detail)");
    }

    /**
     * The per-Land view, at most {@value #WIDTH} columns: per Land the municipalities, the (municipality, open
     * program) pairs by status, the NEEDS_INFO share, the median of distinct open questions, and the open program
     * ELIGIBLE for most of its municipalities.
     */
    public static void printByState(PrintStream out, Screener.Summary s) {
        headline(out, s);
        out.println(fit(String.format(Locale.ROOT, "%-4s %9s %9s %10s %9s %6s %6s  %s", "Land", "Gemeinden",
                "ELIGIBLE", "NEEDS_INFO", "NOT_ELIG", "N-Ant.", "Fragen", "meist geeignet / most often ELIGIBLE")));
        for (Map.Entry<de.aufnahmelotse.facts.Land, Integer> e : s.municipalities().entrySet()) {
            de.aufnahmelotse.facts.Land land = e.getKey();
            String best = "–";
            int bestCount = 0;
            for (String p : s.programs()) {
                int n = s.count(land, p, ProgramStatus.ELIGIBLE);
                if (s.open(p) && n > bestCount) {
                    best = p + " (" + n + ")";
                    bestCount = n;
                }
            }
            out.println(fit(String.format(Locale.ROOT, "%-4s %9d %9d %10d %9d %5.1f%% %6s  %s", land, e.getValue(),
                    s.openPairs(land, ProgramStatus.ELIGIBLE), s.openPairs(land, ProgramStatus.NEEDS_INFO),
                    s.openPairs(land, ProgramStatus.NOT_ELIGIBLE), 100 * s.needsInfoShare(land),
                    number(s.medianOpenQuestions(land)), best)));
        }
        out.println(fit(String.format(Locale.ROOT, "%-4s %9d %9d %10d %9d %5.1f%% %6s", "DE", s.total(),
                s.openPairs(null, ProgramStatus.ELIGIBLE), s.openPairs(null, ProgramStatus.NEEDS_INFO),
                s.openPairs(null, ProgramStatus.NOT_ELIGIBLE), 100 * s.needsInfoShare(null),
                number(s.medianOpenQuestions(null)))));
    }

    private static void headline(PrintStream out, Screener.Summary s) {
        long open = s.programs().stream().filter(s::open).count();
        out.println(fit(String.format(Locale.ROOT, "Screen %s: %d Gemeinden/municipalities, %d von/of %d "
                + "Programmen offen/programs open", s.asOf(), s.total(), open, s.programs().size())));
        out.println(fit(String.format(Locale.ROOT, "NEEDS_INFO (offene Progr./open programs): %.1f %%; Median "
                + "offene Fragen/open questions: %s (alle/all: %s)",
                100 * s.needsInfoShare(null), number(s.medianOpenQuestions(null)),
                number(s.medianQuestionsAllPrograms()))));
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "–" : d == Math.rint(d) ? String.valueOf((long) d)
                : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String fit(String line) {
        return cut(line, WIDTH);
    }
}
