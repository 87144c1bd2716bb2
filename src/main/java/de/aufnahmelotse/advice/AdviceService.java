package de.aufnahmelotse.advice;

import de.aufnahmelotse.advice.AdviceResponse.AvailabilityResult;
import de.aufnahmelotse.advice.AdviceResponse.CriterionResult;
import de.aufnahmelotse.advice.AdviceResponse.FundingResult;
import de.aufnahmelotse.advice.AdviceResponse.FundingTermResult;
import de.aufnahmelotse.advice.AdviceResponse.HouseholdProgram;
import de.aufnahmelotse.advice.AdviceResponse.HouseholdResult;
import de.aufnahmelotse.advice.AdviceResponse.MissingResult;
import de.aufnahmelotse.advice.AdviceResponse.ObligationResult;
import de.aufnahmelotse.advice.AdviceResponse.PrefillResult;
import de.aufnahmelotse.advice.AdviceResponse.ProgramResult;
import de.aufnahmelotse.advice.AdviceResponse.RecommendationResult;
import de.aufnahmelotse.advice.AdviceResponse.StepResult;
import de.aufnahmelotse.advice.AdviceResponse.Trace;
import de.aufnahmelotse.catalog.Localized;
import de.aufnahmelotse.catalog.Period;
import de.aufnahmelotse.catalog.ProgramEntry;
import de.aufnahmelotse.catalog.StepDef;
import de.aufnahmelotse.catalog.Texts;
import de.aufnahmelotse.catalog.Verification;
import de.aufnahmelotse.engine.Evaluation;
import de.aufnahmelotse.facts.AsOf;
import de.aufnahmelotse.facts.Assumption;
import de.aufnahmelotse.facts.Criterion;
import de.aufnahmelotse.facts.Derived;
import de.aufnahmelotse.facts.Enums.Availability;
import de.aufnahmelotse.facts.Enums.CriterionStatus;
import de.aufnahmelotse.facts.Enums.ProgramStatus;
import de.aufnahmelotse.facts.FundingTerm;
import de.aufnahmelotse.facts.Household;
import de.aufnahmelotse.facts.HouseholdsInView;
import de.aufnahmelotse.facts.Obligation;
import de.aufnahmelotse.facts.Parameter;
import de.aufnahmelotse.facts.Question;
import de.aufnahmelotse.facts.Recommendation;
import de.aufnahmelotse.facts.Step;
import de.aufnahmelotse.facts.Verdict;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.Prefill;
import de.aufnahmelotse.ruleset.RuleSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Maps a request to facts, has the current rule set evaluate them and maps the conclusions back. The as-of date is
 * the request's, or today in Europe/Berlin from the injected clock; nothing else depends on time.
 */
public final class AdviceService {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final Comparator<ProgramResult> PROGRAM_ORDER = Comparator
            .comparing(ProgramResult::category).thenComparing(ProgramResult::status).thenComparing(ProgramResult::id);
    /** Phase, program, the step's order, id, title (null first); written out, as it sorts ~80 steps per answer. */
    private static final Comparator<StepResult> STEP_ORDER = AdviceService::compareSteps;
    /**
     * Conclusions reach the mapping in working-memory order, which differs between a fresh and a reused session:
     * every list is sorted by a total order, and duplicates are picked after sorting, so the answer never depends
     * on it.
     */
    private static final Comparator<Criterion> CRITERION_FACT_ORDER = Comparator.comparing(Criterion::getId)
            .thenComparing(Criterion::getSubject, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Criterion::getStatus)
            .thenComparing(Criterion::getMissingField, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Criterion::getRule);

    private final Supplier<RuleSet> ruleSet;
    private final Clock clock;
    /** The municipality directory for prefill; null when none is loaded. */
    private final MunicipalityDirectory directory;
    private final EvaluationObserver observer;
    /** Rendered conclusions of the current rule set, replaced with it. */
    private volatile RenderedConclusions rendered;

    /** Options of one call: language, whether to include NOT_ELIGIBLE programs, whether to list fired rules. */
    public record Options(String language, boolean includeAll, boolean trace) {
        public static Options defaults() {
            return new Options("de", false, false);
        }
    }

    public AdviceService(Supplier<RuleSet> ruleSet, Clock clock) {
        this(ruleSet, clock, null, EvaluationObserver.NONE);
    }

    /** With a directory, a request's {@code municipality.ags} is completed from it before evaluation. */
    public AdviceService(Supplier<RuleSet> ruleSet, Clock clock, MunicipalityDirectory directory) {
        this(ruleSet, clock, directory, EvaluationObserver.NONE);
    }

    /** With an observer that is told the rules fired and the time of every evaluation (metrics). */
    public AdviceService(Supplier<RuleSet> ruleSet, Clock clock, EvaluationObserver observer) {
        this(ruleSet, clock, null, observer);
    }

    public AdviceService(Supplier<RuleSet> ruleSet, Clock clock, MunicipalityDirectory directory,
                         EvaluationObserver observer) {
        this.ruleSet = ruleSet;
        this.clock = clock;
        this.directory = directory;
        this.observer = observer == null ? EvaluationObserver.NONE : observer;
    }

    public Optional<MunicipalityDirectory> directory() {
        return Optional.ofNullable(directory);
    }

    /** Statuses of one evaluation without rendering texts: what a nationwide screen needs per municipality. */
    public record Screening(LocalDate asOf, Map<String, ProgramStatus> statuses, Map<String, List<String>> missing,
                            Map<String, String> derived, PrefillResult prefill, Map<String, String> assumptions) {
        public Screening(LocalDate asOf, Map<String, ProgramStatus> statuses, Map<String, List<String>> missing,
                         Map<String, String> derived, PrefillResult prefill) {
            this(asOf, statuses, missing, derived, prefill, Map.of());
        }
    }

    public RuleSet ruleSet() {
        return ruleSet.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(BERLIN));
    }

    public AdviceResponse advise(AdviceRequest request, Options options) {
        RuleSet rules = ruleSet.get();
        LocalDate asOf = request.asOf() != null ? request.asOf() : today();
        PrefillResult prefill = prefill(request);
        Evaluation evaluation = evaluate(rules, asOf, request, options.trace());
        AdviceResponse r = toResponse(rules, asOf, evaluation, new Texts(rules.catalog().common(),
                options.language()), options);
        return prefill == null ? r : new AdviceResponse(r.rulesetVersion(), r.asOf(), r.language(), r.programs(),
                r.checklist(), r.recommendations(), r.experiences(), r.households(), r.derived(), r.trace(), prefill,
                r.assumptions());
    }

    /**
     * Evaluates like {@link #advise} (prefill included) but returns only each program's status, the request fields
     * it asks for, and the derived classifications — programs without a verdict count as NEEDS_INFO, as in advice.
     */
    public Screening screen(AdviceRequest request) {
        RuleSet rules = ruleSet.get();
        LocalDate asOf = request.asOf() != null ? request.asOf() : today();
        PrefillResult prefill = prefill(request);
        Evaluation ev = evaluate(rules, asOf, request, false);
        Map<String, ProgramStatus> statuses = new LinkedHashMap<>();
        for (ProgramEntry p : rules.catalog().programs()) {
            statuses.put(p.id(), ProgramStatus.NEEDS_INFO);
        }
        for (Verdict v : ev.all(Verdict.class)) {
            if (v.getSubject() == null) {
                statuses.put(v.getProgramId(), v.getStatus());
            }
        }
        Map<String, List<String>> missing = new java.util.TreeMap<>();
        for (Question q : ev.all(Question.class)) {
            List<String> fields = missing.computeIfAbsent(q.getProgramId(), k -> new ArrayList<>());
            if (!fields.contains(q.getField())) {
                fields.add(q.getField());
            }
        }
        missing.values().forEach(java.util.Collections::sort);
        Map<String, String> derived = new java.util.TreeMap<>();
        for (Derived d : ev.all(Derived.class)) {
            if (d.getSubject() == null) {
                derived.put(d.getName(), d.getValue());
            }
        }
        Map<String, String> assumptions = new java.util.TreeMap<>();
        for (Assumption a : ev.all(Assumption.class)) {
            assumptions.put(a.getField(), a.getValue());
        }
        return new Screening(asOf, statuses, missing, derived, prefill, assumptions);
    }

    /**
     * A traced evaluation runs in a fresh session, so it can name every rule that fired; any other reuses a session
     * that has already evaluated the catalog on the as-of date (same conclusions, proven by
     * IncrementalEvaluationTest).
     */
    private Evaluation evaluate(RuleSet rules, LocalDate asOf, AdviceRequest request, boolean fresh) {
        Evaluation evaluation = fresh
                ? rules.engine().evaluate(facts(rules, asOf, request))
                : rules.engine().evaluate(asOf, affinity(request), () -> baseFacts(rules, asOf), inputs(request));
        observer.evaluated(evaluation.rulesFired(), evaluation.evaluationMicros(), evaluation.incremental());
        return evaluation;
    }

    /** Completes the request's municipality from the directory; null when there is nothing to look up. */
    private PrefillResult prefill(AdviceRequest request) {
        if (directory == null || request.municipality() == null || request.municipality().getAgs() == null) {
            return null;
        }
        MunicipalityDirectory.Status s = directory.status();
        String ags = request.municipality().getAgs();
        return directory.byAgs(ags).map(e -> {
            List<Prefill.Filled> filled = Prefill.apply(request.municipality(), e);
            List<String> fields = new ArrayList<>(filled.size());
            List<AdviceResponse.PrefillSource> sources = new ArrayList<>(filled.size());
            MunicipalityDirectory.PopulationChangeStatus previous = s.populationChange();
            for (Prefill.Filled f : filled) {
                fields.add(f.field());
                boolean compared = f.origin() == Prefill.Origin.MUNICIPALITIES_COMPARED_WITH_PREVIOUS
                        && previous != null;
                sources.add(new AdviceResponse.PrefillSource(f.field(), s.file(), s.referenceDate(),
                        compared ? previous.file() : null, compared ? previous.referenceDate() : null));
            }
            return new PrefillResult(s.source(), s.file(), s.referenceDate(), ags, true, fields, sources);
        }).orElseGet(() -> new PrefillResult(s.source(), s.file(), s.referenceDate(), ags, false, List.of(),
                List.of()));
    }

    /**
     * Facts every evaluation on {@code asOf} starts from: the catalog, the date, the parameters in force and the
     * Königsteiner Schlüssel year in use as parameters of the table's program ({@code share<Land>},
     * {@code keyYear}: the newest recorded year not after the as-of year; the rules say when it is an older one).
     */
    private static List<Object> baseFacts(RuleSet rules, LocalDate asOf) {
        List<Object> facts = new ArrayList<>(rules.catalogFacts());
        facts.add(new AsOf(asOf));
        for (ProgramEntry p : rules.catalog().programs()) {
            facts.addAll(p.parametersOn(asOf));
        }
        String keyProgram = rules.koenigsteiner().programId();
        if (keyProgram != null) {
            rules.koenigsteiner().forYear(asOf.getYear()).ifPresent(k -> {
                LocalDate from = LocalDate.of(k.year(), 1, 1);
                k.sharesPct().forEach((land, pct) -> facts.add(
                        new Parameter(keyProgram, "share" + land.name(), pct.doubleValue(), from, k.source())));
                facts.add(new Parameter(keyProgram, "keyYear", k.year(), from, k.source()));
            });
        }
        return facts;
    }

    /**
     * Which reused session suits a request best: one that last evaluated the same Land, as a Land's programs make
     * most of what changes between two requests. Only speed depends on it.
     */
    private static Object affinity(AdviceRequest request) {
        return request.municipality() == null ? null : request.municipality().getState();
    }

    /** The request's own facts. */
    private static List<Object> inputs(AdviceRequest request) {
        List<Object> facts = new ArrayList<>();
        if (request.municipality() != null) {
            facts.add(request.municipality());
        }
        if (request.sponsorGroup() != null) {
            facts.add(request.sponsorGroup());
        }
        facts.addAll(request.households());
        facts.add(HouseholdsInView.of(request.households()));
        if (request.project() != null) {
            facts.add(request.project());
        }
        return facts;
    }

    private static List<Object> facts(RuleSet rules, LocalDate asOf, AdviceRequest request) {
        List<Object> facts = baseFacts(rules, asOf);
        facts.addAll(inputs(request));
        return facts;
    }

    private RenderedConclusions rendered(RuleSet rules) {
        RenderedConclusions r = rendered;
        if (r == null || !r.isFor(rules)) {
            r = new RenderedConclusions(rules);
            rendered = r;
        }
        return r;
    }

    private AdviceResponse toResponse(RuleSet rules, LocalDate asOf, Evaluation ev, Texts texts, Options options) {
        RenderedConclusions memo = rendered(rules);
        Map<String, ProgramStatus> verdicts = new HashMap<>();
        Map<String, Map<String, ProgramStatus>> householdVerdicts = new LinkedHashMap<>();
        for (Verdict v : ev.all(Verdict.class)) {
            if (v.getSubject() == null) {
                verdicts.put(v.getProgramId(), v.getStatus());
            } else {
                householdVerdicts.computeIfAbsent(v.getSubject(), k -> new LinkedHashMap<>())
                        .put(v.getProgramId(), v.getStatus());
            }
        }
        Map<String, List<Criterion>> criteria = group(ev.all(Criterion.class), Criterion::getProgramId);
        Map<String, List<Question>> questions = group(ev.all(Question.class), Question::getProgramId);
        Map<String, List<Obligation>> obligations = group(ev.all(Obligation.class), Obligation::getProgramId);
        Map<String, List<FundingTerm>> funding = group(ev.all(FundingTerm.class), FundingTerm::getProgramId);

        List<ProgramResult> programs = new ArrayList<>();
        for (ProgramEntry p : rules.catalog().programs()) {
            ProgramStatus status = verdicts.getOrDefault(p.id(), ProgramStatus.NEEDS_INFO);
            List<Criterion> own = criteria.getOrDefault(p.id(), List.of());
            if (status == ProgramStatus.NOT_ELIGIBLE && !options.includeAll() && !onlyUnavailable(own)) {
                continue;
            }
            List<Question> asked = questions.getOrDefault(p.id(), List.of());
            List<Obligation> owed = obligations.getOrDefault(p.id(), List.of());
            List<FundingTerm> terms = funding.getOrDefault(p.id(), List.of());
            programs.add(memo.program(p.id(), status, asOf, texts.language(), List.of(own, asked, owed, terms),
                    () -> program(rules, memo, p, status, asOf, own, asked, owed, terms, texts)));
        }
        programs.sort(PROGRAM_ORDER);

        List<StepResult> checklist = new ArrayList<>();
        for (Step s : ev.all(Step.class)) {
            ProgramEntry p = rules.catalog().program(s.getProgramId()).orElseThrow();
            StepDef def = p.steps().getOrDefault(s.getId(), rules.catalog().common().steps().get(s.getId()));
            if (def == null) {
                throw new IllegalStateException("rule \"" + s.getRule() + "\" concludes step '" + s.getId()
                        + "' that " + p.file() + " does not define");
            }
            checklist.add(memo.get(s, texts.language(), () -> new StepResult(s.getId(), p.id(), def.order(),
                    def.phase(), def.responsible(), texts.render(def.title(), s.getParams()),
                    def.documents().stream().map(d -> texts.render(d, s.getParams())).toList(), def.dependsOn(),
                    texts.render(def.deadline(), s.getParams()),
                    firstNonNull(def.legalBasis(), s.getLegalBasis(), p.legalBasis()),
                    firstNonNull(def.source(), s.getSource(), p.source()))));
        }
        checklist.sort(STEP_ORDER);

        List<RecommendationResult> recommendations = new ArrayList<>();
        List<RecommendationResult> experiences = new ArrayList<>();
        for (Recommendation r : ev.all(Recommendation.class)) {
            RecommendationResult result = memo.get(r, texts.language(), () -> new RecommendationResult(r.getId(),
                    texts.render(rules.catalog().program(r.getProgramId())
                            .map(p -> p.recommendations().get(r.getId())).orElse(null), r.getParams()),
                    r.getLegalBasis(), r.getSource()));
            (r.isExperience() ? experiences : recommendations).add(result);
        }
        Comparator<RecommendationResult> byIdAndTitle = Comparator.comparing(RecommendationResult::id)
                .thenComparing(RecommendationResult::title, Comparator.nullsFirst(Comparator.naturalOrder()));
        recommendations.sort(byIdAndTitle);
        experiences.sort(byIdAndTitle);

        List<HouseholdResult> households = householdVerdicts.entrySet().stream()
                .map(e -> new HouseholdResult(e.getKey(), e.getValue().entrySet().stream()
                        .map(x -> new HouseholdProgram(x.getKey(), x.getValue()))
                        .sorted(Comparator.comparing(HouseholdProgram::programId)).toList()))
                .sorted(Comparator.comparing(HouseholdResult::id)).toList();

        List<AdviceResponse.DerivedResult> derived = ev.all(Derived.class).stream()
                .map(d -> new AdviceResponse.DerivedResult(d.getName(), d.getValue(), d.getSubject()))
                .sorted(Comparator.comparing(AdviceResponse.DerivedResult::name)
                        .thenComparing(d -> d.householdId() == null ? "" : d.householdId()))
                .toList();
        Trace trace = new Trace(ev.rulesFired(), ev.evaluationMicros(), options.trace() ? ev.firedRules() : null,
                ev.incremental());
        return new AdviceResponse(rules.version(), asOf, texts.language(), programs, checklist, recommendations,
                experiences, households, derived, trace, null, assumptions(rules, ev, texts));
    }

    private static int compareSteps(StepResult a, StepResult b) {
        int c = a.phase().compareTo(b.phase());
        if (c == 0) {
            c = a.programId().compareTo(b.programId());
        }
        if (c == 0) {
            c = Integer.compare(a.order(), b.order());
        }
        if (c == 0) {
            c = a.id().compareTo(b.id());
        }
        if (c == 0 && a.title() != b.title()) {
            c = a.title() == null ? -1 : b.title() == null ? 1 : a.title().compareTo(b.title());
        }
        return c;
    }

    /** Every assumption once, with the programs that relied on it, sorted by field, value and id. */
    private static List<AdviceResponse.AssumptionResult> assumptions(RuleSet rules, Evaluation ev, Texts texts) {
        Map<List<String>, java.util.SortedSet<String>> programs = new java.util.TreeMap<>(
                Comparator.<List<String>, String>comparing(k -> k.get(1)).thenComparing(k -> k.get(2))
                        .thenComparing(k -> k.get(0)));
        for (Assumption a : ev.all(Assumption.class)) {
            programs.computeIfAbsent(List.of(a.getId(), a.getField(), a.getValue()), k -> new java.util.TreeSet<>())
                    .add(a.getProgramId());
        }
        List<AdviceResponse.AssumptionResult> result = new ArrayList<>();
        programs.forEach((k, ids) -> {
            Localized reason = rules.catalog().common().assumptions().get(k.get(0));
            if (reason == null) {
                throw new IllegalStateException("an assumption '" + k.get(0)
                        + "' was concluded that rules/common/texts.yaml does not define under assumptions:");
            }
            result.add(new AdviceResponse.AssumptionResult(k.get(0), k.get(1), k.get(2),
                    texts.render(reason, Map.of("value", k.get(2))), List.copyOf(ids)));
        });
        return result;
    }

    /** A NOT_ELIGIBLE program whose only blocking reason is its availability: shown by default with its status. */
    private static boolean onlyUnavailable(List<Criterion> criteria) {
        List<Criterion> blocking = criteria.stream()
                .filter(c -> c.getStatus() == CriterionStatus.NOT_MET && c.isBlocking() && c.getSubject() == null)
                .toList();
        return !blocking.isEmpty() && blocking.stream().allMatch(c -> c.getId().equals("availability"));
    }

    private ProgramResult program(RuleSet rules, RenderedConclusions memo, ProgramEntry p, ProgramStatus status,
                                  LocalDate asOf, List<Criterion> criteria, List<Question> questions,
                                  List<Obligation> obligations, List<FundingTerm> funding, Texts texts) {
        AvailabilityResult availability = null;
        List<CriterionResult> criterionResults = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Criterion c : criteria.stream().sorted(CRITERION_FACT_ORDER).toList()) {
            // one criterion can be UNKNOWN for several missing inputs: show it once, ask for each input
            if (!seen.add(c.getId() + "@" + c.getSubject() + "=" + c.getStatus())) {
                continue;
            }
            if (c.getId().equals("availability")) {
                availability = availability(p, c, texts);
                criterionResults.add(availabilityCriterion(rules, p, c, availability, asOf, texts));
            } else {
                criterionResults.add(memo.get(c, texts.language(), () -> criterion(rules, p, c, texts)));
            }
        }
        criterionResults.sort(Comparator.comparing((CriterionResult c) -> !c.id().equals("availability"))
                .thenComparing(c -> c.householdId() == null ? "" : c.householdId())
                .thenComparing(CriterionResult::id).thenComparing(CriterionResult::status)
                .thenComparing(CriterionResult::explanation, Comparator.nullsFirst(Comparator.naturalOrder())));

        List<MissingResult> missing = questions.stream()
                .map(q -> new MissingResult(q.getField(), q.getSubject(), question(rules, p, q.getField(), texts)))
                .sorted(Comparator.comparing(MissingResult::field)
                        .thenComparing(m -> m.householdId() == null ? "" : m.householdId()))
                .toList();
        List<ObligationResult> obligationResults = obligations.stream()
                .map(o -> new ObligationResult(o.getId(), texts.render(text(p.obligations(),
                        rules.catalog().common().obligations(), o.getId(), o.getRule(), p), o.getParams()),
                        cents(o.getAmountEur()), o.getMonths(), o.getSubject(), firstNonNull(o.getLegalBasis(), p.legalBasis()),
                        firstNonNull(o.getSource(), p.source())))
                .sorted(Comparator.comparing(ObligationResult::id)
                        .thenComparing(o -> o.householdId() == null ? "" : o.householdId())
                        .thenComparing(ObligationResult::text, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        FundingResult fundingResult = funding.isEmpty() ? null : new FundingResult(funding.stream()
                .map(f -> new FundingTermResult(f.getId(), texts.render(text(p.funding(),
                        rules.catalog().common().funding(), f.getId(), f.getRule(), p), f.getParams()),
                        cents(f.getRatePct()), cents(f.getGrantEur()), amount(f, "cost"), amount(f, "ownShare"),
                        firstNonNull(f.getLegalBasis(), p.legalBasis()), firstNonNull(f.getSource(), p.source())))
                .sorted(Comparator.comparing(FundingTermResult::id)
                        .thenComparing(FundingTermResult::text, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList());
        return new ProgramResult(p.id(), p.name().in(texts.language()), p.category(), p.level(), status,
                availability, p.summary() == null ? null : p.summary().in(texts.language()), List.copyOf(criterionResults),
                missing, obligationResults, fundingResult, p.legalBasis(), p.source(), p.validFrom(),
                p.validUntil(), Verification.of(p, asOf, texts));
    }

    /** The availability criterion: the program's status on the as-of date, in the program's own words. */
    private static CriterionResult availabilityCriterion(RuleSet rules, ProgramEntry p, Criterion c,
                                                         AvailabilityResult availability, LocalDate asOf,
                                                         Texts texts) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("status", texts.label("Availability." + availability.status()));
        params.put("note", availability.note() == null ? "" : availability.note());
        params.put("since", availability.from() == null ? ""
                : " " + texts.render(texts.labelText("since"), Map.of("date", availability.from())));
        String explanation = texts.render(p.criteria().containsKey("availability")
                ? p.criteria().get("availability").get(c.getStatus().name())
                : rulesText(rules, "availability", c.getStatus()), params);
        return new CriterionResult(c.getId(), c.getStatus(), c.isBlocking(), c.getSubject(), explanation,
                p.legalBasis(), firstNonNull(c.getSource(), p.source()));
    }

    /** A criterion other than availability, as the answer shows it. */
    private static CriterionResult criterion(RuleSet rules, ProgramEntry p, Criterion c, Texts texts) {
        Map<String, Localized> byStatus = p.criteria().containsKey(c.getId()) ? p.criteria().get(c.getId())
                : rules.catalog().common().criteria().get(c.getId());
        Localized text = byStatus == null ? null : byStatus.get(c.getStatus().name());
        if (text == null) {
            throw new IllegalStateException("rule \"" + c.getRule() + "\" concludes criterion '" + c.getId()
                    + "' " + c.getStatus() + " without a text in " + p.file());
        }
        return new CriterionResult(c.getId(), c.getStatus(), c.isBlocking(), c.getSubject(),
                texts.render(text, c.getParams()), firstNonNull(c.getLegalBasis(), p.legalBasis()),
                firstNonNull(c.getSource(), p.source()));
    }

    private static Localized rulesText(RuleSet rules, String id, CriterionStatus status) {
        Map<String, Localized> byStatus = rules.catalog().common().criteria().get(id);
        return byStatus == null ? null : byStatus.get(status.name());
    }

    private static String question(RuleSet rules, ProgramEntry p, String field, Texts texts) {
        Localized q = rules.catalog().question(p, field);
        if (q == null) {
            throw new IllegalStateException("no question text for field '" + field
                    + "' in rules/common/texts.yaml or any program's questions");
        }
        return q.in(texts.language());
    }

    private static Double amount(FundingTerm term, String key) {
        Object value = term.getParams().get(key);
        return value instanceof Number n ? cents(n.doubleValue()) : null;
    }

    /** Money and rates leave the service rounded to the cent (1/3 shares would otherwise show 0.00000000006). */
    static Double cents(Double value) {
        // a rule dividing by zero (a municipality of 0 inhabitants) must not turn into NaN or an exception here
        return value == null || !Double.isFinite(value) ? null
                : java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Localized text(Map<String, Localized> texts, Map<String, Localized> common, String id, String rule,
                                  ProgramEntry p) {
        Localized text = texts.containsKey(id) ? texts.get(id) : common.get(id);
        if (text == null) {
            throw new IllegalStateException("rule \"" + rule + "\" concludes '" + id + "' without a text in "
                    + p.file());
        }
        return text;
    }

    private static AvailabilityResult availability(ProgramEntry p, Criterion c, Texts texts) {
        int index = ((Number) c.getParams().get("period")).intValue();
        if (index < 0) {
            return new AvailabilityResult(Availability.CLOSED, null, null,
                    texts.render(texts.labelText("notInForce"), Map.of("from", p.validFrom())), p.source());
        }
        Period period = p.periods().get(index);
        return new AvailabilityResult(period.status(), period.from(), period.until(),
                period.note() == null ? null : period.note().in(texts.language()), period.source());
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key));
    }
}
