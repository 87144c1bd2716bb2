package de.aufnahmelotse.screening;

import de.aufnahmelotse.advice.AdviceRequest;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.advice.AdviceService.Screening;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.facts.Municipality;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * Screens municipalities of the directory: each is evaluated as a request that gives only its AGS (so the
 * directory fills in the rest, exactly as prefill does for a clerk), in parallel chunks on a bounded window,
 * results delivered in directory order, with per-Land counts per program.
 */
public final class Screener {
    private static final int CHUNK = 64;

    private final AdviceService service;
    private final Executor executor;
    private final int window;

    public record Row(MunicipalityEntry entry, Screening screening) {
    }

    public interface Sink {
        void accept(Row row) throws IOException;
    }

    public interface Progress {
        void done(int evaluated, int total);
    }

    /** Per Land and program: how many municipalities had each status. */
    public static final class Summary {
        private final Map<Land, Integer> municipalities = new EnumMap<>(Land.class);
        private final Map<Land, Map<String, Map<ProgramStatus, Integer>>> counts = new EnumMap<>(Land.class);
        private final List<String> programs;

        Summary(List<String> programs) {
            this.programs = List.copyOf(programs);
        }

        void add(Row row) {
            Land land = row.entry().state();
            municipalities.merge(land, 1, Integer::sum);
            Map<String, Map<ProgramStatus, Integer>> byProgram = counts.computeIfAbsent(land,
                    k -> new LinkedHashMap<>());
            for (String p : programs) {
                ProgramStatus s = row.screening().statuses().get(p);
                byProgram.computeIfAbsent(p, k -> new EnumMap<>(ProgramStatus.class)).merge(s, 1, Integer::sum);
            }
        }

        public List<String> programs() {
            return programs;
        }

        public Map<Land, Integer> municipalities() {
            return new TreeMap<>(municipalities);
        }

        public int count(Land land, String program, ProgramStatus status) {
            return counts.getOrDefault(land, Map.of()).getOrDefault(program, Map.of()).getOrDefault(status, 0);
        }

        public int total(String program, ProgramStatus status) {
            int n = 0;
            for (Land land : counts.keySet()) {
                n += count(land, program, status);
            }
            return n;
        }

        public int total() {
            return municipalities.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Screener(AdviceService service, Executor executor, int window) {
        this.service = service;
        this.executor = executor;
        this.window = window;
    }

    /**
     * Evaluates {@code entries} on {@code asOf} and returns the summary over {@code programs} (all of the rule set
     * when empty). Rows reach the sink in the order of {@code entries}.
     */
    public Summary run(List<MunicipalityEntry> entries, LocalDate asOf, List<String> programs, Sink sink,
                       Progress progress) throws IOException {
        List<String> ids = programs.isEmpty() ? service.ruleSet().catalog().programs().stream()
                .map(p -> p.id()).sorted().toList() : programs;
        Summary summary = new Summary(ids);
        int total = entries.size();
        int[] done = {0};
        OrderedWindow<List<Row>> results = new OrderedWindow<>(executor, window, rows -> {
            for (Row row : rows) {
                summary.add(row);
                sink.accept(row);
            }
            done[0] += rows.size();
            if (progress != null) {
                progress.done(done[0], total);
            }
        });
        for (int from = 0; from < total; from += CHUNK) {
            List<MunicipalityEntry> chunk = entries.subList(from, Math.min(total, from + CHUNK));
            results.submit(() -> {
                List<Row> rows = new ArrayList<>(chunk.size());
                for (MunicipalityEntry e : chunk) {
                    Municipality m = new Municipality();
                    m.setAgs(e.ags());
                    rows.add(new Row(e, service.screen(new AdviceRequest(asOf, m, null, List.of(), null))));
                }
                return rows;
            });
            results.emitReady();
        }
        results.drain();
        return summary;
    }
}
