package de.aufnahmelotse.screening;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.ruleset.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The nationwide screen as a service (POST /api/v1/screen): every inhabited municipality of the directory (or the
 * given ones, or those of one Land) evaluated AGS-only on a date, summarised per program (ELIGIBLE / NEEDS_INFO /
 * NOT_ELIGIBLE and the most frequent open questions), per Land, and optionally per municipality (the number of open
 * programs it can use). Results are kept per rule-set version, date and filter: a reload gives a new version, so a
 * kept result never outlives its rules.
 */
public final class ScreenService {
    /** How many open questions per program the answer lists. */
    public static final int TOP_QUESTIONS = 5;

    private final AdviceService advice;
    private final ExecutorService pool;
    private final int threads;
    private final Cache<Key, Result> cache = Caffeine.newBuilder().maximumSize(32).build();
    private final Cache<TableKey, StatusTable> tables = Caffeine.newBuilder().maximumSize(8).build();
    private final java.util.concurrent.atomic.AtomicLong evaluations = new java.util.concurrent.atomic.AtomicLong();

    /** What to screen: {@code programs} and {@code ags} empty mean all; {@code state} null means every Land. */
    public record Query(LocalDate asOf, List<String> programs, Land state, List<String> ags,
                        boolean perMunicipality) {
    }

    private record Key(String rulesetVersion, Query query) {
    }

    private record TableKey(String rulesetVersion, LocalDate asOf) {
    }

    /**
     * Every inhabited municipality's status for every program of the rule set on one date, as one byte per pair
     * ({@link ProgramStatus} ordinal, -1 when the program has none): one evaluation serves the views of all
     * programs (the map), kept per rule-set version and date.
     */
    public static final class StatusTable {
        private final String rulesetVersion;
        private final LocalDate asOf;
        private final LocalDate directoryReferenceDate;
        private final List<String> programs;
        private final java.util.Map<String, Integer> programIndex = new java.util.HashMap<>();
        private final List<MunicipalityEntry> municipalities;
        private final byte[][] statuses;
        private final int[] eligiblePrograms;

        StatusTable(String rulesetVersion, LocalDate asOf, LocalDate directoryReferenceDate, List<String> programs,
                    List<MunicipalityEntry> municipalities, byte[][] statuses, int[] eligiblePrograms) {
            this.rulesetVersion = rulesetVersion;
            this.asOf = asOf;
            this.directoryReferenceDate = directoryReferenceDate;
            this.programs = List.copyOf(programs);
            for (int i = 0; i < programs.size(); i++) {
                programIndex.put(programs.get(i), i);
            }
            this.municipalities = List.copyOf(municipalities);
            this.statuses = statuses;
            this.eligiblePrograms = eligiblePrograms;
        }

        public String rulesetVersion() {
            return rulesetVersion;
        }

        public LocalDate asOf() {
            return asOf;
        }

        public LocalDate directoryReferenceDate() {
            return directoryReferenceDate;
        }

        public List<MunicipalityEntry> municipalities() {
            return municipalities;
        }

        /** The program's column, or -1 when the rule set has no such program. */
        public int column(String programId) {
            return programIndex.getOrDefault(programId, -1);
        }

        /** The status of municipality {@code row} (index into {@link #municipalities()}) for program column. */
        public ProgramStatus status(int row, int column) {
            byte b = statuses[row][column];
            return b < 0 ? null : STATUSES[b];
        }

        /** How many programs open on the date the municipality can use (ELIGIBLE). */
        public int eligiblePrograms(int row) {
            return eligiblePrograms[row];
        }
    }

    private static final ProgramStatus[] STATUSES = ProgramStatus.values();

    public record ProgramCount(String id, boolean open, int eligible, int needsInfo, int notEligible,
                               List<Screener.FieldCount> topQuestions) {
    }

    public record StateCount(Land state, int municipalities, int eligible, int needsInfo, int notEligible,
                             Double needsInfoShare, Double medianOpenQuestions) {
    }

    /** One municipality: where it is, how many open programs it can use, and the status of a single program. */
    public record MunicipalityResult(String ags, String name, Land state, Double latitude, Double longitude,
                                     int eligiblePrograms, int needsInfoPrograms, ProgramStatus status) {
    }

    public record Result(String rulesetVersion, LocalDate asOf, Land state, String directoryFile,
                         LocalDate directoryReferenceDate, int municipalities, int programs, int programsOpen,
                         Double needsInfoShare, Double medianOpenQuestions, List<ProgramCount> ranking,
                         List<StateCount> byState, List<MunicipalityResult> municipalityResults, long computedMillis) {
    }

    public ScreenService(AdviceService advice, int threads) {
        this.advice = advice;
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "screen-route");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs (or returns the kept result of) the screen; the query must be valid (see the controller). */
    public Result screen(Query query) {
        RuleSet rules = advice.ruleSet();
        return cache.get(new Key(rules.version(), query), k -> compute(rules, query));
    }

    /** Every inhabited municipality's status for every program on {@code asOf} (or the kept table). */
    public StatusTable statusTable(LocalDate asOf) {
        RuleSet rules = advice.ruleSet();
        return tables.get(new TableKey(rules.version(), asOf), k -> computeTable(rules, asOf));
    }

    private StatusTable computeTable(RuleSet rules, LocalDate asOf) {
        evaluations.incrementAndGet();
        MunicipalityDirectory directory = advice.directory().orElseThrow();
        List<MunicipalityEntry> entries = directory.all().stream().filter(MunicipalityEntry::inhabited).toList();
        List<String> ids = rules.catalog().programs().stream().map(p -> p.id()).sorted().toList();
        byte[][] statuses = new byte[entries.size()][];
        int[] eligible = new int[entries.size()];
        int[] row = {0};
        try {
            new Screener(advice, pool, 4 * threads).run(entries, asOf, ids, r -> {
                byte[] line = new byte[ids.size()];
                for (int i = 0; i < ids.size(); i++) {
                    ProgramStatus st = r.screening().statuses().get(ids.get(i));
                    line[i] = st == null ? -1 : (byte) st.ordinal();
                }
                statuses[row[0]] = line;
                eligible[row[0]++] = r.eligiblePrograms();
            }, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StatusTable(rules.version(), asOf, directory.status().referenceDate(), ids, entries, statuses,
                eligible);
    }

    /** How many screens were evaluated (not returned from what was kept). */
    public long evaluations() {
        return evaluations.get();
    }

    private Result compute(RuleSet rules, Query q) {
        evaluations.incrementAndGet();
        long t0 = System.nanoTime();
        MunicipalityDirectory directory = advice.directory().orElseThrow();
        List<MunicipalityEntry> entries = new ArrayList<>();
        if (q.ags().isEmpty()) {
            for (MunicipalityEntry e : directory.all()) {
                if (e.inhabited() && (q.state() == null || e.state() == q.state())) {
                    entries.add(e);
                }
            }
        } else {
            q.ags().forEach(a -> directory.byAgs(a).ifPresent(entries::add));
        }
        List<MunicipalityResult> perMunicipality = new ArrayList<>();
        boolean single = q.programs().size() == 1;
        Screener.Summary s;
        try {
            s = new Screener(advice, pool, 4 * threads).run(entries, q.asOf(), q.programs(), row -> {
                if (q.perMunicipality()) {
                    MunicipalityEntry e = row.entry();
                    int needs = 0;
                    for (ProgramStatus st : row.screening().statuses().values()) {
                        needs += st == ProgramStatus.NEEDS_INFO ? 1 : 0;
                    }
                    perMunicipality.add(new MunicipalityResult(e.ags(), e.name(), e.state(), e.latitude(),
                            e.longitude(), row.eligiblePrograms(), needs,
                            single ? row.screening().statuses().get(q.programs().get(0)) : null));
                }
            }, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ProgramCount> ranking = s.ranked().stream().map(p -> new ProgramCount(p, s.open(p),
                s.total(p, ProgramStatus.ELIGIBLE), s.total(p, ProgramStatus.NEEDS_INFO),
                s.total(p, ProgramStatus.NOT_ELIGIBLE), s.topQuestions(p, TOP_QUESTIONS))).toList();
        List<StateCount> byState = s.municipalities().entrySet().stream().map(e -> new StateCount(e.getKey(),
                e.getValue(), s.openPairs(e.getKey(), ProgramStatus.ELIGIBLE),
                s.openPairs(e.getKey(), ProgramStatus.NEEDS_INFO), s.openPairs(e.getKey(), ProgramStatus.NOT_ELIGIBLE),
                finite(s.needsInfoShare(e.getKey())), finite(s.medianOpenQuestions(e.getKey())))).toList();
        int open = (int) s.programs().stream().filter(s::open).count();
        MunicipalityDirectory.Status ds = directory.status();
        return new Result(rules.version(), q.asOf(), q.state(), ds.file(), ds.referenceDate(), s.total(),
                s.programs().size(), open, finite(s.needsInfoShare(null)), finite(s.medianOpenQuestions(null)),
                ranking, byState, q.perMunicipality() ? List.copyOf(perMunicipality) : null,
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static Double finite(double d) {
        return Double.isNaN(d) ? null : Math.round(d * 10_000) / 10_000.0;
    }
}
