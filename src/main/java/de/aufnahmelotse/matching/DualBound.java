package de.aufnahmelotse.matching;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The upper bound on the total fit: the Lagrangian relaxation of every constraint that couples households, minimised
 * over its prices by deflected projected subgradient steps (Polyak's rule towards the best assignment found; the step
 * direction is half the new subgradient and half the previous direction; θ halved after 40 steps without a smaller
 * L, reset when a better assignment gives a new target; the step aims halfway between the target and the smallest L).
 *
 * <p>Relaxed with a price each, all of which the solver's assignments satisfy: a pledge's places (λ_p ≥ 0); at a
 * pledge that names dwellings, for every k, at most as many households of k or more persons as it has dwellings for
 * k or more (μ_pk ≥ 0), of those with a step-free need at most as many as it has dwellings not known to have steps
 * (σ_pk ≥ 0), of those whose step-free need is MET at most as many as it has step-free dwellings (τ_pk ≥ 0) — each a
 * consequence of one household per dwelling (Hall's condition); and per pledge and origin at most
 * {@code communityCap} households with the community points, or the points off for each beyond
 * (ν_po ∈ [0, points]). For any such prices,
 * <pre>
 *   L = Σ_p λ_p·places_p + Σ_pk (μ_pk·D_pk + σ_pk·S_pk + τ_pk·T_pk) + Σ_po ν_po·cap
 *       + Σ_h max(0, max_p fit_hp − price_hp)
 * </pre>
 * (price_hp = λ_p·size_h + Σ_{k ≤ size_h} (μ_pk + σ_pk·[step-free need] + τ_pk·[need MET]) + ν_p,origin·[community];
 * a locked household takes its locked pledge's term, without the max) is at least the total fit of every feasible
 * assignment (weak duality). Its minimum over the prices equals the LP relaxation of this formulation.
 *
 * <p>Every step evaluates L over <em>all</em> pairs the solver may use (not only its candidate lists): pairs are
 * kept best fit first and prices are never negative, so a household's scan stops at the first pair whose fit is
 * not above the best reduced fit found. The smallest L of any step is the bound. The sums are doubles; the bound
 * is rounded down after a small safety margin (total fits are integers).
 */
final class DualBound {
    private final MatchProblem m;
    private final int k1;
    private final int[] capAll;
    private final int[] capStepFree;
    private final int[] capMet;
    /** The current prices, and those of the smallest full L so far. */
    Prices current;
    Prices best;
    /** The smallest full L so far (a bound on every feasible total fit). */
    double bestValue = Double.MAX_VALUE;
    int iterations;
    int fullEvaluations;
    private double theta = 1.0;
    /** Deflection: the step direction is α·subgradient + (1 − α)·previous direction. */
    private final double alpha = 0.5;
    /** Steps without a smaller L before θ is halved. */
    private final int patience = 40;
    private Prices direction;
    private final int[] lockedPair;

    /** λ, μ, σ, τ (per pledge and k, index p·(maxSize+1)+k) and ν (per pledge and origin). */
    static final class Prices {
        final double[] lambda;
        final double[] mu;
        final double[] sigma;
        final double[] tau;
        final double[] nu;

        Prices(int np, int k1, int origins) {
            lambda = new double[np];
            mu = new double[np * k1];
            sigma = new double[np * k1];
            tau = new double[np * k1];
            nu = new double[np * origins];
        }

        private Prices(Prices o) {
            lambda = o.lambda.clone();
            mu = o.mu.clone();
            sigma = o.sigma.clone();
            tau = o.tau.clone();
            nu = o.nu.clone();
        }

        Prices copy() {
            return new Prices(this);
        }
    }

    DualBound(MatchProblem m) {
        this.m = m;
        k1 = m.maxSize + 1;
        capAll = new int[m.np * k1];
        capStepFree = new int[m.np * k1];
        capMet = new int[m.np * k1];
        for (int p = 0; p < m.np; p++) {
            if (!m.hasDwellings(p)) {
                continue;
            }
            for (int d = 0; d < m.dwellingCap[p].length; d++) {
                int cap = Math.min(m.maxSize, m.dwellingCap[p][d]);
                int cls = m.dwellingClass[p][d];
                for (int k = 1; k <= cap; k++) {
                    capAll[p * k1 + k]++;
                    if (cls <= 1) {
                        capStepFree[p * k1 + k]++;
                    }
                    if (cls == 0) {
                        capMet[p * k1 + k]++;
                    }
                }
            }
        }
        lockedPair = new int[m.nh];
        for (int h = 0; h < m.nh; h++) {
            lockedPair[h] = m.locked[h] >= 0 ? m.pair(h, m.locked[h]) : -1;
        }
        current = new Prices(m.np, k1, m.origins);
        best = current.copy();
        direction = new Prices(m.np, k1, m.origins);
    }

    /** The bound as an integer: the smallest full L, plus a margin for rounding, rounded down. */
    long bound() {
        return (long) Math.floor(bestValue + 1e-7 * Math.max(1, Math.abs(bestValue)));
    }

    /** The price of each (level, pledge, size) without ν: λ_p·size plus the cumulative μ, σ, τ. */
    private final class Cumulative {
        final double[] table = new double[3 * m.np * k1];
        final double[] nu;
        final int stride = m.np * k1;

        Cumulative(Prices pr) {
            nu = pr.nu;
            for (int p = 0; p < m.np; p++) {
                double a = 0;
                double s = 0;
                double t = 0;
                for (int k = 1; k < k1; k++) {
                    if (m.hasDwellings(p)) {
                        a += pr.mu[p * k1 + k];
                        s += pr.sigma[p * k1 + k];
                        t += pr.tau[p * k1 + k];
                    }
                    double base = pr.lambda[p] * k + a;
                    table[p * k1 + k] = base + s + t;
                    table[stride + p * k1 + k] = base + s;
                    table[2 * stride + p * k1 + k] = base;
                }
            }
        }

        double price(int i, int s, int o) {
            int p = m.pledge[i];
            int f = m.flags[i];
            double price = table[((f >> 1) & 3) * stride + p * k1 + s];
            return (f & MatchProblem.FLAG_COMMUNITY) != 0 ? price + nu[p * m.origins + o] : price;
        }
    }

    /** Σ of the prices times the capacities: the part of L that does not depend on the households. */
    private double constantPart(Prices pr) {
        double value = 0;
        for (int p = 0; p < m.np; p++) {
            value += pr.lambda[p] * m.places[p];
            if (m.hasDwellings(p)) {
                for (int k = 1; k < k1; k++) {
                    int idx = p * k1 + k;
                    value += pr.mu[idx] * capAll[idx] + pr.sigma[idx] * capStepFree[idx] + pr.tau[idx] * capMet[idx];
                }
            }
            for (int o = 0; o < m.origins; o++) {
                value += pr.nu[p * m.origins + o] * m.communityCap;
            }
        }
        return value;
    }

    /**
     * L at the given prices over every pair (a valid bound); kept when it is the smallest so far. With
     * {@code select} non-null, each household's {@code k} pairs of the highest reduced fit (at least its best) are
     * written there, best reduced fit first, and {@code reduced} (when non-null) gets their reduced fits.
     */
    double evaluate(Prices pr, int k, int[][] select, float[][] reduced) {
        fullEvaluations++;
        Cumulative cu = new Cumulative(pr);
        double value = constantPart(pr);
        int[] topIdx = new int[Math.max(1, k)];
        double[] topVal = new double[Math.max(1, k)];
        for (int h = 0; h < m.nh; h++) {
            int s = m.size[h];
            int o = m.origin[h];
            int n = 0;
            double bestH = 0;
            if (m.locked[h] >= 0) {
                int i = m.pair(h, m.locked[h]);
                if (i >= 0) {
                    bestH = m.fit[i] - cu.price(i, s, o);
                    topIdx[0] = i;
                    topVal[0] = bestH;
                    n = 1;
                }
            } else {
                int want = select == null ? 1 : k;
                for (int i = m.start[h]; i < m.start[h + 1]; i++) {
                    // best fit first and prices ≥ 0: once the fit is below the want-th reduced fit, stop
                    if (n == want && m.fit[i] <= topVal[n - 1]) {
                        break;
                    }
                    double v = m.fit[i] - cu.price(i, s, o);
                    if (n < want || v > topVal[n - 1]) {
                        int j = n < want ? n++ : n - 1;
                        while (j > 0 && topVal[j - 1] < v) {
                            topVal[j] = topVal[j - 1];
                            topIdx[j] = topIdx[j - 1];
                            j--;
                        }
                        topVal[j] = v;
                        topIdx[j] = i;
                    }
                }
                bestH = n > 0 ? Math.max(0, topVal[0]) : 0;
            }
            value += bestH;
            if (select != null) {
                select[h] = Arrays.copyOf(topIdx, n);
                if (reduced != null) {
                    reduced[h] = new float[n];
                    for (int j = 0; j < n; j++) {
                        reduced[h][j] = (float) topVal[j];
                    }
                }
            }
        }
        if (value < bestValue) {
            bestValue = value;
            best = pr.copy();
        }
        return value;
    }

    /** Subgradient steps on all pairs: each step's L is a full evaluation. */
    void runFull(int iterations, long target, BooleanSupplier stop) {
        theta = 1.0; // a new target (a better assignment): full steps again
        Prices kept = steps(iterations, target, stop);
        evaluate(kept, 1, null, null);
    }

    /** One share of the households' part of a step: its value and the loads and counts of its choices. */
    private final class Share {
        final int from;
        final int to;
        final double[] load = new double[m.np];
        final int[] cntAll = new int[m.np * k1];
        final int[] cntSf = new int[m.np * k1];
        final int[] cntMet = new int[m.np * k1];
        final int[] cntCommunity = new int[m.np * m.origins];
        double value;

        Share(int from, int to) {
            this.from = from;
            this.to = to;
        }

        void run(Cumulative cu) {
            Arrays.fill(load, 0);
            Arrays.fill(cntAll, 0);
            Arrays.fill(cntSf, 0);
            Arrays.fill(cntMet, 0);
            Arrays.fill(cntCommunity, 0);
            double sum = 0;
            for (int h = from; h < to; h++) {
                int s = m.size[h];
                int o = m.origin[h];
                double bestH = 0;
                int arg = -1;
                if (m.locked[h] >= 0) {
                    arg = lockedPair[h];
                    if (arg < 0) {
                        continue;
                    }
                    bestH = m.fit[arg] - cu.price(arg, s, o);
                } else {
                    for (int i = m.start[h], end = m.start[h + 1]; i < end; i++) {
                        if (m.fit[i] <= bestH) {
                            break; // best fit first and prices ≥ 0: nothing further can win
                        }
                        double v = m.fit[i] - cu.price(i, s, o);
                        if (v > bestH) {
                            bestH = v;
                            arg = i;
                        }
                    }
                }
                sum += bestH;
                if (arg >= 0) {
                    int p = m.pledge[arg];
                    load[p] += s;
                    if (m.hasDwellings(p)) {
                        int level = m.level(arg);
                        cntAll[p * k1 + s]++;
                        if (level <= 1) {
                            cntSf[p * k1 + s]++;
                        }
                        if (level == 0) {
                            cntMet[p * k1 + s]++;
                        }
                    }
                    if (m.community(arg)) {
                        cntCommunity[p * m.origins + o]++;
                    }
                }
            }
            value = sum;
        }
    }

    /** The households' part of a step in this many shares, in parallel; fixed, so the sums do not depend on cores. */
    static final int SHARES = 2;
    /**
     * Polyak's step aims at target + γ·(smallest L − target), not at the target itself: the target (a feasible
     * total) lies below the optimum by the remaining gap, and aiming there makes the steps too long near the end.
     */
    static final double GAMMA = 0.5;

    /** Subgradient steps from the current prices; the prices of the smallest L. */
    private Prices steps(int iterations, long target, BooleanSupplier stop) {
        int np = m.np;
        Share[] shares = new Share[SHARES];
        for (int t = 0; t < SHARES; t++) {
            shares[t] = new Share((int) ((long) m.nh * t / SHARES), (int) ((long) m.nh * (t + 1) / SHARES));
        }
        double[] load = new double[np];
        int[] cntAll = new int[np * k1];
        int[] cntSf = new int[np * k1];
        int[] cntMet = new int[np * k1];
        int[] cntCommunity = new int[np * m.origins];
        Prices pr = current;
        Prices d = direction;
        double roundBest = Double.MAX_VALUE;
        Prices kept = pr.copy();
        int sinceBest = 0;
        for (int it = 0; it < iterations && !stop.getAsBoolean(); it++) {
            this.iterations++;
            Cumulative cu = new Cumulative(pr);
            java.util.stream.IntStream.range(0, SHARES).parallel().forEach(t -> shares[t].run(cu));
            double value = constantPart(pr);
            Arrays.fill(load, 0);
            Arrays.fill(cntAll, 0);
            Arrays.fill(cntSf, 0);
            Arrays.fill(cntMet, 0);
            Arrays.fill(cntCommunity, 0);
            for (Share sh : shares) {
                value += sh.value;
                for (int p = 0; p < np; p++) {
                    load[p] += sh.load[p];
                }
                for (int x = 0; x < cntAll.length; x++) {
                    cntAll[x] += sh.cntAll[x];
                    cntSf[x] += sh.cntSf[x];
                    cntMet[x] += sh.cntMet[x];
                }
                for (int x = 0; x < cntCommunity.length; x++) {
                    cntCommunity[x] += sh.cntCommunity[x];
                }
            }
            if (value < bestValue) {
                bestValue = value; // every step is a full evaluation: a bound
                best = pr.copy();
            }
            if (value < roundBest) {
                if (value < roundBest - 1e-6 * Math.max(1, Math.abs(roundBest))) {
                    sinceBest = 0;
                }
                roundBest = value;
                kept = pr.copy();
            } else if (++sinceBest >= patience) {
                theta /= 2;
                sinceBest = 0;
            }
            if (roundBest - target < 1 || theta < 1e-4) {
                break;
            }
            // the deflected projected subgradient d = α·g + (1 − α)·d_prev; components that the projection would
            // undo are left out of the step's norm
            double norm = 0;
            for (int p = 0; p < np; p++) {
                d.lambda[p] = alpha * (m.places[p] - load[p]) + (1 - alpha) * d.lambda[p];
                norm += d.lambda[p] < 0 || pr.lambda[p] > 0 ? d.lambda[p] * d.lambda[p] : 0;
                if (m.hasDwellings(p)) {
                    int a = 0;
                    int sf = 0;
                    int met = 0;
                    for (int k = k1 - 1; k >= 1; k--) {
                        int idx = p * k1 + k;
                        a += cntAll[idx];
                        sf += cntSf[idx];
                        met += cntMet[idx];
                        d.mu[idx] = alpha * (capAll[idx] - a) + (1 - alpha) * d.mu[idx];
                        d.sigma[idx] = alpha * (capStepFree[idx] - sf) + (1 - alpha) * d.sigma[idx];
                        d.tau[idx] = alpha * (capMet[idx] - met) + (1 - alpha) * d.tau[idx];
                        norm += d.mu[idx] < 0 || pr.mu[idx] > 0 ? d.mu[idx] * d.mu[idx] : 0;
                        norm += d.sigma[idx] < 0 || pr.sigma[idx] > 0 ? d.sigma[idx] * d.sigma[idx] : 0;
                        norm += d.tau[idx] < 0 || pr.tau[idx] > 0 ? d.tau[idx] * d.tau[idx] : 0;
                    }
                }
                for (int o = 0; o < m.origins; o++) {
                    int idx = p * m.origins + o;
                    double g = alpha * (m.communityCap - cntCommunity[idx]) + (1 - alpha) * d.nu[idx];
                    d.nu[idx] = g;
                    norm += (g < 0 && pr.nu[idx] < m.communityPoints) || (g > 0 && pr.nu[idx] > 0) ? g * g : 0;
                }
            }
            if (norm == 0) {
                break; // the relaxation's choice satisfies every relaxed constraint: nothing to price
            }
            double aim = target + GAMMA * Math.max(0, bestValue - target);
            double t = theta * Math.max(value - aim, 1e-9 * Math.abs(value)) / norm;
            for (int p = 0; p < np; p++) {
                pr.lambda[p] = Math.max(0, pr.lambda[p] - t * d.lambda[p]);
                if (m.hasDwellings(p)) {
                    for (int k = 1; k < k1; k++) {
                        int idx = p * k1 + k;
                        pr.mu[idx] = Math.max(0, pr.mu[idx] - t * d.mu[idx]);
                        pr.sigma[idx] = Math.max(0, pr.sigma[idx] - t * d.sigma[idx]);
                        pr.tau[idx] = Math.max(0, pr.tau[idx] - t * d.tau[idx]);
                    }
                }
                for (int o = 0; o < m.origins; o++) {
                    int idx = p * m.origins + o;
                    pr.nu[idx] = Math.min(m.communityPoints, Math.max(0, pr.nu[idx] - t * d.nu[idx]));
                }
            }
        }
        return kept;
    }
}
