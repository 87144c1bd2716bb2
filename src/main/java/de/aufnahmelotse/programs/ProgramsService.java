package de.aufnahmelotse.programs;

import de.aufnahmelotse.catalog.Localized;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.catalog.Texts;
import de.aufnahmelotse.catalog.Verification;
import de.aufnahmelotse.facts.Parameter;
import java.util.HashMap;
import java.util.Map;
import de.aufnahmelotse.facts.Enums.Availability;
import de.aufnahmelotse.facts.Enums.Category;
import de.aufnahmelotse.facts.Enums.Level;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.programs.ProgramView.PeriodView;
import de.aufnahmelotse.programs.ProgramView.StepView;
import de.aufnahmelotse.ruleset.RuleSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads the catalog of the current rule set: filter, localize, and say each program's status on a date. */
public final class ProgramsService {
    private final Supplier<RuleSet> ruleSet;

    /** Filters of the list; null means "any". {@code state} keeps federal/EU programs and that Land's own. */
    public record Filter(Category category, Level level, Land state, String q) {
    }

    public ProgramsService(Supplier<RuleSet> ruleSet) {
        this.ruleSet = ruleSet;
    }

    public List<ProgramView> list(Filter filter, LocalDate asOf, String language) {
        RuleSet rules = ruleSet.get();
        Texts texts = new Texts(rules.catalog().common(), language);
        return rules.catalog().programs().stream()
                .filter(p -> filter.category() == null || p.category() == filter.category())
                .filter(p -> filter.level() == null || p.level() == filter.level())
                .filter(p -> filter.state() == null || p.land() == null || p.land() == filter.state())
                .filter(p -> filter.q() == null || matches(p, filter.q()))
                .sorted(Comparator.comparing(ProgramEntry::category).thenComparing(ProgramEntry::id))
                .map(p -> view(p, asOf, language, false, texts)).toList();
    }

    public Optional<ProgramView> get(String id, LocalDate asOf, String language) {
        RuleSet rules = ruleSet.get();
        Texts texts = new Texts(rules.catalog().common(), language);
        return rules.catalog().program(id).map(p -> view(p, asOf, language, true, texts));
    }

    private static boolean matches(ProgramEntry p, String q) {
        String needle = fold(q);
        return fold(p.id()).contains(needle) || p.name().texts().values().stream().anyMatch(n -> fold(n).contains(needle))
                || (p.summary() != null && p.summary().texts().values().stream().anyMatch(s -> fold(s).contains(needle)));
    }

    /** Lower case without accents, ß → ss, so "foerder" finds "Förder". */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ä", "ae").replace("ö", "oe")
                .replace("ü", "ue");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static ProgramView view(ProgramEntry p, LocalDate asOf, String language, boolean details, Texts texts) {
        int index = p.periodIndexOn(asOf);
        Availability status = index < 0 ? (asOf.isBefore(p.validFrom()) ? Availability.NOT_YET_OPEN
                : Availability.CLOSED) : p.periods().get(index).status();
        List<PeriodView> periods = p.periods().stream().map(x -> new PeriodView(x.status(), x.from(), x.until(),
                x.note() == null ? null : x.note().in(language), x.source())).toList();
        List<StepView> steps = null;
        List<String> documents = null;
        if (details) {
            Map<String, Object> params = new HashMap<>();
            for (Parameter parameter : p.parametersOn(asOf)) {
                params.put(parameter.getName(), parameter.getValue());
            }
            steps = p.steps().entrySet().stream()
                    .map(e -> new StepView(e.getKey(), e.getValue().order(), e.getValue().phase(),
                            e.getValue().responsible(), texts.render(e.getValue().title(), params),
                            e.getValue().documents().stream().map(d -> texts.render(d, params)).toList(),
                            e.getValue().dependsOn()))
                    .sorted(Comparator.comparing(StepView::phase).thenComparingInt(StepView::order)).toList();
            LinkedHashSet<String> docs = new LinkedHashSet<>();
            steps.forEach(s -> docs.addAll(s.documents()));
            documents = List.copyOf(docs);
        }
        return new ProgramView(p.id(), p.name().in(language), p.category(), p.level(), p.land(),
                text(p.funder(), language), text(p.summary(), language), p.legalBasis(), p.source(), p.validFrom(),
                p.validUntil(), status, asOf, periods, steps, documents, Verification.of(p, asOf, texts));
    }

    private static String text(Localized l, String language) {
        return l == null ? null : l.in(language);
    }
}
