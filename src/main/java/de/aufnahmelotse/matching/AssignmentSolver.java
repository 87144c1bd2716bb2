package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns households to pledge slots: maximises the total fit under the pledges' places and one household per
 * dwelling; a household is never split (it is one planning entity). Candidates are only pledges whose knock-outs
 * are not NOT_MET and that are not forbidden, best fit first, at most {@link #MAX_CANDIDATE_PLEDGES}; a locked pair is
 * pinned. A greedy construction (largest households first, each to its best slot with room) seeds Timefold's local
 * search, which runs until the time limit or until it stops improving. The result is always feasible: should the
 * search end with a capacity conflict, the households causing it are taken out again (they fall back to the key).
 */
public final class AssignmentSolver {
    public static final int MAX_CANDIDATE_PLEDGES = 60;
    public static final long RANDOM_SEED = 0L;
    public static final String SOLVER = "Timefold Solver 1.32.0 (local search from a greedy construction)";

    /** The settings of one run, as the answer shows them. */
    public record Settings(String solver, double timeLimitSeconds, double unimprovedLimitSeconds, long randomSeed,
                           int candidatePledgesPerHousehold, long spentMillis, String score) {
    }

    /** A locked pair that cannot be honoured: index into options.locked and the reason. */
    public record LockProblem(int index, String reasonDe, String reasonEn) {
    }

    /** What the solver decided: the slot per household (null = no pledge), the candidates it had, the bounds. */
    public record Result(Slot[] slots, Settings settings, List<LockProblem> lockProblems, long totalFit,
                         long upperBoundBestPledge, long upperBoundLagrangian, int[][] candidatePledges,
                         int[][] candidateFits) {
    }

    private AssignmentSolver() {
    }

    public static Result solve(Cohort cohort, Duration timeLimit, int communityCap, int communityPoints) {
        long start = System.nanoTime();
        int nh = cohort.households.size();
        int np = cohort.pledges.size();
        List<Slot.PledgeCapacity> capacities = new ArrayList<>();
        List<List<Slot>> dwellingSlots = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            MatchRequest.Pledge pledge = cohort.pledges.get(p);
            Slot.PledgeCapacity cap = new Slot.PledgeCapacity(p, pledge.id(), pledge.places());
            capacities.add(cap);
            List<Slot> slots = new ArrayList<>();
            if (pledge.dwellings() == null) {
                slots.add(new Slot(cap, null));
            } else {
                pledge.dwellings().forEach(d -> slots.add(new Slot(cap, d)));
            }
            dwellingSlots.add(slots);
        }
        Set<Long> forbidden = new HashSet<>();
        for (List<String> pair : cohort.request.options().forbidden()) {
            forbidden.add(key(cohort.household(pair.get(0)), cohort.pledge(pair.get(1))));
        }
        Map<Integer, Integer> lockedPledge = new LinkedHashMap<>();
        Map<Integer, Integer> lockIndex = new HashMap<>();
        List<List<String>> locked = cohort.request.options().locked();
        for (int i = 0; i < locked.size(); i++) {
            int h = cohort.household(locked.get(i).get(0));
            lockedPledge.put(h, cohort.pledge(locked.get(i).get(1)));
            lockIndex.put(h, i);
        }
        // candidates: feasible, not forbidden, best fit first; the bound "best feasible pledge per household"
        int[][] candPledges = new int[nh][];
        int[][] candFits = new int[nh][];
        int[] restBest = new int[nh];
        long boundBest = 0;
        int[] fits = new int[np];
        Integer[] order = new Integer[np];
        for (int h = 0; h < nh; h++) {
            int n = 0;
            for (int p = 0; p < np; p++) {
                int f = forbidden.contains(key(h, p)) ? Integer.MIN_VALUE : cohort.pairs.fitIfFeasible(h, p);
                if (f != Integer.MIN_VALUE && !hasSlotFor(cohort, h, p, dwellingSlots.get(p))) {
                    f = Integer.MIN_VALUE;
                }
                fits[p] = f;
                if (f != Integer.MIN_VALUE) {
                    order[n++] = p;
                }
            }
            Integer[] feasible = Arrays.copyOf(order, n);
            Arrays.sort(feasible, Comparator.comparingInt((Integer p) -> -fits[p]).thenComparingInt(p -> p));
            int k = Math.min(n, MAX_CANDIDATE_PLEDGES);
            Integer lp = lockedPledge.get(h);
            boolean lockOutside = lp != null && lp >= 0 && fits[lp] != Integer.MIN_VALUE
                    && Arrays.stream(feasible, 0, k).noneMatch(p -> p.equals(lp));
            int size = k + (lockOutside ? 1 : 0);
            candPledges[h] = new int[size];
            candFits[h] = new int[size];
            for (int i = 0; i < k; i++) {
                candPledges[h][i] = feasible[i];
                candFits[h][i] = fits[feasible[i]];
            }
            if (lockOutside) {
                candPledges[h][k] = lp;
                candFits[h][k] = fits[lp];
            }
            restBest[h] = n > k ? fits[feasible[k]] : Integer.MIN_VALUE;
            boundBest += Math.max(0, n > 0 ? fits[feasible[0]] : 0);
        }
        // planning entities
        List<Placement> placements = new ArrayList<>();
        Placement[] byHousehold = new Placement[nh];
        for (int h = 0; h < nh; h++) {
            MatchRequest.Household hh = cohort.households.get(h);
            List<Slot> slots = new ArrayList<>();
            Map<Integer, Integer> fitBy = new HashMap<>();
            Map<Integer, Integer> communityBy = new HashMap<>();
            for (int i = 0; i < candPledges[h].length; i++) {
                int p = candPledges[h][i];
                fitBy.put(p, candFits[h][i]);
                int c = cohort.pairs.communityPoints(h, p);
                if (c > 0) {
                    communityBy.put(p, c);
                }
                for (Slot s : dwellingSlots.get(p)) {
                    if (slotFits(cohort, h, p, s)) {
                        slots.add(s);
                    }
                }
            }
            Placement placement = new Placement(hh.id(), h, hh.size(), hh.origin(), slots, fitBy, communityBy);
            byHousehold[h] = placement;
            if (!slots.isEmpty()) {
                placements.add(placement);
            }
        }
        // locked pairs first, pinned; then the greedy seed
        int[] used = new int[np];
        Set<Slot> taken = new HashSet<>();
        Map<Long, Integer> originCount = new HashMap<>();
        List<LockProblem> lockProblems = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : lockedPledge.entrySet()) {
            int h = e.getKey();
            int p = e.getValue();
            Placement pl = byHousehold[h];
            Slot chosen = null;
            for (Slot s : pl.getCandidates()) {
                if (s.getPledge().index() == p && !taken.contains(s) && used[p] + pl.getSize() <= s.getPledge().places()) {
                    chosen = s;
                    break;
                }
            }
            if (chosen == null) {
                boolean candidate = pl.getCandidates().stream().anyMatch(s -> s.getPledge().index() == p);
                lockProblems.add(candidate
                        ? new LockProblem(lockIndex.get(h), "Die Zusage hat für diesen Haushalt keinen Platz oder keine"
                        + " Wohnung mehr frei (weitere feste Paare).", "The pledge has no place or dwelling left for"
                        + " this household (other locked pairs).")
                        : new LockProblem(lockIndex.get(h), "Ein Ausschlusskriterium der Zusage ist nicht erfüllt"
                        + " (oder das Paar ist verboten).", "A knock-out criterion is not met at the pledge (or the"
                        + " pair is forbidden)."));
                continue;
            }
            place(pl, chosen, used, taken, originCount);
            pl.setPinned(true);
        }
        List<Placement> seedOrder = new ArrayList<>(placements);
        seedOrder.sort(Comparator.comparingInt((Placement p) -> -p.getSize())
                .thenComparingInt(p -> -(candFits[p.getIndex()].length == 0 ? 0 : candFits[p.getIndex()][0]))
                .thenComparing(Placement::getId));
        for (Placement pl : seedOrder) {
            if (pl.isPinned()) {
                continue;
            }
            Slot best = null;
            long bestFit = Long.MIN_VALUE;
            for (Slot s : pl.getCandidates()) {
                int p = s.getPledge().index();
                if (taken.contains(s) || used[p] + pl.getSize() > s.getPledge().places()) {
                    continue;
                }
                long f = pl.fitAt(p);
                if (pl.communityAt(p) > 0 && originCount.getOrDefault(originKey(p, pl.getOrigin()), 0) >= communityCap) {
                    f -= pl.communityAt(p);
                }
                if (f > bestFit) {
                    bestFit = f;
                    best = s;
                }
            }
            if (best != null && bestFit > 0) {
                place(pl, best, used, taken, originCount);
            }
        }
        // local search
        long limitMillis = Math.max(200, timeLimit.toMillis());
        // stop when nothing improved for a while: about 3 ms per household, at least 0.5 s, at most a third
        long unimprovedMillis = Math.min(Math.max(500, 3L * placements.size()), Math.max(200, limitMillis / 3));
        HardSoftLongScore score = null;
        if (!placements.isEmpty() && placements.stream().anyMatch(p -> !p.isPinned())) {
            SolverConfig config = new SolverConfig()
                    .withSolutionClass(MatchPlan.class)
                    .withEntityClasses(Placement.class)
                    .withConstraintProviderClass(MatchConstraints.class)
                    .withRandomSeed(RANDOM_SEED)
                    .withEnvironmentMode(ai.timefold.solver.core.config.solver.EnvironmentMode.NO_ASSERT)
                    .withTerminationConfig(new TerminationConfig()
                            .withSpentLimit(Duration.ofMillis(limitMillis))
                            .withUnimprovedSpentLimit(Duration.ofMillis(unimprovedMillis))
                            // no assignment beats every household at its best pledge: stop there
                            .withBestScoreLimit(HardSoftLongScore.of(0, boundBest).toString()));
            Solver<MatchPlan> solver = SolverFactory.<MatchPlan>create(config).buildSolver();
            MatchPlan solved = solver.solve(new MatchPlan(capacities,
                    new MatchPlan.Settings(communityCap, communityPoints), placements));
            score = solved.getScore();
            for (Placement p : solved.getPlacements()) {
                byHousehold[p.getIndex()].setSlot(p.getSlot());
            }
        }
        Slot[] slots = new Slot[nh];
        for (int h = 0; h < nh; h++) {
            slots[h] = byHousehold[h].getSlot();
        }
        repair(slots, byHousehold);
        long total = 0;
        for (int h = 0; h < nh; h++) {
            total += slots[h] == null ? 0 : byHousehold[h].fitAt(slots[h].getPledge().index());
        }
        total -= communityExcess(slots, byHousehold, communityCap);
        long lagrangian = lagrangianBound(cohort, candPledges, candFits, restBest, total);
        Settings settings = new Settings(SOLVER, limitMillis / 1000.0, unimprovedMillis / 1000.0, RANDOM_SEED,
                MAX_CANDIDATE_PLEDGES, (System.nanoTime() - start) / 1_000_000,
                score == null ? "greedy only" : score.toString());
        return new Result(slots, settings, lockProblems, total, boundBest, lagrangian, candPledges, candFits);
    }

    private static long key(int h, int p) {
        return ((long) h << 32) | (p & 0xffffffffL);
    }

    private static long originKey(int p, String origin) {
        return ((long) p << 32) ^ (origin == null ? 0 : origin.hashCode());
    }

    private static void place(Placement pl, Slot s, int[] used, Set<Slot> taken, Map<Long, Integer> originCount) {
        int p = s.getPledge().index();
        pl.setSlot(s);
        used[p] += pl.getSize();
        if (s.getDwellingId() != null) {
            taken.add(s);
        }
        if (pl.communityAt(p) > 0) {
            originCount.merge(originKey(p, pl.getOrigin()), 1, Integer::sum);
        }
    }

    private static boolean hasSlotFor(Cohort c, int h, int p, List<Slot> slots) {
        for (Slot s : slots) {
            if (slotFits(c, h, p, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dwelling holds the household: at least its size in persons; for a step-free need a step-free dwelling (or,
     * while the pledge's step-free criterion is UNKNOWN, one not known to have steps).
     */
    static boolean slotFits(Cohort c, int h, int p, Slot s) {
        if (s.getDwellingId() == null) {
            return true;
        }
        int size = c.households.get(h).size();
        if (s.getMaxPersons() < size) {
            return false;
        }
        if (c.pairs.has(h, "need.step-free")) {
            return c.pairs.met(h, p, "need.step-free") ? Boolean.TRUE.equals(s.getStepFree())
                    : !Boolean.FALSE.equals(s.getStepFree());
        }
        return true;
    }

    /** Takes households out (smallest fit first, never a pinned one) until no pledge and no dwelling is over. */
    private static void repair(Slot[] slots, Placement[] byHousehold) {
        Map<Slot.PledgeCapacity, List<Integer>> byPledge = new HashMap<>();
        Map<Slot, List<Integer>> byDwelling = new HashMap<>();
        for (int h = 0; h < slots.length; h++) {
            if (slots[h] != null) {
                byPledge.computeIfAbsent(slots[h].getPledge(), k -> new ArrayList<>()).add(h);
                if (slots[h].getDwellingId() != null) {
                    byDwelling.computeIfAbsent(slots[h], k -> new ArrayList<>()).add(h);
                }
            }
        }
        Comparator<Integer> weakestFirst = Comparator.comparing((Integer h) -> byHousehold[h].isPinned())
                .thenComparingInt(h -> byHousehold[h].fitAt(slots[h].getPledge().index())).thenComparingInt(h -> h);
        for (List<Integer> hs : byDwelling.values()) {
            hs.sort(weakestFirst);
            for (int i = 0; i < hs.size() - 1; i++) {
                slots[hs.get(i)] = null;
            }
        }
        for (Map.Entry<Slot.PledgeCapacity, List<Integer>> e : byPledge.entrySet()) {
            List<Integer> hs = new ArrayList<>(e.getValue().stream().filter(h -> slots[h] != null).toList());
            hs.sort(weakestFirst);
            int persons = hs.stream().mapToInt(h -> byHousehold[h].getSize()).sum();
            for (int i = 0; persons > e.getKey().places() && i < hs.size(); i++) {
                persons -= byHousehold[hs.get(i)].getSize();
                slots[hs.get(i)] = null;
            }
        }
    }

    static long communityExcess(Slot[] slots, Placement[] byHousehold, int cap) {
        Map<Long, List<Integer>> groups = new HashMap<>();
        for (int h = 0; h < slots.length; h++) {
            if (slots[h] != null && byHousehold[h].communityAt(slots[h].getPledge().index()) > 0) {
                groups.computeIfAbsent(originKey(slots[h].getPledge().index(), byHousehold[h].getOrigin()),
                        k -> new ArrayList<>()).add(h);
            }
        }
        long excess = 0;
        for (List<Integer> g : groups.values()) {
            for (int i = cap; i < g.size(); i++) {
                excess += byHousehold[g.get(i)].communityAt(slots[g.get(i)].getPledge().index());
            }
        }
        return excess;
    }

    /**
     * An upper bound on the total fit: the Lagrangian relaxation of the pledges' places (dwellings and the community
     * cap relaxed), minimised over the prices per place by projected subgradient steps. For prices λ ≥ 0,
     * Σ_p λ_p·places_p + Σ_h max(0, max_p fit_hp − λ_p·size_h) bounds every feasible assignment (weak duality); pairs
     * beyond a household's candidate list enter with their best fit and the smallest price.
     */
    static long lagrangianBound(Cohort c, int[][] candPledges, int[][] candFits, int[] restBest, long primal) {
        int np = c.pledges.size();
        int nh = c.households.size();
        double[] lambda = new double[np];
        int[] sizes = c.households.stream().mapToInt(MatchRequest.Household::size).toArray();
        double best = Double.MAX_VALUE;
        double step = 1.0;
        for (int it = 0; it < 300; it++) {
            double value = 0;
            double[] load = new double[np];
            double minLambda = Arrays.stream(lambda).min().orElse(0);
            for (int p = 0; p < np; p++) {
                value += lambda[p] * c.pledges.get(p).places();
            }
            for (int h = 0; h < nh; h++) {
                double bestH = 0;
                int arg = -1;
                for (int i = 0; i < candPledges[h].length; i++) {
                    double v = candFits[h][i] - lambda[candPledges[h][i]] * sizes[h];
                    if (v > bestH) {
                        bestH = v;
                        arg = candPledges[h][i];
                    }
                }
                if (restBest[h] != Integer.MIN_VALUE) {
                    double v = restBest[h] - minLambda * sizes[h];
                    if (v > bestH) {
                        bestH = v;
                        arg = -1;
                    }
                }
                value += bestH;
                if (arg >= 0) {
                    load[arg] += sizes[h];
                }
            }
            best = Math.min(best, value);
            double norm = 0;
            double[] g = new double[np];
            for (int p = 0; p < np; p++) {
                g[p] = c.pledges.get(p).places() - load[p];
                norm += g[p] * g[p];
            }
            if (norm == 0) {
                break;
            }
            double t = step * Math.max(1.0, value - primal) / norm;
            for (int p = 0; p < np; p++) {
                lambda[p] = Math.max(0, lambda[p] - t * g[p]);
            }
            if (it % 50 == 49) {
                step /= 2;
            }
        }
        return (long) Math.ceil(best);
    }
}
