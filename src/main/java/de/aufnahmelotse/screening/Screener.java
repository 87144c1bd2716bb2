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

    /**
     * One screened municipality; {@code eligiblePrograms} counts the programs open on the date (by their catalog
     * period) that are ELIGIBLE for it: the programs it can use.
     */
    public record Row(MunicipalityEntry entry, Screening screening, int eligiblePrograms) {
    }

    public interface Sink {
        void accept(Row row) throws IOException;
    }

    public interface Progress {
        void done(int evaluated, int total);
    }

    /** A request field and how often screened municipalities were asked for it. */
    public record FieldCount(String field, int count) {
    }

    /**
     * Per Land and program: how many municipalities had each status; per program the fields it asked for and how
     * often; per municipality the number of distinct fields asked by the programs open on the date (for the median)
     * and, among the (municipality, open program) pairs, how many were NEEDS_INFO.
     */
    public static final class Summary {
        private final Map<Land, Integer> municipalities = new EnumMap<>(Land.class);
        private final Map<Land, Map<String, Map<ProgramStatus, Integer>>> counts = new EnumMap<>(Land.class);
        private final Map<String, Map<String, Integer>> questions = new LinkedHashMap<>();
        private final Map<Land, List<Integer>> openQuestions = new EnumMap<>(Land.class);
        private final List<Integer> openQuestionsAll = new ArrayList<>();
        private final List<Integer> questionsAllPrograms = new ArrayList<>();
        private final List<String> programs;
        private final java.util.Set<String> open;
        private final LocalDate asOf;

        Summary(List<String> programs, java.util.Set<String> open, LocalDate asOf) {
            this.programs = List.copyOf(programs);
            this.open = java.util.Set.copyOf(open);
            this.asOf = asOf;
            programs.forEach(p -> questions.put(p, new java.util.HashMap<>()));
        }

        void add(Row row) {
            Land land = row.entry().state();
            municipalities.merge(land, 1, Integer::sum);
            Map<String, Map<ProgramStatus, Integer>> byProgram = counts.computeIfAbsent(land,
                    k -> new LinkedHashMap<>());
            java.util.Set<String> openFields = new java.util.HashSet<>();
            java.util.Set<String> allFields = new java.util.HashSet<>();
            for (String p : programs) {
                ProgramStatus s = row.screening().statuses().get(p);
                byProgram.computeIfAbsent(p, k -> new EnumMap<>(ProgramStatus.class)).merge(s, 1, Integer::sum);
                List<String> missing = row.screening().missing().getOrDefault(p, List.of());
                Map<String, Integer> q = questions.get(p);
                for (String f : missing) {
                    q.merge(f, 1, Integer::sum);
                }
                allFields.addAll(missing);
                if (open.contains(p)) {
                    openFields.addAll(missing);
                }
            }
            openQuestions.computeIfAbsent(land, k -> new ArrayList<>()).add(openFields.size());
            openQuestionsAll.add(openFields.size());
            questionsAllPrograms.add(allFields.size());
        }

        public List<String> programs() {
            return programs;
        }

        public LocalDate asOf() {
            return asOf;
        }

        /** Whether the program accepts applications on the date (its catalog period is OPEN or CALL_OPEN). */
        public boolean open(String program) {
            return open.contains(program);
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

        /** Pairs of (municipality of {@code land}, program open on the date) with the status; all Länder: null. */
        public int openPairs(Land land, ProgramStatus status) {
            int n = 0;
            for (String p : programs) {
                if (open.contains(p)) {
                    n += land == null ? total(p, status) : count(land, p, status);
                }
            }
            return n;
        }

        /** NEEDS_INFO among the (municipality, open program) pairs, 0..1; NaN when there are none. */
        public double needsInfoShare(Land land) {
            int all = openPairs(land, ProgramStatus.ELIGIBLE) + openPairs(land, ProgramStatus.NEEDS_INFO)
                    + openPairs(land, ProgramStatus.NOT_ELIGIBLE);
            return all == 0 ? Double.NaN : (double) openPairs(land, ProgramStatus.NEEDS_INFO) / all;
        }

        /** Median number of distinct fields the open programs ask a municipality for (of {@code land}, or all). */
        public double medianOpenQuestions(Land land) {
            return median(land == null ? openQuestionsAll : openQuestions.getOrDefault(land, List.of()));
        }

        /** The same over all programs of the screen, open or not. */
        public double medianQuestionsAllPrograms() {
            return median(questionsAllPrograms);
        }

        /** The fields a program asked for, most frequent first (then by name), at most {@code limit}. */
        public List<FieldCount> topQuestions(String program, int limit) {
            return questions.getOrDefault(program, Map.of()).entrySet().stream()
                    .map(e -> new FieldCount(e.getKey(), e.getValue()))
                    .sorted(java.util.Comparator.comparingInt(FieldCount::count).reversed()
                            .thenComparing(FieldCount::field))
                    .limit(limit).toList();
        }

        /** Programs ranked: open before closed, then most ELIGIBLE, fewest NEEDS_INFO, then id. */
        public List<String> ranked() {
            return programs.stream().sorted(java.util.Comparator.comparing((String p) -> !open(p))
                    .thenComparing(p -> -total(p, ProgramStatus.ELIGIBLE))
                    .thenComparing(p -> total(p, ProgramStatus.NEEDS_INFO))
                    .thenComparing(p -> p)).toList();
        }

        private static double median(List<Integer> values) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
            int n = v.length;
            return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
        }
    }

    /** The programs of {@code ids} that accept applications on {@code asOf} (catalog period OPEN or CALL_OPEN). */
    public static java.util.Set<String> openOn(de.aufnahmelotse.catalog.Catalog catalog, List<String> ids,
                                               LocalDate asOf) {
        java.util.Set<String> open = new java.util.HashSet<>();
        for (de.aufnahmelotse.catalog.ProgramEntry p : catalog.programs()) {
            int i = p.periodIndexOn(asOf);
            if (ids.contains(p.id()) && i >= 0 && p.periods().get(i).status().isOpen()) {
                open.add(p.id());
            }
        }
        return open;
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
        de.aufnahmelotse.catalog.Catalog catalog = service.ruleSet().catalog();
        List<String> ids = programs.isEmpty() ? catalog.programs().stream().map(p -> p.id()).sorted().toList()
                : programs;
        java.util.Set<String> open = openOn(catalog, ids, asOf);
        Summary summary = new Summary(ids, open, asOf);
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
                    Screening screening = service.screen(new AdviceRequest(asOf, m, null, List.of(), null));
                    int eligible = 0;
                    for (String p : open) {
                        eligible += screening.statuses().get(p) == ProgramStatus.ELIGIBLE ? 1 : 0;
                    }
                    rows.add(new Row(e, screening, eligible));
                }
                return rows;
            });
            results.emitReady();
        }
        results.drain();
        return summary;
    }
}
