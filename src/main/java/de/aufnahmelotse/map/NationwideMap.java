package de.aufnahmelotse.map;

import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.ruleset.RuleSetHolder;
import de.aufnahmelotse.screening.ScreenService;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nationwide map's data: the screen of every inhabited municipality ({@link ScreenService}, which keeps each
 * result per rule-set version, date and program) projected to points with the directory's centre coordinates and
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

    /** The map on {@code asOf}; the program, if given, must exist in the current rule set. */
    public View view(LocalDate asOf, String programId, String language) {
        ScreenService.Result r = screens.screen(new ScreenService.Query(asOf,
                programId == null ? List.of() : List.of(programId), null, List.of(), true));
        ProgramRef ref = programId == null ? null : program(programId)
                .map(p -> new ProgramRef(p.id(), p.name().in(language))).orElseThrow();
        Map<ProgramStatus, Integer> counts = new EnumMap<>(ProgramStatus.class);
        if (programId != null) {
            r.ranking().stream().filter(c -> c.id().equals(programId)).findFirst().ifPresent(c -> {
                counts.put(ProgramStatus.ELIGIBLE, c.eligible());
                counts.put(ProgramStatus.NEEDS_INFO, c.needsInfo());
                counts.put(ProgramStatus.NOT_ELIGIBLE, c.notEligible());
            });
        }
        List<Point> points = r.municipalityResults().stream().map(m -> new Point(m.ags(), m.name(), m.state(),
                m.latitude(), m.longitude(), m.status(), m.eligiblePrograms())).toList();
        return new View(r.asOf(), r.rulesetVersion(), ref, counts,
                new DirectoryRef(MunicipalityDirectory.ATTRIBUTION, r.directoryReferenceDate()), points);
    }

    /** How many screens were evaluated rather than kept (for the route's cache header). */
    public long evaluations() {
        return screens.evaluations();
    }
}
