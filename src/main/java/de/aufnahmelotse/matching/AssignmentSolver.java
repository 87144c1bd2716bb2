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
    /** The largest household size the schema admits. */
    static final int MAX_SIZE = 30;
    /** Pledges per household the upper bound prices one by one; beyond them, the best fit at the lowest price. */
    static final int BOUND_PLEDGES = 400;
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
            int[] atLeast = null;
            int[] stepFreeAtLeast = null;
            if (pledge.dwellings() != null) {
                atLeast = new int[MAX_SIZE + 2];
                stepFreeAtLeast = new int[MAX_SIZE + 2];
                for (MatchRequest.Dwelling d : pledge.dwellings()) {
                    for (int k = 1; k <= Math.min(MAX_SIZE, d.maxPersons()); k++) {
                        atLeast[k]++;
                        if (!Boolean.FALSE.equals(d.stepFree())) {
                            stepFreeAtLeast[k]++;
                        }
                    }
                }
            }
            Slot.PledgeCapacity cap = new Slot.PledgeCapacity(p, pledge.id(), pledge.places(), atLeast,
                    stepFreeAtLeast);
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
        int[][] boundPledges = new int[nh][];
        int[][] boundFits = new int[nh][];
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
            int kb = Math.min(n, BOUND_PLEDGES);
            boundPledges[h] = new int[kb];
            boundFits[h] = new int[kb];
            for (int i = 0; i < kb; i++) {
                boundPledges[h][i] = feasible[i];
                boundFits[h][i] = fits[feasible[i]];
            }
            restBest[h] = n > kb ? fits[feasible[kb]] : Integer.MIN_VALUE;
            boundBest += Math.max(0, n > 0 ? fits[feasible[0]] : 0);
        }
        // planning entities
        int maxSize = cohort.households.stream().mapToInt(MatchRequest.Household::size).max().orElse(1);
        List<Slot.Threshold> thresholds = new ArrayList<>();
        for (Slot.PledgeCapacity cap : capacities) {
            if (cap.dwellingsAtLeast() != null) {
                for (int k = 1; k <= maxSize; k++) {
                    thresholds.add(new Slot.Threshold(cap, k, cap.dwellingsAtLeast()[k], false));
                    thresholds.add(new Slot.Threshold(cap, k, cap.stepFreeAtLeast()[k], true));
                }
            }
        }
        List<Placement> placements = new ArrayList<>();
        Placement[] byHousehold = new Placement[nh];
        for (int h = 0; h < nh; h++) {
            MatchRequest.Household hh = cohort.households.get(h);
            List<Slot.PledgeCapacity> pledges = new ArrayList<>();
            Map<Integer, Integer> fitBy = new HashMap<>();
            Map<Integer, Integer> communityBy = new HashMap<>();
            for (int i = 0; i < candPledges[h].length; i++) {
                int p = candPledges[h][i];
                pledges.add(capacities.get(p));
                fitBy.put(p, candFits[h][i]);
                int c = cohort.pairs.communityPoints(h, p);
                if (c > 0) {
                    communityBy.put(p, c);
                }
            }
            Placement placement = new Placement(hh.id(), h, hh.size(), hh.origin(),
                    cohort.pairs.has(h, "need.step-free"), pledges, fitBy, communityBy);
            byHousehold[h] = placement;
            if (!pledges.isEmpty()) {
                placements.add(placement);
            }
        }
        // locked pairs first, pinned; then the greedy seed, each to its best pledge with a place and a dwelling left
        Occupancy seedState = new Occupancy(cohort, dwellingSlots);
        Map<Long, Integer> originCount = new HashMap<>();
        List<LockProblem> lockProblems = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : lockedPledge.entrySet()) {
            int h = e.getKey();
            int p = e.getValue();
            Placement pl = byHousehold[h];
            boolean candidate = pl.getCandidates().stream().anyMatch(c -> c.index() == p);
            if (!candidate || seedState.take(h, p) == null) {
                lockProblems.add(candidate
                        ? new LockProblem(lockIndex.get(h), "Die Zusage hat für diesen Haushalt keinen Platz oder keine"
                        + " Wohnung mehr frei (weitere feste Paare).", "The pledge has no place or dwelling left for"
                        + " this household (other locked pairs).")
                        : new LockProblem(lockIndex.get(h), "Ein Ausschlusskriterium der Zusage ist nicht erfüllt"
                        + " (oder das Paar ist verboten).", "A knock-out criterion is not met at the pledge (or the"
                        + " pair is forbidden)."));
                continue;
            }
            pl.setPledge(capacities.get(p));
            pl.setPinned(true);
            count(pl, p, originCount);
        }
        List<Placement> seedOrder = new ArrayList<>(placements);
        // largest households first (they fit fewer dwellings), then the largest regret (best minus second best)
        seedOrder.sort(Comparator.comparingInt((Placement p) -> -p.getSize())
                .thenComparingInt(p -> -regret(candFits[p.getIndex()]))
                .thenComparing(Placement::getId));
        for (Placement pl : seedOrder) {
            if (pl.isPinned()) {
                continue;
            }
            // the seed looks beyond the candidate list (up to BOUND_PLEDGES feasible pledges, best fit first), so a
            // household whose best pledges are full still gets one with room; that pledge joins its candidates
            int h = pl.getIndex();
            int best = -1;
            long bestFit = Long.MIN_VALUE;
            for (int i = 0; i < boundPledges[h].length; i++) {
                int p = boundPledges[h][i];
                if (boundFits[h][i] <= bestFit) {
                    break; // sorted by fit: nothing further can win
                }
                if (!seedState.fits(h, p)) {
                    continue;
                }
                long f = boundFits[h][i];
                int community = cohort.pairs.communityPoints(h, p);
                if (community > 0 && originCount.getOrDefault(originKey(p, pl.getOrigin()), 0) >= communityCap) {
                    f -= community;
                }
                if (f > bestFit) {
                    bestFit = f;
                    best = p;
                }
            }
            if (best >= 0 && bestFit > 0) {
                final int chosen = best;
                if (pl.getCandidates().stream().noneMatch(c -> c.index() == chosen)) {
                    int fit = 0;
                    for (int i = 0; i < boundPledges[h].length; i++) {
                        fit = boundPledges[h][i] == chosen ? boundFits[h][i] : fit;
                    }
                    pl.addCandidate(capacities.get(chosen), fit, cohort.pairs.communityPoints(h, chosen));
                }
                seedState.take(pl.getIndex(), best);
                pl.setPledge(capacities.get(best));
                count(pl, best, originCount);
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
            MatchPlan solved = solver.solve(new MatchPlan(capacities, thresholds,
                    new MatchPlan.Settings(communityCap, communityPoints), placements));
            score = solved.getScore();
            for (Placement p : solved.getPlacements()) {
                byHousehold[p.getIndex()].setPledge(p.getPledge());
            }
        }
        // dwellings inside each pledge (locked first, then step-free needs and the largest households take the
        // smallest dwelling that fits); a household left without one, or over the places, falls back
        Occupancy finalState = new Occupancy(cohort, dwellingSlots);
        Slot[] slots = new Slot[nh];
        List<Placement> dwellingOrder = new ArrayList<>();
        for (Placement pl : byHousehold) {
            if (pl.getPledge() != null) {
                dwellingOrder.add(pl);
            }
        }
        dwellingOrder.sort(Comparator.comparing((Placement p) -> !p.isPinned())
                .thenComparing(p -> !p.isStepFreeNeed())
                .thenComparingInt(p -> -p.getSize())
                .thenComparingInt(p -> -p.getFit())
                .thenComparing(Placement::getId));
        for (Placement pl : dwellingOrder) {
            slots[pl.getIndex()] = finalState.take(pl.getIndex(), pl.getPledge().index());
            if (slots[pl.getIndex()] == null) {
                pl.setPledge(null);
            }
        }
        long total = 0;
        for (int h = 0; h < nh; h++) {
            total += slots[h] == null ? 0 : byHousehold[h].fitAt(slots[h].getPledge().index());
        }
        total -= communityExcess(slots, byHousehold, communityCap);

        long lagrangian = lagrangianBound(cohort, boundPledges, boundFits, restBest, total);
        Settings settings = new Settings(SOLVER, limitMillis / 1000.0, unimprovedMillis / 1000.0, RANDOM_SEED,
                MAX_CANDIDATE_PLEDGES, (System.nanoTime() - start) / 1_000_000,
                score == null ? "greedy only" : score.toString());
        return new Result(slots, settings, lockProblems, total, boundBest, lagrangian, candPledges, candFits);
    }

    private static int regret(int[] fits) {
        return fits.length == 0 ? 0 : fits.length == 1 ? fits[0] : fits[0] - fits[1];
    }

    private static long key(int h, int p) {
        return ((long) h << 32) | (p & 0xffffffffL);
    }

    private static long originKey(int p, String origin) {
        return ((long) p << 32) ^ (origin == null ? 0 : origin.hashCode());
    }

    private static void count(Placement pl, int p, Map<Long, Integer> originCount) {
        if (pl.communityAt(p) > 0) {
            originCount.merge(originKey(p, pl.getOrigin()), 1, Integer::sum);
        }
    }

    /**
     * Places and dwellings in use while households are put in: a household fits a pledge with its size in places
     * left and, where the pledge names dwellings, a free one that holds it ({@link #slotFits}); it takes the smallest.
     */
    static final class Occupancy {
        private final Cohort cohort;
        private final List<List<Slot>> dwellingSlots;
        private final int[] used;
        private final Set<Slot> taken = new HashSet<>();

        Occupancy(Cohort cohort, List<List<Slot>> dwellingSlots) {
            this.cohort = cohort;
            this.dwellingSlots = dwellingSlots;
            this.used = new int[dwellingSlots.size()];
        }

        private Slot smallestFree(int h, int p) {
            Slot best = null;
            for (Slot s : dwellingSlots.get(p)) {
                if ((s.getDwellingId() == null || !taken.contains(s)) && slotFits(cohort, h, p, s)
                        && (best == null || s.getMaxPersons() < best.getMaxPersons())) {
                    best = s;
                }
            }
            return best;
        }

        boolean fits(int h, int p) {
            return used[p] + cohort.households.get(h).size() <= cohort.pledges.get(p).places()
                    && smallestFree(h, p) != null;
        }

        /** The slot taken, or null when the household does not fit (nothing is taken then). */
        Slot take(int h, int p) {
            if (used[p] + cohort.households.get(h).size() > cohort.pledges.get(p).places()) {
                return null;
            }
            Slot s = smallestFree(h, p);
            if (s != null) {
                used[p] += cohort.households.get(h).size();
                if (s.getDwellingId() != null) {
                    taken.add(s);
                }
            }
            return s;
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
     * An upper bound on the total fit: the Lagrangian relaxation of the pledges' places and of their dwellings by
     * size (at a pledge that names dwellings, at most as many households of k or more persons as it has dwellings for
     * k or more persons, for every k; step-free and the community cap are relaxed), minimised over the prices by
     * projected subgradient steps. For prices λ, μ ≥ 0, Σ_p λ_p·places_p + Σ_p,k μ_pk·dwellings_pk +
     * Σ_h max(0, max_p fit_hp − λ_p·size_h − Σ_{k ≤ size_h} μ_pk) bounds every feasible assignment (weak duality);
     * pairs beyond a household's candidate list enter with their best fit and the smallest prices.
     */
    static long lagrangianBound(Cohort c, int[][] candPledges, int[][] candFits, int[] restBest, long primal) {
        int np = c.pledges.size();
        int nh = c.households.size();
        int[] sizes = c.households.stream().mapToInt(MatchRequest.Household::size).toArray();
        int maxSize = java.util.Arrays.stream(sizes).max().orElse(1);
        double[] lambda = new double[np];
        double[][] mu = new double[np][maxSize + 1];
        int[][] dwellingsAtLeast = new int[np][];
        for (int p = 0; p < np; p++) {
            List<MatchRequest.Dwelling> ds = c.pledges.get(p).dwellings();
            if (ds != null) {
                dwellingsAtLeast[p] = new int[maxSize + 1];
                for (MatchRequest.Dwelling d : ds) {
                    for (int k = 1; k <= Math.min(maxSize, d.maxPersons()); k++) {
                        dwellingsAtLeast[p][k]++;
                    }
                }
            }
        }
        double best = Double.MAX_VALUE;
        double step = 1.0;
        long pairs = java.util.Arrays.stream(candPledges).mapToLong(a -> a.length).sum();
        // about 5·10^7 pair prices in all: 62 steps for 2,000 × 400, 50 (the least) for 10,000 households × 400 each
        int iterations = (int) Math.max(50, Math.min(400, 50_000_000L / Math.max(1, pairs)));
        for (int it = 0; it < iterations; it++) {
            double value = 0;
            double[] load = new double[np];
            int[][] count = new int[np][maxSize + 1];
            double minLambda = Double.MAX_VALUE;
            for (int p = 0; p < np; p++) {
                value += lambda[p] * c.pledges.get(p).places();
                minLambda = Math.min(minLambda, lambda[p]);
                if (dwellingsAtLeast[p] != null) {
                    for (int k = 1; k <= maxSize; k++) {
                        value += mu[p][k] * dwellingsAtLeast[p][k];
                    }
                }
            }
            for (int h = 0; h < nh; h++) {
                double bestH = 0;
                int arg = -1;
                for (int i = 0; i < candPledges[h].length; i++) {
                    int p = candPledges[h][i];
                    double price = lambda[p] * sizes[h];
                    if (dwellingsAtLeast[p] != null) {
                        for (int k = 1; k <= sizes[h]; k++) {
                            price += mu[p][k];
                        }
                    }
                    double v = candFits[h][i] - price;
                    if (v > bestH) {
                        bestH = v;
                        arg = p;
                    }
                }
                if (restBest[h] != Integer.MIN_VALUE) {
                    double v = restBest[h] - minLambda * sizes[h]; // μ ≥ 0 left out: still an upper bound
                    if (v > bestH) {
                        bestH = v;
                        arg = -1;
                    }
                }
                value += bestH;
                if (arg >= 0) {
                    load[arg] += sizes[h];
                    for (int k = 1; k <= sizes[h]; k++) {
                        count[arg][k]++;
                    }
                }
            }
            best = Math.min(best, value);
            double norm = 0;
            double[] g = new double[np];
            double[][] gm = new double[np][maxSize + 1];
            for (int p = 0; p < np; p++) {
                g[p] = c.pledges.get(p).places() - load[p];
                norm += g[p] * g[p];
                if (dwellingsAtLeast[p] != null) {
                    for (int k = 1; k <= maxSize; k++) {
                        gm[p][k] = dwellingsAtLeast[p][k] - count[p][k];
                        norm += gm[p][k] * gm[p][k];
                    }
                }
            }
            if (norm == 0) {
                break;
            }
            double t = step * Math.max(1.0, value - primal) / norm;
            for (int p = 0; p < np; p++) {
                lambda[p] = Math.max(0, lambda[p] - t * g[p]);
                if (dwellingsAtLeast[p] != null) {
                    for (int k = 1; k <= maxSize; k++) {
                        mu[p][k] = Math.max(0, mu[p][k] - t * gm[p][k]);
                    }
                }
            }
            if (it % Math.max(10, iterations / 8) == Math.max(10, iterations / 8) - 1) {
                step /= 2;
            }
        }
        return (long) Math.ceil(best);
    }
}
