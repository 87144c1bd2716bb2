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
                "population", "areaKm2", "densityPerKm2", "degreeOfUrbanisation", "sizeClass"));
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
                        nz(row.screening().derived().get("sizeClass"))));
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

    /** The summary: per Land the number of municipalities and, per program, ELIGIBLE / NEEDS_INFO. */
    public static void printSummary(PrintStream out, Screener.Summary s) {
        StringBuilder head = new StringBuilder(String.format("%-5s %8s", "Land", "Gemeinden"));
        for (String p : s.programs()) {
            head.append(String.format("  %22s", p + " E/N"));
        }
        out.println("Zusammenfassung / summary — E = ELIGIBLE (geeignet), N = NEEDS_INFO (Angaben fehlen)");
        out.println(head);
        s.municipalities().forEach((land, n) -> {
            StringBuilder line = new StringBuilder(String.format("%-5s %8d", land, n));
            for (String p : s.programs()) {
                line.append(String.format("  %22s", s.count(land, p, ProgramStatus.ELIGIBLE) + " / "
                        + s.count(land, p, ProgramStatus.NEEDS_INFO)));
            }
            out.println(line);
        });
        StringBuilder total = new StringBuilder(String.format("%-5s %8d", "DE", s.total()));
        for (String p : s.programs()) {
            total.append(String.format("  %22s", s.total(p, ProgramStatus.ELIGIBLE) + " / "
                    + s.total(p, ProgramStatus.NEEDS_INFO)));
        }
        out.println(total);
    }
}
