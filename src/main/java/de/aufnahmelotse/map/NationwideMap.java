package de.aufnahmelotse.map;

import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.screening.ScreenService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nationwide map's data: the screen of every inhabited municipality ({@link ScreenService#statusTable}, one
 * evaluation per rule-set version and date for all programs) projected to points with the directory's centre coordinates and
 * either one program's status or the number of programs each municipality can use.
 */
public final class NationwideMap {
    private final RuleSetHolder rules;
    private final ScreenService screens;

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

    public NationwideMap(RuleSetHolder rules, ScreenService screens) {
        this.rules = rules;
        this.screens = screens;
    }

    /** The program with this id in the current rule set, if any. */
    public Optional<ProgramEntry> program(String id) {
        return rules.get().catalog().program(id);
    }

    /**
     * The map on {@code asOf}; the program, if given, must exist in the current rule set. Every program's map of a
     * date is a projection of one evaluation ({@link ScreenService#statusTable}).
     */
    public View view(LocalDate asOf, String programId, String language) {
        ScreenService.StatusTable table = screens.statusTable(asOf);
        ProgramRef ref = programId == null ? null : program(programId)
                .map(p -> new ProgramRef(p.id(), p.name().in(language))).orElseThrow();
        int column = programId == null ? -1 : table.column(programId);
        Map<ProgramStatus, Integer> counts = new EnumMap<>(ProgramStatus.class);
        if (programId != null) {
            for (ProgramStatus s : List.of(ProgramStatus.ELIGIBLE, ProgramStatus.NEEDS_INFO,
                    ProgramStatus.NOT_ELIGIBLE)) {
                counts.put(s, 0);
            }
        }
        List<MunicipalityEntry> entries = table.municipalities();
        List<Point> points = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            MunicipalityEntry m = entries.get(i);
            ProgramStatus status = column < 0 ? null : table.status(i, column);
            if (status != null && counts.containsKey(status)) {
                counts.merge(status, 1, Integer::sum);
            }
            points.add(new Point(m.ags(), m.name(), m.state(), m.latitude(), m.longitude(), status,
                    table.eligiblePrograms(i)));
        }
        return new View(table.asOf(), table.rulesetVersion(), ref, counts,
                new DirectoryRef(MunicipalityDirectory.ATTRIBUTION, table.directoryReferenceDate()), points);
    }

    /** How many screens were evaluated rather than kept (for the route's cache header). */
    public long evaluations() {
        return screens.evaluations();
    }
}
