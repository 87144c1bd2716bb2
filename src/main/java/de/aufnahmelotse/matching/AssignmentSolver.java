package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Assigns households to pledges: maximises the total fit (less the community points beyond the cap) under the
 * pledges' places and one dwelling per household that holds it (large enough; step-free where the need requires
 * it); a household is never split, locked pairs hold, forbidden and knocked-out pairs are never used. The result is
 * always feasible, and its total comes with an upper bound of the same problem.
 *
 * <ol>
 *   <li><b>Pairs.</b> Every (household, pledge) pair with no knock-out NOT_MET, not forbidden, a dwelling that holds
 *   the household and a positive fit ({@link MatchProblem}; in parallel).</li>
 *   <li><b>Seed.</b> Greedy by fit: locked pairs first, then the largest households first, each to its best-fit
 *   pledge with room.</li>
 *   <li><b>Bound and prices.</b> The Lagrangian relaxation of places, dwellings and community cap ({@link DualBound})
 *   over all pairs, {@value #BOUND_ITERATIONS_FIRST} subgradient steps towards the seed's total.</li>
 *   <li><b>Candidates.</b> Per household the {@value #CANDIDATE_PLEDGES} pledges of the highest <em>reduced</em> fit
 *   (fit less the prices of the places, dwellings and community it takes): pledges that everyone wants are priced,
 *   so the lists spread over the pledges instead of all naming the same popular ones.</li>
 *   <li><b>Lagrangian construction.</b> Households by regret (best minus second-best reduced fit) each to its
 *   candidate of the highest reduced fit that has room; the rest to any pledge with room, best fit first; the better
 *   of this and the seed goes on.</li>
 *   <li><b>Local search</b> ({@link AssignmentState}) to a local optimum: a household to another candidate, or into a
 *   candidate in place of a household there that moves on to one of its own candidates (possibly the first one's
 *   pledge: a swap) or out — every step exact on places, dwellings (augmenting paths) and community cap.</li>
 *   <li><b>Bound again</b>, {@value #BOUND_ITERATIONS_SECOND} more steps towards the improved total.</li>
 *   <li><b>Timefold Solver</b> local search (late acceptance over change and swap moves on the candidate lists,
 *   constraint streams with the exact dwelling matching, {@link MatchConstraints}) from that assignment, stopped
 *   after {@value #TIMEFOLD_UNIMPROVED_STEPS} steps without improvement; kept only when it is better.</li>
 *   <li><b>Dwellings</b> inside each pledge by the greedy matching of {@link Slot.PledgeCapacity#unmatched}.</li>
 * </ol>
 * Every phase is bounded by counts, so a run does the same work on a slow or busy machine; the time limit only caps
 * them (the bound then is looser, the assignment still feasible). No randomness (the kicks use a fixed seed).
 * {@code -Dmatching.trace=true} prints each phase's time and total to standard error.
 */
public final class AssignmentSolver {
    /** Candidate pledges per household for the local search (by reduced fit). */
    public static final int CANDIDATE_PLEDGES = 40;
    static final int BOUND_ITERATIONS_FIRST = 300;
    static final int BOUND_ITERATIONS_SECOND = 700;
    static final int LOCAL_SEARCH_PASSES = 100;
    static final int TIMEFOLD_UNIMPROVED_STEPS = 2_000;
    /** The pledges per household kept for the answer's alternatives (best fit first). */
    static final int ALTERNATIVES_KEPT = 4;
    public static final String SOLVER = "Lagrangian relaxation (bound, prices, candidates) + local search with"
            + " ejection chains + Timefold Solver 1.32.0 (late acceptance)";

    /** The settings and the work of one run, as the answer shows them. */
    public record Settings(String solver, double timeLimitSeconds, int candidatePledgesPerHousehold,
                           int boundIterations, int localSearchPasses, long localSearchMoves, long timefoldImprovements,
                           boolean timeLimitReached, long spentMillis, String score) {
    }

    /** A locked pair that cannot be honoured: index into options.locked and the reason. */
    public record LockProblem(int index, String reasonDe, String reasonEn) {
    }

    /**
     * What the solver decided: the slot per household (null = no pledge), the best pledges by fit per household
     * (for the alternatives), the total and the bounds.
     */
    public record Result(Slot[] slots, Settings settings, List<LockProblem> lockProblems, long totalFit,
                         long upperBoundBestPledge, long upperBoundLagrangian, int[][] bestPledges,
                         int[][] bestFits) {
    }

    private AssignmentSolver() {
    }

    public static Result solve(Cohort cohort, Duration timeLimit, int communityCap, int communityPoints) {
        long start = System.nanoTime();
        long limitNanos = Math.max(200, timeLimit.toMillis()) * 1_000_000L;
        boolean[] timedOut = new boolean[1];
        BooleanSupplier stopAt70 = deadline(start, limitNanos * 7 / 10, timedOut);
        BooleanSupplier stopAt85 = deadline(start, limitNanos * 85 / 100, timedOut);
        BooleanSupplier stopAt95 = deadline(start, limitNanos * 95 / 100, timedOut);
        BooleanSupplier stopAt30 = deadline(start, limitNanos * 3 / 10, timedOut);
        MatchProblem m = new MatchProblem(cohort, communityCap, communityPoints);
        int nh = m.nh;

        // locked pairs: a pair the solver may use, and room for it
        List<LockProblem> lockProblems = new ArrayList<>();
        List<List<String>> locked = cohort.request.options().locked();
        int[] lockIndex = new int[nh];
        for (int i = 0; i < locked.size(); i++) {
            lockIndex[cohort.household(locked.get(i).get(0))] = i;
        }
        int[][] none = new int[nh][0];
        AssignmentState seed = new AssignmentState(m, none);
        for (int h = 0; h < nh; h++) {
            if (m.locked[h] < 0) {
                continue;
            }
            int i = m.pair(h, m.locked[h]);
            if (i < 0 || !seed.tryAdd(h, i)) {
                lockProblems.add(i >= 0
                        ? new LockProblem(lockIndex[h], "Die Zusage hat für diesen Haushalt keinen Platz oder keine"
                        + " Wohnung mehr frei (weitere feste Paare).", "The pledge has no place or dwelling left for"
                        + " this household (other locked pairs).")
                        : new LockProblem(lockIndex[h], "Ein Ausschlusskriterium der Zusage ist nicht erfüllt"
                        + " (oder das Paar ist verboten, oder keine Wohnung der Zusage nimmt den Haushalt auf).",
                        "A knock-out criterion is not met at the pledge (or the pair is forbidden, or no dwelling"
                        + " of the pledge holds the household)."));
            }
        }
        long boundBest = 0;
        for (int h = 0; h < nh; h++) {
            boundBest += m.start[h + 1] > m.start[h] ? Math.max(0, m.fit[m.start[h]]) : 0;
        }
        int[][] alternatives = new int[nh][];
        int[][] alternativeFits = new int[nh][];
        for (int h = 0; h < nh; h++) {
            int n = Math.min(ALTERNATIVES_KEPT, m.start[h + 1] - m.start[h]);
            alternatives[h] = new int[n];
            alternativeFits[h] = new int[n];
            for (int k = 0; k < n; k++) {
                alternatives[h][k] = m.pledge[m.start[h] + k];
                alternativeFits[h][k] = m.fit[m.start[h] + k];
            }
        }
        if (!lockProblems.isEmpty()) {
            Settings settings = new Settings(SOLVER, limitNanos / 1e9, CANDIDATE_PLEDGES, 0, 0, 0, 0, false,
                    (System.nanoTime() - start) / 1_000_000, "locked pairs refused");
            return new Result(new Slot[nh], settings, lockProblems, 0, boundBest, boundBest, alternatives,
                    alternativeFits);
        }
        trace(start, "problem", seed.total);
        int[] bySize = order(nh, (a, b) -> m.size[a] != m.size[b] ? Integer.compare(m.size[b], m.size[a])
                : Integer.compare(a, b));
        seed.constructByFit(bySize);

        trace(start, "seed", seed.total);
        // the bound's prices, the candidates by reduced fit
        DualBound dual = new DualBound(m);
        dual.runFull(BOUND_ITERATIONS_FIRST, seed.total, stopAt30);
        int[][] candidates = new int[nh][];
        float[][] reduced = new float[nh][];
        dual.evaluate(dual.best, CANDIDATE_PLEDGES, candidates, reduced);

        trace(start, "dual1", seed.total);
        // Lagrangian construction, then local search from the better of it and the seed
        AssignmentState state = new AssignmentState(m, candidates);
        for (int h = 0; h < nh; h++) {
            if (m.locked[h] >= 0) {
                state.tryAdd(h, m.pair(h, m.locked[h]));
            }
        }
        int[] byRegret = order(nh, (a, b) -> {
            int c = Double.compare(regret(reduced[b]), regret(reduced[a]));
            return c != 0 ? c : m.size[a] != m.size[b] ? Integer.compare(m.size[b], m.size[a]) : Integer.compare(a, b);
        });
        state.construct(byRegret);
        state.constructByFit(bySize);
        if (seed.total > state.total) {
            state = new AssignmentState(m, candidates);
            for (int h : lockedFirst(m)) {
                if (seed.pairOf[h] >= 0) {
                    state.tryAdd(h, seed.pairOf[h]);
                }
            }
        }
        trace(start, "construct", state.total);
        int passes = state.improve(LOCAL_SEARCH_PASSES, stopAt70);
        trace(start, "ls", state.total);
        int kept = state.kicks(kicks(nh), 0L, stopAt70);
        trace(start, "kicks kept " + kept, state.total);

        trace(start, "ls", state.total);
        // the bound again, towards the better total
        dual.runFull(BOUND_ITERATIONS_SECOND, state.total, stopAt85);

        trace(start, "dual2", state.total);
        // candidates at the final prices, local search again
        if (!stopAt85.getAsBoolean()) {
            dual.evaluate(dual.best, CANDIDATE_PLEDGES, candidates, reduced);
            state.candidatesChanged();
            passes += state.improve(LOCAL_SEARCH_PASSES, stopAt85);
            trace(start, "ls2", state.total);
        }
        // Timefold Solver's local search from there
        long[] timefoldSteps = new long[1];
        String score = timefold(m, cohort, state, communityCap, communityPoints,
                Math.max(1, (start + limitNanos - System.nanoTime()) / 1_000_000), timefoldSteps, stopAt95);

        trace(start, "timefold", state.total);
        // dwellings, the total
        Slot[] slots = dwellings(m, cohort, state);
        long total = state.recount();
        Settings settings = new Settings(SOLVER, limitNanos / 1e9, CANDIDATE_PLEDGES, dual.iterations, passes,
                state.moves, timefoldSteps[0], timedOut[0], (System.nanoTime() - start) / 1_000_000, score);
        return new Result(slots, settings, lockProblems, total, boundBest, Math.min(boundBest, dual.bound()),
                alternatives, alternativeFits);
    }

    private static final boolean TRACE = Boolean.getBoolean("matching.trace");

    private static void trace(long start, String phase, long total) {
        if (TRACE) {
            System.err.printf("[matching] %6dms %s total=%d%n", (System.nanoTime() - start) / 1_000_000, phase, total);
        }
    }

    private static BooleanSupplier deadline(long start, long after, boolean[] timedOut) {
        return () -> {
            if (System.nanoTime() - start > after) {
                timedOut[0] = true;
                return true;
            }
            return false;
        };
    }

    private static int[] lockedFirst(MatchProblem m) {
        return order(m.nh, (a, b) -> m.locked[a] >= 0 != m.locked[b] >= 0 ? (m.locked[a] >= 0 ? -1 : 1)
                : Integer.compare(a, b));
    }

    /** Ruin-and-recreate kicks of the local search: a fixed count by the cohort's size. */
    static int kicks(int households) {
        return 200 + households / 4;
    }

    private static double regret(float[] r) {
        return r.length == 0 ? 0 : r.length == 1 ? r[0] : r[0] - r[1];
    }

    private static int[] order(int n, java.util.Comparator<Integer> by) {
        Integer[] o = new Integer[n];
        for (int i = 0; i < n; i++) {
            o[i] = i;
        }
        Arrays.sort(o, by);
        return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }

    private static List<Slot.PledgeCapacity> capacities(MatchProblem m, Cohort cohort) {
        List<Slot.PledgeCapacity> out = new ArrayList<>();
        for (int p = 0; p < m.np; p++) {
            out.add(new Slot.PledgeCapacity(p, cohort.pledges.get(p).id(), m.places[p], m.dwellingCap[p],
                    m.dwellingClass[p]));
        }
        return out;
    }

    /**
     * Timefold's local search from the state's assignment, over the candidate lists; the state takes its best
     * assignment when that is better (and feasible). Returns the score of the assignment kept.
     */
    private static String timefold(MatchProblem m, Cohort cohort, AssignmentState state, int communityCap,
                                   int communityPoints, long limitMillis, long[] steps, BooleanSupplier stop) {
        if (stop.getAsBoolean()) {
            return "not run (time limit)";
        }
        List<Slot.PledgeCapacity> capacities = capacities(m, cohort);
        List<Placement> placements = new ArrayList<>();
        for (int h = 0; h < m.nh; h++) {
            int[] cand = state.candidates[h];
            if (cand.length == 0) {
                continue;
            }
            int current = state.pledgeOf(h);
            boolean currentIn = current < 0;
            for (int i : cand) {
                currentIn |= m.pledge[i] == current;
            }
            int n = cand.length + (currentIn ? 0 : 1);
            List<Slot.PledgeCapacity> values = new ArrayList<>(n);
            int[] fits = new int[n];
            int[] community = new int[n];
            byte[] levels = new byte[n];
            for (int k = 0; k < n; k++) {
                int i = k < cand.length ? cand[k] : state.pairOf[h];
                values.add(capacities.get(m.pledge[i]));
                fits[k] = m.fit[i];
                community[k] = m.community(i) ? m.communityPoints : 0;
                levels[k] = (byte) m.level(i);
            }
            Placement pl = new Placement(cohort.households.get(h).id(), h, m.size[h],
                    cohort.households.get(h).origin(), values, fits, community, levels);
            pl.setPledge(current < 0 ? null : capacities.get(current));
            pl.setPinned(m.locked[h] >= 0);
            placements.add(pl);
        }
        if (placements.stream().allMatch(Placement::isPinned)) {
            return "0hard/" + state.total + "soft (Timefold: nothing to move)";
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(MatchPlan.class)
                .withEntityClasses(Placement.class)
                .withConstraintProviderClass(MatchConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(0L)
                .withPhases(new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofMillis(Math.max(100, limitMillis)))
                        .withUnimprovedStepCountLimit(TIMEFOLD_UNIMPROVED_STEPS));
        Solver<MatchPlan> solver = SolverFactory.<MatchPlan>create(config).buildSolver();
        long[] stepCount = new long[1];
        solver.addEventListener(e -> stepCount[0]++);
        MatchPlan solved = solver.solve(new MatchPlan(capacities, new MatchPlan.Settings(communityCap,
                communityPoints), placements));
        steps[0] = stepCount[0];
        HardSoftLongScore score = solved.getScore();
        if (score != null && score.hardScore() == 0 && score.softScore() > state.total) {
            // take Timefold's assignment: remove all movable households, then put them where Timefold has them
            int[] target = new int[m.nh];
            Arrays.fill(target, -1);
            for (Placement p : solved.getPlacements()) {
                if (p.getPledge() != null) {
                    target[p.getIndex()] = m.pair(p.getIndex(), p.getPledge().index());
                }
            }
            int[] before = state.pairOf.clone();
            for (Placement p : solved.getPlacements()) {
                if (!p.isPinned()) {
                    state.remove(p.getIndex());
                }
            }
            boolean ok = true;
            for (Placement p : solved.getPlacements()) {
                int h = p.getIndex();
                if (!p.isPinned() && target[h] >= 0 && !state.tryAdd(h, target[h])) {
                    ok = false;
                }
            }
            if (!ok || state.total != score.softScore()) {
                // not expected (the constraints are exact); keep the assignment before Timefold
                for (int h = 0; h < m.nh; h++) {
                    if (m.locked[h] < 0) {
                        state.remove(h);
                    }
                }
                for (int h = 0; h < m.nh; h++) {
                    if (m.locked[h] < 0 && before[h] >= 0) {
                        state.tryAdd(h, before[h]);
                    }
                }
            }
        }
        return score == null ? "n/a" : score.toString();
    }

    /**
     * The dwelling of every assigned household: per pledge the greedy matching (most restricted first, each into the
     * smallest free dwelling of an allowed class that holds it), which places all of them whenever the state's
     * matching does; should it not, the state's own matching is kept.
     */
    private static Slot[] dwellings(MatchProblem m, Cohort cohort, AssignmentState state) {
        Slot[] slots = new Slot[m.nh];
        List<Slot.PledgeCapacity> capacities = capacities(m, cohort);
        List<List<Integer>> byPledge = new ArrayList<>();
        for (int p = 0; p < m.np; p++) {
            byPledge.add(new ArrayList<>());
        }
        for (int h = 0; h < m.nh; h++) {
            if (state.pairOf[h] >= 0) {
                byPledge.get(state.pledgeOf(h)).add(h);
            }
        }
        for (int p = 0; p < m.np; p++) {
            List<Integer> hs = byPledge.get(p);
            Slot.PledgeCapacity pc = capacities.get(p);
            if (!m.hasDwellings(p)) {
                for (int h : hs) {
                    slots[h] = new Slot(pc, null);
                }
                continue;
            }
            List<MatchRequest.Dwelling> ds = cohort.pledges.get(p).dwellings();
            hs.sort((a, b) -> {
                int la = m.level(state.pairOf[a]);
                int lb = m.level(state.pairOf[b]);
                return la != lb ? Integer.compare(la, lb) : m.size[a] != m.size[b]
                        ? Integer.compare(m.size[b], m.size[a]) : Integer.compare(a, b);
            });
            int[] cap = m.dwellingCap[p];
            byte[] cls = m.dwellingClass[p];
            boolean[] taken = new boolean[cap.length];
            int[] chosen = new int[hs.size()];
            boolean all = true;
            for (int k = 0; k < hs.size(); k++) {
                int h = hs.get(k);
                int level = m.level(state.pairOf[h]);
                int best = -1;
                for (int d = 0; d < cap.length; d++) {
                    if (!taken[d] && cap[d] >= m.size[h] && cls[d] <= level
                            && (best < 0 || cap[d] < cap[best] || cap[d] == cap[best] && cls[d] > cls[best])) {
                        best = d;
                    }
                }
                chosen[k] = best;
                if (best < 0) {
                    all = false;
                    break;
                }
                taken[best] = true;
            }
            for (int k = 0; k < hs.size(); k++) {
                int h = hs.get(k);
                int d = all ? chosen[k] : state.dwellingOf(h);
                slots[h] = new Slot(pc, ds.get(m.dwellingIndex[p][d]));
            }
        }
        return slots;
    }
}
