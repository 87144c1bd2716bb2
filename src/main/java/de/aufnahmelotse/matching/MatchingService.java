package de.aufnahmelotse.matching;

import de.aufnahmelotse.advice.InvalidRequestException;
import de.aufnahmelotse.advice.InvalidRequestException.FieldError;
import de.aufnahmelotse.distribution.KoenigsteinerSchluessel;
import de.aufnahmelotse.facts.Land;
import de.aufnahmelotse.municipalities.MunicipalityDirectory;
import de.aufnahmelotse.municipalities.MunicipalityEntry;
import de.aufnahmelotse.ruleset.RuleSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Request → rules (once per household and pledge) → pair judgements → solver → fallback by the key → answer, plus
 * the same cohort by the key alone. Decides nothing itself: criteria come from the rules, weights from
 * weights.yaml, the assignment from the solver, the fallback from the key tables.
 */
public final class MatchingService {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MatchingService.class);
    /** A cap: the solver's phases are bounded by counts and end earlier (2,000 × 400: about 6 s, 10,000 × 2,000: 50 s). */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 60;
    static final int ALTERNATIVES = 3;

    private final Supplier<MatchingRules> rules;
    private final Supplier<Optional<MunicipalityDirectory>> directory;
    private final IntFunction<Optional<LandKey>> keys;
    private final Clock clock;
    private final Duration maxRun;

    public MatchingService(Supplier<MatchingRules> rules, Supplier<Optional<MunicipalityDirectory>> directory,
                           IntFunction<Optional<LandKey>> keys, Clock clock) {
        this(rules, directory, keys, clock, Duration.ofSeconds(120));
    }

    /** {@code maxRun} caps {@code options.timeLimitSeconds} (tests and fuzzing run short). */
    public MatchingService(Supplier<MatchingRules> rules, Supplier<Optional<MunicipalityDirectory>> directory,
                           IntFunction<Optional<LandKey>> keys, Clock clock, Duration maxRun) {
        this.maxRun = maxRun;
        this.rules = rules;
        this.directory = directory;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The matching rules of the rule set currently served: compiled from its directory's {@code matching/} folder
     * when the rule-set version (the content hash of all of {@code rules/}, matching included) changes.
     */
    public static Supplier<MatchingRules> following(Supplier<RuleSet> ruleSets) {
        return new Supplier<>() {
            private String version;
            private MatchingRules current;

            @Override
            public synchronized MatchingRules get() {
                RuleSet rs = ruleSets.get();
                if (current == null || !rs.version().equals(version)) {
                    try {
                        current = MatchingRules.load(rs.directory());
                    } catch (de.aufnahmelotse.engine.RuleCompilationException e) {
                        // a broken rules/matching/ (check-rules names it): the route answers 503, the advice works on
                        LOG.warn("matching rules not loaded: {}", e.problems());
                        throw new de.aufnahmelotse.ruleset.RulesNotLoadedException();
                    }
                    version = rs.version();
                }
                return current;
            }
        };
    }

    /**
     * The service as the app runs it: the matching rules and the Königsteiner table
     * ({@code rules/data/koenigsteiner-schluessel.yaml}) follow the rule set served and are reloaded with it.
     */
    public static MatchingService forRuleSets(Supplier<RuleSet> ruleSets,
                                              Supplier<Optional<MunicipalityDirectory>> directory, Clock clock) {
        Supplier<MatchingRules> rules = following(ruleSets);
        Supplier<KoenigsteinerSchluessel> table = new Supplier<>() {
            private String version;
            private KoenigsteinerSchluessel current;

            @Override
            public synchronized KoenigsteinerSchluessel get() {
                RuleSet rs = ruleSets.get();
                if (current == null || !rs.version().equals(version)) {
                    try {
                        current = KoenigsteinerSchluessel.load(rs.directory());
                    } catch (KoenigsteinerSchluessel.TableException e) {
                        LOG.warn("Königsteiner table not loaded: {}", e.problems());
                        throw new de.aufnahmelotse.ruleset.RulesNotLoadedException();
                    }
                    version = rs.version();
                }
                return current;
            }
        };
        return new MatchingService(rules, directory, year -> keyFor(table.get(), year), clock);
    }

    /** The table's year for {@code year} (the newest recorded year not after it) as a {@link LandKey}. */
    public static Optional<LandKey> keyFor(KoenigsteinerSchluessel table, int year) {
        return table.forYear(year).map(k -> new LandKey(k.year(), k.sharesPct(), k.source(), k.exactYear()));
    }

    public MatchResponse match(MatchRequest request, String language) {
        boolean de = !"en".equals(language);
        MatchingRules r = rules.get();
        LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now(clock.withZone(BERLIN));
        MunicipalityDirectory dir = directory.get().orElse(null);
        Cohort cohort = new Cohort(r, request, asOf, ags -> dir == null ? null
                : dir.byAgs(ags).map(MunicipalityEntry::degreeOfUrbanisation).orElse(null));
        checkLocked(cohort, r, language);
        Duration limit = Duration.ofSeconds(request.options().timeLimitSeconds() != null
                ? request.options().timeLimitSeconds() : DEFAULT_TIME_LIMIT_SECONDS);
        limit = limit.compareTo(maxRun) > 0 ? maxRun : limit;
        int cap = r.weights().parameter("communityCapHouseholds");
        int communityPoints = r.weights().points().getOrDefault("community.contact", 0);
        AssignmentSolver.Result result = AssignmentSolver.solve(cohort, limit, cap,
                communityPoints);
        if (!result.lockProblems().isEmpty()) {
            throw MatchRequestParser.invalid(de, result.lockProblems().stream().map(p -> new FieldError(
                    "options.locked[" + p.index() + "]", de ? p.reasonDe() : p.reasonEn())).toList());
        }
        Optional<LandKey> landKey = keys.apply(asOf.getYear());
        KeyFallback key = landKey.map(k -> new KeyFallback(k, dir)).orElse(null);
        int nh = cohort.households.size();
        int np = cohort.pledges.size();
        Slot[] slots = result.slots();

        // fallback by the key, in request order
        List<Integer> fallbackHouseholds = new ArrayList<>();
        for (int h = 0; h < nh; h++) {
            if (slots[h] == null) {
                fallbackHouseholds.add(h);
            }
        }
        List<KeyFallback.Target> targets = key == null ? List.of() : key.assign(fallbackHouseholds.stream()
                .mapToInt(h -> cohort.households.get(h).size()).toArray());
        Map<Integer, KeyFallback.Target> targetOf = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            targetOf.put(fallbackHouseholds.get(i), targets.get(i));
        }

        int[] used = new int[np];
        Map<Integer, List<String>> placedAt = new TreeMap<>();
        for (int h = 0; h < nh; h++) {
            if (slots[h] != null) {
                int p = slots[h].getPledge().index();
                used[p] += cohort.households.get(h).size();
                placedAt.computeIfAbsent(p, k -> new ArrayList<>()).add(cohort.households.get(h).id());
            }
        }
        java.util.Set<String> lockedIds = new java.util.HashSet<>();
        request.options().locked().forEach(pair -> lockedIds.add(pair.get(0)));
        List<MatchResponse.Assignment> assignments = new ArrayList<>();
        Map<String, MatchResponse.Criterion> criteria = new TreeMap<>();
        for (int h = 0; h < nh; h++) {
            MatchRequest.Household hh = cohort.households.get(h);
            Slot s = slots[h];
            int p = s == null ? -1 : s.getPledge().index();
            List<MatchResponse.Reason> reasons = new ArrayList<>();
            List<String> concerns = new ArrayList<>();
            if (p >= 0) {
                for (PairEvaluator.Judgement j : cohort.pairs.judge(h, p)) {
                    reasons.add(reason(r, j, language, criteria));
                    if (j.status() == PairEvaluator.Status.UNKNOWN && j.requirement().kind() == Requirement.Kind.KNOCKOUT) {
                        concerns.add(r.text(j.requirement().criterion(), "UNKNOWN", language));
                    }
                }
            }
            int fit = p >= 0 ? cohort.pairs.fitIfFeasible(h, p) : 0;
            List<MatchResponse.Alternative> alternatives = new ArrayList<>();
            int[] cand = result.bestPledges()[h];
            for (int i = 0; i < cand.length && alternatives.size() < ALTERNATIVES; i++) {
                if (cand[i] != p) {
                    int f = result.bestFits()[h][i];
                    alternatives.add(new MatchResponse.Alternative(cohort.pledges.get(cand[i]).id(), f,
                            f - fit, cohort.pledges.get(cand[i]).places() - used[cand[i]]));
                }
            }
            MatchResponse.Fallback fallback = null;
            if (p < 0) {
                KeyFallback.Target t = targetOf.get(h);
                String why = cand.length == 0 ? noPledgeReason(cohort, h, r, language)
                        : de ? "Die passenden Zusagen sind in diesem Vorschlag belegt oder bringen keine positive Passung."
                        : "The pledges that fit are taken in this proposal or bring no positive fit.";
                fallback = new MatchResponse.Fallback(t == null ? null : t.land().name(), t == null ? null : t.unitAgs(),
                        t == null ? null : t.unitName(), t == null ? null : t.unitKind(),
                        t == null ? "NO_KEY_TABLE" : t.method(),
                        t == null ? why + (de ? " Für das Jahr " + asOf.getYear() + " ist kein Königsteiner Schlüssel geladen."
                                : " No Königsteiner Schlüssel is loaded for " + asOf.getYear() + ".") : why,
                        landKey.map(LandKey::year).orElse(null), landKey.map(LandKey::exactYear).orElse(null));
                concerns.add(de ? "Keine Zusage: Verteilung nach dem Schlüssel." : "No pledge: distribution by the key.");
            }
            assignments.add(new MatchResponse.Assignment(hh.id(), hh.size(), p < 0 ? null : cohort.pledges.get(p).id(),
                    s == null ? null : s.getDwellingId(), p < 0 ? null : cohort.pledges.get(p).ags(),
                    p < 0 ? null : fit, lockedIds.contains(hh.id()), reasons, concerns, alternatives, fallback));
        }
        List<MatchResponse.PledgeUse> pledgeUses = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            MatchRequest.Pledge pl = cohort.pledges.get(p);
            List<String> taken = new ArrayList<>();
            for (int h = 0; h < nh; h++) {
                if (slots[h] != null && slots[h].getPledge().index() == p && slots[h].getDwellingId() != null) {
                    taken.add(slots[h].getDwellingId());
                }
            }
            List<String> unused = pl.dwellings() == null ? List.of() : pl.dwellings().stream()
                    .map(MatchRequest.Dwelling::id).filter(id -> !taken.contains(id)).sorted().toList();
            List<String> hs = placedAt.getOrDefault(p, List.of()).stream().sorted().toList();
            pledgeUses.add(new MatchResponse.PledgeUse(pl.id(), pl.ags(), pl.places(), used[p], pl.places() - used[p],
                    hs, unused));
        }
        int[] proposalPledge = new int[nh];
        for (int h = 0; h < nh; h++) {
            proposalPledge[h] = slots[h] == null ? -1 : slots[h].getPledge().index();
        }
        MatchResponse.Metrics proposalMetrics = metrics(cohort, proposalPledge, result.totalFit());
        int[] baselinePledge = baseline(cohort, key, dir);
        long baselineFit = 0;
        for (int h = 0; h < nh; h++) {
            baselineFit += baselinePledge[h] < 0 ? 0 : cohort.pairs.fit(h, baselinePledge[h]);
        }
        MatchResponse.Baseline baseline = new MatchResponse.Baseline(baselineMethod(key, de),
                metrics(cohort, baselinePledge, baselineFit));
        int persons = cohort.households.stream().mapToInt(MatchRequest.Household::size).sum();
        long bound = Math.min(result.upperBoundLagrangian(), result.upperBoundBestPledge());
        double gap = bound <= 0 ? 0 : Math.round(10000.0 * (bound - result.totalFit()) / bound) / 100.0;
        MatchResponse.Summary summary = new MatchResponse.Summary(nh, persons, proposalMetrics.householdsWithPledge(),
                proposalMetrics.personsWithPledge(), proposalMetrics.fallback(), result.totalFit(), bound,
                result.upperBoundBestPledge(), gap, "LAGRANGIAN_RELAXATION");
        MatchResponse.KeyInfo keyInfo = landKey.map(k -> new MatchResponse.KeyInfo("Königsteiner Schlüssel",
                        k.year(), k.exactYear(), k.source(), sharesByCode(k), withinLand(de)))
                .orElse(new MatchResponse.KeyInfo("Königsteiner Schlüssel", null, null, null, null, withinLand(de)));
        return new MatchResponse(true, notice(de), asOf, r.version(), r.weights(), result.settings(), keyInfo,
                method(de), summary, criteria, assignments, pledgeUses, proposalMetrics, baseline);
    }

    private static Map<String, BigDecimal> sharesByCode(LandKey k) {
        Map<String, BigDecimal> out = new TreeMap<>();
        k.sharesPct().forEach((l, v) -> out.put(l.name(), v));
        return out;
    }

    private void checkLocked(Cohort cohort, MatchingRules r, String language) {
        boolean de = !"en".equals(language);
        List<FieldError> errors = new ArrayList<>();
        List<List<String>> locked = cohort.request.options().locked();
        for (int i = 0; i < locked.size(); i++) {
            int h = cohort.household(locked.get(i).get(0));
            int p = cohort.pledge(locked.get(i).get(1));
            List<String> notMet = new ArrayList<>();
            for (PairEvaluator.Judgement j : cohort.pairs.judge(h, p)) {
                if (j.requirement().kind() == Requirement.Kind.KNOCKOUT && j.status() == PairEvaluator.Status.NOT_MET) {
                    notMet.add(j.requirement().criterion() + ": " + r.text(j.requirement().criterion(), "NOT_MET",
                            language));
                }
            }
            if (!notMet.isEmpty()) {
                errors.add(new FieldError("options.locked[" + i + "]", (de
                        ? "Das feste Paar verletzt ein Ausschlusskriterium – " : "The locked pair violates a knock-out – ")
                        + String.join("; ", notMet)));
            }
        }
        if (!errors.isEmpty()) {
            throw MatchRequestParser.invalid(de, errors);
        }
    }

    /** Why no pledge could take the household: its knock-outs NOT_MET, counted over the pledges. */
    private static String noPledgeReason(Cohort cohort, int h, MatchingRules r, String language) {
        boolean de = !"en".equals(language);
        if (cohort.pledges.isEmpty()) {
            return de ? "Es liegt keine Zusage vor." : "There is no pledge.";
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (int p = 0; p < cohort.pledges.size(); p++) {
            for (PairEvaluator.Judgement j : cohort.pairs.judge(h, p)) {
                if (j.requirement().kind() == Requirement.Kind.KNOCKOUT && j.status() == PairEvaluator.Status.NOT_MET) {
                    counts.merge(j.requirement().criterion(), 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder(de ? "Keine Zusage erfüllt alle Ausschlusskriterien" :
                "No pledge meets every knock-out");
        if (!counts.isEmpty()) {
            sb.append(de ? " (nicht erfüllt bei " : " (not met at ");
            List<String> parts = new ArrayList<>();
            counts.forEach((c, n) -> parts.add(c + ": " + n + (de ? " von " : " of ") + cohort.pledges.size()));
            sb.append(String.join(", ", parts)).append(')');
        } else {
            sb.append(de ? " (alle verboten, keine Wohnung passt, oder keine bringt eine positive Passung)"
                    : " (all forbidden, no dwelling fits, or none brings a positive fit)");
        }
        return sb.append('.').toString();
    }

    /** The reason, its criterion entered into the answer's criteria (texts and legal bases, once each). */
    private static MatchResponse.Reason reason(MatchingRules r, PairEvaluator.Judgement j, String language,
                                               Map<String, MatchResponse.Criterion> criteria) {
        Requirement q = j.requirement();
        MatchResponse.Criterion c = criteria.computeIfAbsent(q.criterion(), k -> {
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            for (PairEvaluator.Status st : PairEvaluator.Status.values()) {
                String text = r.text(k, st.name(), language);
                if (text != null) {
                    texts.put(st.name(), text);
                }
            }
            return new MatchResponse.Criterion(q.kind().name(), texts, new ArrayList<>());
        });
        MatchResponse.Basis basis = new MatchResponse.Basis(q.legalBasis(), q.source());
        int b = c.bases().indexOf(basis);
        if (b < 0) {
            b = c.bases().size();
            c.bases().add(basis);
        }
        return new MatchResponse.Reason(q.criterion(), j.status().name(), j.points(), j.missingField(), b);
    }

    MatchResponse.Metrics metrics(Cohort cohort, int[] pledgeOf, long totalFit) {
        int violations = 0;
        Map<String, Integer> byCriterion = new TreeMap<>();
        int households = 0;
        int persons = 0;
        int withSponsor = 0;
        for (int h = 0; h < pledgeOf.length; h++) {
            int p = pledgeOf[h];
            if (p < 0) {
                continue;
            }
            households++;
            persons += cohort.households.get(h).size();
            if (cohort.pairs.met(h, p, "sponsor.support")) {
                withSponsor++;
            }
            boolean violated = false;
            for (PairEvaluator.Judgement j : cohort.pairs.judge(h, p)) {
                if (j.requirement().kind() == Requirement.Kind.KNOCKOUT && j.status() == PairEvaluator.Status.NOT_MET) {
                    byCriterion.merge(j.requirement().criterion(), 1, Integer::sum);
                    violated = true;
                }
            }
            violations += violated ? 1 : 0;
        }
        long places = cohort.pledges.stream().mapToLong(MatchRequest.Pledge::places).sum();
        int n = pledgeOf.length;
        return new MatchResponse.Metrics(totalFit, violations, byCriterion, households, persons,
                n == 0 ? 0 : round3((double) withSponsor / n), places == 0 ? 0 : round3((double) persons / places),
                n - households);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * The same cohort by the key alone, over the pledged places: households in request order, each to the pledge most
     * under-served by its key share (its Land's Königsteiner share over the Länder with pledges, split inside the Land
     * by the Land key of its municipality; equal shares without a key table or directory) among those with places
     * left — needs, dwellings and fit are not looked at. Households no pledge has room for fall back.
     */
    static int[] baseline(Cohort cohort, KeyFallback key, MunicipalityDirectory dir) {
        int np = cohort.pledges.size();
        double[] weight = new double[np];
        if (key == null) {
            java.util.Arrays.fill(weight, 1.0);
        } else {
            Map<Land, List<Integer>> byLand = new EnumMap<>(Land.class);
            List<Integer> noLand = new ArrayList<>();
            for (int p = 0; p < np; p++) {
                String ags = cohort.pledges.get(p).ags();
                Land l = ags == null ? null : Land.fromAgsPrefix(ags.substring(0, 2));
                if (l == null) {
                    noLand.add(p);
                } else {
                    byLand.computeIfAbsent(l, k -> new ArrayList<>()).add(p);
                }
            }
            double landTotal = byLand.keySet().stream().mapToDouble(l -> key.key().sharesPct()
                    .getOrDefault(l, BigDecimal.ZERO).doubleValue()).sum();
            byLand.forEach((land, ps) -> {
                double landShare = landTotal == 0 ? 1.0 / byLand.size()
                        : key.key().sharesPct().getOrDefault(land, BigDecimal.ZERO).doubleValue() / landTotal;
                double[] inLand = ps.stream().mapToDouble(p -> key.municipalityShare(cohort.pledges.get(p).ags()))
                        .toArray();
                double sum = java.util.Arrays.stream(inLand).sum();
                for (int i = 0; i < ps.size(); i++) {
                    weight[ps.get(i)] = landShare * (sum == 0 ? 1.0 / ps.size() : inLand[i] / sum);
                }
            });
            double min = java.util.Arrays.stream(weight).filter(w -> w > 0).min().orElse(1.0);
            noLand.forEach(p -> weight[p] = min);
        }
        double total = java.util.Arrays.stream(weight).sum();
        int[] out = new int[cohort.households.size()];
        long[] got = new long[np];
        int[] used = new int[np];
        long assigned = 0;
        for (int h = 0; h < out.length; h++) {
            int size = cohort.households.get(h).size();
            int best = -1;
            double bestGap = -Double.MAX_VALUE;
            for (int p = 0; p < np; p++) {
                if (used[p] + size > cohort.pledges.get(p).places()) {
                    continue;
                }
                double gap = weight[p] / total * (assigned + size) - got[p];
                if (gap > bestGap + 1e-9) {
                    bestGap = gap;
                    best = p;
                }
            }
            out[h] = best;
            if (best >= 0) {
                used[best] += size;
                got[best] += size;
                assigned += size;
            }
        }
        return out;
    }

    private static String baselineMethod(KeyFallback key, boolean de) {
        if (key == null) {
            return de ? "Dieselbe Kohorte allein nach Plätzen, gleichmäßig über die Zusagen (kein Schlüssel geladen); Bedarfe und Passung unbeachtet."
                    : "The same cohort by places alone, evenly over the pledges (no key loaded); needs and fit ignored.";
        }
        return de ? "Dieselbe Kohorte allein nach dem Schlüssel: Haushalte der Reihe nach zur Zusage, deren Land (Königsteiner Schlüssel) und Gemeinde (Landesschlüssel) am stärksten unterversorgt ist, solange sie Plätze hat; Bedarfe, Wohnungen und Passung unbeachtet."
                : "The same cohort by the key alone: households in order to the pledge whose Land (Königsteiner Schlüssel) and municipality (Land key) is most under-served, while it has places; needs, dwellings and fit ignored.";
    }

    private static String withinLand(boolean de) {
        return de ? "NRW: FlüAG § 3 (90 % Einwohner, 10 % Fläche, Flächenanteil auf +25 % begrenzt) je Gemeinde; andere Länder: Anteil an der Bevölkerung je Kreis (Näherung, nicht der Landesschlüssel); ohne Gemeindeverzeichnis nur das Land."
                : "NRW: FlüAG § 3 (90 % population, 10 % area, area part capped at +25 %) per municipality; other Länder: population share per district (an approximation, not the Land's key); without the municipality directory only the Land.";
    }

    static String notice(boolean de) {
        return de ? "Vorschlag, keine Entscheidung: Die Zuweisung entscheidet die zuständige Behörde (§ 24 Abs. 4 AufenthG, § 50 AsylG)."
                : "A proposal, not a decision: the assignment is decided by the competent authority (§ 24 (4) AufenthG, § 50 AsylG).";
    }

    static List<String> method(boolean de) {
        if (de) {
            return List.of(
                    "Regeln (rules/matching/) ordnen jedem Haushalt Kriterien zu – Ausschlüsse (Plätze, eine Wohnung für den ganzen Haushalt, Zeitraum der Zusage, Bedarfe als humanitäre Gründe nach § 50 Abs. 4 AsylG) und Passungspunkte – und stellen fest, was jede Zusage bietet; jedes Paar wird dreiwertig beurteilt (erfüllt, nicht erfüllt, unbekannt).",
                    "Passung = Summe der Punkte erfüllter Kriterien nach weights.yaml, abzüglich eines Abzugs je Ausschluss, den die Zusage offenlässt. Kein gelerntes Modell.",
                    "Nicht verwendet: Staatsangehörigkeit und Geschlecht (keine Felder). Die Herkunft zählt nur für den Kontakt zu einer bestehenden Gemeinschaft, gedeckelt je Zusage und Herkunft (keine Ballung).",
                    "Zuordnung: maximiert wird die Gesamtpassung unter Plätzen und einer passenden Wohnung je Haushalt (Lagrange-Preise wählen die Kandidaten, lokale Suche und Timefold Solver verbessern); Haushalte werden nie getrennt; feste und verbotene Paare gelten. Die obere Schranke (Lagrange-Relaxation) zeigt, wie weit der Vorschlag höchstens vom bestmöglichen entfernt ist.",
                    "Annahmen: Eine Zusage ohne Zeitraum gilt bis auf Widerruf; ohne Patenschaftsgruppe hat sie keine; fehlende Listen sind unbekannt, leere Listen bedeuten keine.",
                    "Haushalte ohne passende Zusage: Land nach dem Königsteiner Schlüssel, im Land nach dem Landesschlüssel, der Reihe nach zum am stärksten unterversorgten Land bzw. Ort.");
        }
        return List.of(
                "Rules (rules/matching/) give every household its criteria – knock-outs (places, one dwelling for the whole household, the pledge's period, needs as humanitarian reasons under § 50 (4) AsylG) and fit points – and establish what each pledge offers; every pair is judged three-valued (met, not met, unknown).",
                "Fit = the points of the criteria met, per weights.yaml, less a deduction for every knock-out the pledge leaves open. No learned model.",
                "Not used: nationality and sex (no such fields). Origin counts only for contact to an established community, capped per pledge and origin (no concentration).",
                "Assignment: the total fit is maximised under places and one fitting dwelling per household (Lagrangian prices choose the candidates, local search and Timefold Solver improve); households are never split; locked and forbidden pairs hold. The upper bound (Lagrangian relaxation) shows at most how far the proposal is from the best possible.",
                "Assumptions: a pledge without a period holds until withdrawn; without a sponsor group it has none; missing lists are unknown, empty lists mean none.",
                "Households without a fitting pledge: the Land by the Königsteiner Schlüssel, inside the Land by the Land key, each to the most under-served Land or place in turn.");
    }
}
