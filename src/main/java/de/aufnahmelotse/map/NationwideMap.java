package de.aufnahmelotse.map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.aufnahmelotse.advice.AdviceService;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.ruleset.RuleSet;
import de.aufnahmelotse.screening.Screener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screens every inhabited municipality of the directory as an AGS-only request (the same evaluation as the
 * {@code screen} command) and keeps the result per rule-set version and as-of date, so the map of another program
 * on the same day, or the same map again, costs no evaluation. A new rule-set version is a new key: what was kept
 * for the old one is never served for it and falls out of the small cache.
 */
public final class NationwideMap {
    /** Rule-set versions × dates kept; one screen is about 10,800 × 65 statuses. */
    static final int KEPT_SCREENS = 4;

    private final AdviceService advice;
    private final Executor executor;
    private final int window;
    private final Cache<Key, Screen> screens = Caffeine.newBuilder().maximumSize(KEPT_SCREENS).build();
    private final AtomicLong evaluations = new AtomicLong();

    private record Key(String rulesetVersion, LocalDate asOf) {
    }

    /** One municipality's statuses, in the order of {@link Screen#programs()}. */
    private record Row(MunicipalityEntry entry, ProgramStatus[] statuses, int eligible) {
    }

    private record Screen(List<String> programs, List<Row> rows) {
        int index(String program) {
            return programs.indexOf(program);
        }
    }

    public record Point(String ags, String name, Land state, Double lat, Double lon, ProgramStatus status,
                        int eligiblePrograms) {
    }

    public record ProgramRef(String id, String name) {
    }

    public record DirectoryRef(String attribution, LocalDate referenceDate) {
    }

    /** What the map shows: {@code program} null means the number of programs each municipality can use. */
    public record View(LocalDate asOf, String rulesetVersion, ProgramRef program, Map<ProgramStatus, Integer> counts,
                       DirectoryRef directory, List<Point> municipalities) {
    }

    public NationwideMap(AdviceService advice, Executor executor, int window) {
        this.advice = advice;
        this.executor = executor;
        this.window = window;
    }

    /** The program with this id in the current rule set, if any. */
    public Optional<ProgramEntry> program(String id) {
        return advice.ruleSet().catalog().program(id);
    }

    /**
     * The map on {@code asOf} over the directory's inhabited municipalities: one program's status per municipality,
     * or (program null) the number of programs each can use. The program must exist in the current rule set.
     */
    public View view(MunicipalityDirectory directory, LocalDate asOf, String programId, String language) {
        RuleSet rules = advice.ruleSet();
        Screen screen = screens.get(new Key(rules.version(), asOf), k -> screen(directory, asOf));
        int column = programId == null ? -1 : screen.index(programId);
        ProgramRef ref = programId == null ? null : rules.catalog().program(programId)
                .map(p -> new ProgramRef(p.id(), p.name().in(language))).orElseThrow();
        Map<ProgramStatus, Integer> counts = new EnumMap<>(ProgramStatus.class);
        List<Point> points = new ArrayList<>(screen.rows().size());
        for (Row r : screen.rows()) {
            MunicipalityEntry e = r.entry();
            ProgramStatus status = column < 0 ? null : r.statuses()[column];
            if (status != null) {
                counts.merge(status, 1, Integer::sum);
            }
            points.add(new Point(e.ags(), e.name(), e.state(), e.latitude(), e.longitude(), status, r.eligible()));
        }
        MunicipalityDirectory.Status status = directory.status();
        return new View(asOf, rules.version(), ref, counts,
                new DirectoryRef(MunicipalityDirectory.ATTRIBUTION, status.referenceDate()), points);
    }

    /** How many nationwide screens were evaluated (not served from what was kept). */
    public long evaluations() {
        return evaluations.get();
    }

    private Screen screen(MunicipalityDirectory directory, LocalDate asOf) {
        List<MunicipalityEntry> inhabited = directory.all().stream().filter(MunicipalityEntry::inhabited).toList();
        List<Row> rows = new ArrayList<>(inhabited.size());
        List<String> programs = advice.ruleSet().catalog().programs().stream().map(ProgramEntry::id).sorted().toList();
        try {
            new Screener(advice, executor, window).run(inhabited, asOf, programs, row -> {
                ProgramStatus[] statuses = new ProgramStatus[programs.size()];
                int eligible = 0;
                for (int i = 0; i < statuses.length; i++) {
                    statuses[i] = row.screening().statuses().get(programs.get(i));
                    if (statuses[i] == ProgramStatus.ELIGIBLE) {
                        eligible++;
                    }
                }
                rows.add(new Row(row.entry(), statuses, eligible));
            }, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        evaluations.incrementAndGet();
        return new Screen(programs, List.copyOf(rows));
    }
}
