package de.aufnahmelotse.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.aufnahmelotse.catalog.Localized;
import de.aufnahmelotse.engine.Evaluation;
import de.aufnahmelotse.engine.RuleBaseLoader;
import de.aufnahmelotse.engine.RuleCompilationException;
import de.aufnahmelotse.engine.RuleEngine;
import de.aufnahmelotse.engine.RuleInfo;
import de.aufnahmelotse.engine.RuleProblem;
import de.aufnahmelotse.ruleset.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The matching rule set: {@code rules/matching/*.drl} compiled into a KieBase of its own (the program rule base
 * leaves the folder out, see {@link RuleBaseLoader#SEPARATE_DIRS}), the weights ({@code weights.yaml}) and the
 * criterion texts ({@code criteria.yaml}). Loaded completely or not at all: a requirement rule without
 * {@code @criterion}, {@code @legalBasis} or an {@code @source} URL, a criterion without texts, a points criterion
 * without a weight — each is a problem with its path. Immutable; {@link #version()} is the content hash of the folder.
 */
public final class MatchingRules {
    public static final String DIR = "matching";
    static final String HOUSEHOLD_RULES = DIR + "/households.drl";
    /** Facts per session: keeps one evaluation well under {@link RuleEngine#MAX_FIRINGS}. */
    static final int CHUNK = 500;

    private final String version;
    private final RuleEngine engine;
    private final List<RuleInfo> rules;
    private final Weights weights;
    private final Map<String, Map<String, Localized>> texts;

    /** The weights file: points per criterion and the named parameters, with its version and source. */
    public record Weights(String version, String source, Map<String, Integer> points, Map<String, Integer> parameters) {
        public int parameter(String name) {
            Integer v = parameters.get(name);
            if (v == null) {
                throw new IllegalStateException("weights.yaml has no parameter " + name);
            }
            return v;
        }
    }

    /** Requirements per household and offers per pledge, and the names of the rules that fired (for coverage). */
    public record Classification(Map<String, List<Requirement>> requirements, Map<String, List<Offer>> offers,
                                 Map<String, List<OfferUnknown>> unknowns, Set<String> firedRules) {
    }

    private MatchingRules(String version, RuleEngine engine, List<RuleInfo> rules, Weights weights,
                          Map<String, Map<String, Localized>> texts) {
        this.version = version;
        this.engine = engine;
        this.rules = rules;
        this.weights = weights;
        this.texts = texts;
    }

    /** The parameters of weights.yaml that the matching reads (rules, fit, solver). */
    static final List<String> REQUIRED_PARAMETERS = List.of("knockoutUnknownPenalty", "communityCapHouseholds",
            "mentoringMonthsMin");

    /**
     * Every problem of {@code rulesDir/matching/} as {@code path:line:col message} (paths resolved against the
     * rules directory), or none — also none when there is no such folder (the matching route then answers 503).
     * What {@code serve} and {@code check-rules} print at start, so a broken folder is not found only at the first
     * matching request.
     */
    public static List<String> problems(Path rulesDir) {
        Path root = rulesDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve(DIR))) {
            return List.of();
        }
        try {
            load(root);
            return List.of();
        } catch (RuleCompilationException e) {
            return e.problems().stream().map(p -> root.resolve(p.path()).normalize() + ":" + p.line() + ":"
                    + p.column() + " " + p.message()).toList();
        }
    }

    public static MatchingRules load(Path rulesDir) {
        Path root = rulesDir.toAbsolutePath().normalize();
        Path dir = root.resolve(DIR);
        List<RuleProblem> problems = new ArrayList<>();
        RuleBaseLoader.Compiled compiled = null;
        try {
            compiled = RuleBaseLoader.compileSeparate(root, DIR);
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Weights weights = null;
        Map<String, Map<String, Localized>> texts = new TreeMap<>();
        try {
            JsonNode w = yaml.readTree(Files.readString(dir.resolve("weights.yaml")));
            Map<String, Integer> points = ints(w.path("points"), DIR + "/weights.yaml points", problems);
            Map<String, Integer> params = ints(w.path("parameters"), DIR + "/weights.yaml parameters", problems);
            weights = new Weights(w.path("version").asText(null), w.path("source").asText(null), points, params);
            JsonNode c = yaml.readTree(Files.readString(dir.resolve("criteria.yaml"))).path("criteria");
            c.fields().forEachRemaining(e -> {
                Map<String, Localized> byStatus = new TreeMap<>();
                e.getValue().fields().forEachRemaining(s -> byStatus.put(s.getKey(),
                        Localized.of(s.getValue().path("de").asText(null), s.getValue().path("en").asText(null))));
                texts.put(e.getKey(), byStatus);
            });
        } catch (IOException | RuntimeException e) {
            problems.add(new RuleProblem(DIR, 0, 0, "cannot read weights.yaml or criteria.yaml: " + e.getMessage()));
        }
        if (compiled != null && weights != null) {
            problems.addAll(crossCheck(compiled.rules(), weights, texts));
        }
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new MatchingRules(RuleSetLoader.contentHash(dir), new RuleEngine(compiled.kieBase()),
                compiled.rules(), weights, Collections.unmodifiableMap(texts));
    }

    private static Map<String, Integer> ints(JsonNode node, String where, List<RuleProblem> problems) {
        Map<String, Integer> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isInt()) {
                out.put(e.getKey(), e.getValue().intValue());
            } else {
                problems.add(new RuleProblem(where, 0, 0, e.getKey() + " is not a whole number"));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    static List<RuleProblem> crossCheck(List<RuleInfo> rules, Weights weights,
                                        Map<String, Map<String, Localized>> texts) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> criteria = new LinkedHashSet<>();
        for (RuleInfo rule : rules) {
            if (!rule.path().equals(HOUSEHOLD_RULES)) {
                continue;
            }
            String where = "rule \"" + rule.name() + "\"";
            String criterion = rule.meta("criterion");
            if (criterion == null || criterion.isBlank()) {
                problems.add(new RuleProblem(rule.path(), 0, 0, where + " has no @criterion"));
                continue;
            }
            criteria.add(criterion);
            if (rule.meta("legalBasis") == null || rule.meta("legalBasis").isBlank()) {
                problems.add(new RuleProblem(rule.path(), 0, 0, where + " has no @legalBasis"));
            }
            String source = rule.meta("source");
            if (source == null || !source.startsWith("http") || !source.chars().allMatch(c -> c > 32 && c < 127)) {
                problems.add(new RuleProblem(rule.path(), 0, 0, where + " has no @source URL"));
            }
            if (!texts.containsKey(criterion)) {
                problems.add(new RuleProblem(DIR + "/criteria.yaml", 0, 0, "criterion '" + criterion
                        + "' of " + where + " has no texts"));
            }
        }
        for (String c : texts.keySet()) {
            if (!criteria.contains(c)) {
                problems.add(new RuleProblem(DIR + "/criteria.yaml", 0, 0, "criterion '" + c + "' has no rule"));
            }
            texts.get(c).forEach((status, text) -> {
                if (!Set.of("MET", "NOT_MET", "UNKNOWN").contains(status)) {
                    problems.add(new RuleProblem(DIR + "/criteria.yaml", 0, 0, c + ": unknown outcome " + status));
                } else if (!text.missingLanguages().isEmpty()) {
                    problems.add(new RuleProblem(DIR + "/criteria.yaml", 0, 0, c + "." + status + " misses "
                            + text.missingLanguages()));
                }
            });
        }
        for (String c : weights.points().keySet()) {
            if (!criteria.contains(c)) {
                problems.add(new RuleProblem(DIR + "/weights.yaml", 0, 0, "weight for unknown criterion '" + c + "'"));
            }
        }
        for (String p : REQUIRED_PARAMETERS) {
            if (!weights.parameters().containsKey(p)) {
                problems.add(new RuleProblem(DIR + "/weights.yaml", 0, 0, "parameters." + p + " is missing"));
            } else if (weights.parameters().get(p) < 0) {
                problems.add(new RuleProblem(DIR + "/weights.yaml", 0, 0, "parameters." + p + " is negative"));
            }
        }
        if (weights.points().getOrDefault("community.contact", 0) < 0) {
            problems.add(new RuleProblem(DIR + "/weights.yaml", 0, 0, "points.community.contact is negative"));
        }
        return problems;
    }

    public String version() {
        return version;
    }

    public Weights weights() {
        return weights;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** The text of a criterion's outcome in the language; null when the catalog has none. */
    public String text(String criterion, String status, String language) {
        Map<String, Localized> byStatus = texts.get(criterion);
        Localized l = byStatus == null ? null : byStatus.get(status);
        return l == null ? null : l.in(language);
    }

    public Map<String, Map<String, Localized>> texts() {
        return texts;
    }

    /** Runs the rules once per household and once per pledge (in chunks), never per pair. */
    public Classification classify(List<HouseholdFact> households, List<PledgeFact> pledges, LocalDate asOf) {
        List<Object> weightFacts = new ArrayList<>();
        weights.points().forEach((k, v) -> weightFacts.add(new Weight(k, v)));
        weights.parameters().forEach((k, v) -> weightFacts.add(new Weight(k, v)));
        Map<String, List<Requirement>> requirements = new HashMap<>();
        Map<String, List<Offer>> offers = new HashMap<>();
        Map<String, List<OfferUnknown>> unknowns = new HashMap<>();
        Set<String> fired = new java.util.TreeSet<>();
        households.forEach(h -> requirements.put(h.getId(), new ArrayList<>()));
        pledges.forEach(p -> {
            offers.put(p.getId(), new ArrayList<>());
            unknowns.put(p.getId(), new ArrayList<>());
        });
        for (int i = 0; i < households.size(); i += CHUNK) {
            List<Object> facts = new ArrayList<>(weightFacts);
            facts.addAll(households.subList(i, Math.min(households.size(), i + CHUNK)));
            Evaluation e = engine.evaluate(facts);
            fired.addAll(e.firedRules());
            e.all(Requirement.class).forEach(r -> requirements.get(r.householdId()).add(r));
        }
        for (int i = 0; i < pledges.size(); i += CHUNK) {
            List<Object> facts = new ArrayList<>();
            facts.add(new MatchDay(asOf));
            facts.addAll(pledges.subList(i, Math.min(pledges.size(), i + CHUNK)));
            Evaluation e = engine.evaluate(facts);
            fired.addAll(e.firedRules());
            e.all(Offer.class).forEach(o -> offers.get(o.pledgeId()).add(o));
            e.all(OfferUnknown.class).forEach(u -> unknowns.get(u.pledgeId()).add(u));
        }
        // working-memory order differs between runs: sort by explicit fields
        requirements.values().forEach(l -> l.sort(java.util.Comparator.comparing(Requirement::criterion)
                .thenComparing(Requirement::rule)));
        offers.values().forEach(l -> l.sort(java.util.Comparator.comparing(Offer::domain)
                .thenComparing(o -> String.valueOf(o.token())).thenComparing(o -> o.amount() == null ? 0 : o.amount())));
        unknowns.values().forEach(l -> l.sort(java.util.Comparator.comparing(OfferUnknown::domain)
                .thenComparing(OfferUnknown::missingField)));
        return new Classification(requirements, offers, unknowns, fired);
    }
}
