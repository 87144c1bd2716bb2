package de.aufnahmelotse.catalog;

import de.aufnahmelotse.facts.Enums.Category;
import de.aufnahmelotse.facts.Enums.Level;
import de.aufnahmelotse.facts.Land;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One program of the catalog, as written in its {@code *.program.yaml}. {@code criteria} maps a criterion id to its
 * text per status (MET, NOT_MET, UNKNOWN); {@code obligations}, {@code funding} and {@code recommendations} map ids
 * to texts; {@code parameters} holds dated values (thresholds, rates) with their sources; {@code questions} adds
 * questions for request fields only this program asks about (shared ones are in rules/common/texts.yaml);
 * {@code terms} holds the generic funding terms that rules/common/funding.drl evaluates; {@code verifiedOn} is the
 * date its facts were last checked at the source (see {@link Verification}). {@code screenNote} (optional, de/en)
 * says why no public datum of the municipality directory can decide the program in a nationwide screen
 * (bench/screen-targets.sh lists it for an open funding program that no municipality is ELIGIBLE for);
 * {@code secondarySources} maps each source URL whose host is not on {@code rules/data/primary-sources.yaml} to a
 * one-line reason (SourceHostTest).
 */
public record ProgramEntry(
        String id,
        Localized name,
        Category category,
        Level level,
        Land land,
        Localized funder,
        String legalBasis,
        String source,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate verifiedOn,
        List<Period> periods,
        Localized summary,
        Map<String, Map<String, Localized>> criteria,
        Map<String, Localized> obligations,
        Map<String, Localized> funding,
        Map<String, StepDef> steps,
        Map<String, Localized> recommendations,
        Map<String, List<ParameterValue>> parameters,
        Map<String, Localized> questions,
        TermsDef terms,
        Localized screenNote,
        Map<String, String> secondarySources,
        String file) {

    public ProgramEntry {
        periods = periods == null ? List.of() : List.copyOf(periods);
        criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
        obligations = obligations == null ? Map.of() : Map.copyOf(obligations);
        funding = funding == null ? Map.of() : Map.copyOf(funding);
        steps = steps == null ? Map.of() : Map.copyOf(steps);
        recommendations = recommendations == null ? Map.of() : Map.copyOf(recommendations);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        questions = questions == null ? Map.of() : Map.copyOf(questions);
        secondarySources = secondarySources == null ? Map.of() : Map.copyOf(secondarySources);
    }

    public ProgramEntry withFile(String path) {
        return new ProgramEntry(id, name, category, level, land, funder, legalBasis, source, validFrom, validUntil,
                verifiedOn, periods, summary, criteria, obligations, funding, steps, recommendations, parameters,
                questions, terms, screenNote, secondarySources, path);
    }

    /** The parameter values in force on the date: for each name the latest value that started on or before it. */
    public java.util.List<de.aufnahmelotse.facts.Parameter> parametersOn(LocalDate date) {
        java.util.List<de.aufnahmelotse.facts.Parameter> result = new java.util.ArrayList<>();
        parameters.forEach((name, values) -> {
            ParameterValue best = null;
            for (ParameterValue v : values) {
                if (v.covers(date) && (best == null || v.from().isAfter(best.from()))) {
                    best = v;
                }
            }
            if (best != null) {
                result.add(new de.aufnahmelotse.facts.Parameter(id, name, best.value(), best.from(), best.source()));
            }
        });
        return result;
    }

    /** Index of the period covering the date, or -1 when none does (the program is not in force then). */
    public int periodIndexOn(LocalDate date) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).covers(date)) {
                return i;
            }
        }
        return -1;
    }
}
