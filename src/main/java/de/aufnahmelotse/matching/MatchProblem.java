package de.aufnahmelotse.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One matching run as plain arrays, for the solver and its bound: per household its size, origin and every pledge
 * that may take it ("pairs": no knock-out NOT_MET, not forbidden, a dwelling that holds it, a positive fit — or the
 * locked pledge whatever its fit), best fit first; per pledge its places and dwellings.
 *
 * <p>Dwellings have a class: 0 step-free, 1 not known, 2 with steps. A pair has a need level: 0 when the household's
 * step-free need is MET at the pledge (it needs a dwelling known to be step-free), 1 when it has a step-free need the
 * pledge leaves open (any dwelling not known to have steps), 2 without a step-free need. A dwelling holds a household
 * when its class is at most the pair's level and its maxPersons at least the household's size.
 */
final class MatchProblem {
    static final int FLAG_COMMUNITY = 1;
    private static final int FIT_OFFSET = 1 << 28;

    final int nh;
    final int np;
    /** The largest household size in the cohort. */
    final int maxSize;
    final int[] size;
    /** Index of the household's origin (households without one share index 0). */
    final int[] origin;
    final int origins;
    /**
     * Pairs of household h: indices start[h] .. start[h+1]-1, best fit first (then the lower pledge index); the
     * arrays may be longer than start[nh].
     */
    final int[] start;
    final short[] pledge;
    final int[] fit;
    /** Bit 0: community points MET (counted at most communityCap households per pledge and origin); bits 1-2: level. */
    final byte[] flags;
    /** The locked pledge per household, or -1. */
    final int[] locked;
    final int[] places;
    /** Per pledge its dwellings' maxPersons and class, by maxPersons (then class) ascending; null: names none. */
    final int[][] dwellingCap;
    final byte[][] dwellingClass;
    /** Index into the pledge's dwellings list of the request, in the order of dwellingCap. */
    final int[][] dwellingIndex;
    final int communityCap;
    final int communityPoints;

    MatchProblem(Cohort cohort, int communityCap, int communityPoints) {
        this.communityCap = communityCap;
        this.communityPoints = communityPoints;
        nh = cohort.households.size();
        np = cohort.pledges.size();
        size = new int[nh];
        origin = new int[nh];
        Map<String, Integer> originIndex = new HashMap<>();
        originIndex.put(null, 0);
        int max = 1;
        for (int h = 0; h < nh; h++) {
            MatchRequest.Household hh = cohort.households.get(h);
            size[h] = hh.size();
            max = Math.max(max, hh.size());
            origin[h] = originIndex.computeIfAbsent(hh.origin(), k -> originIndex.size());
        }
        maxSize = max;
        origins = originIndex.size();
        places = new int[np];
        dwellingCap = new int[np][];
        dwellingClass = new byte[np][];
        dwellingIndex = new int[np][];
        // the largest dwelling per class at most c (for "a dwelling holds it" per level)
        int[][] largest = new int[np][3];
        for (int p = 0; p < np; p++) {
            MatchRequest.Pledge pl = cohort.pledges.get(p);
            places[p] = pl.places();
            List<MatchRequest.Dwelling> ds = pl.dwellings();
            if (ds == null) {
                Arrays.fill(largest[p], Integer.MAX_VALUE);
                continue;
            }
            Integer[] order = new Integer[ds.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> ds.get(a).maxPersons() != ds.get(b).maxPersons()
                    ? Integer.compare(ds.get(a).maxPersons(), ds.get(b).maxPersons())
                    : Integer.compare(dwellingClass(ds.get(b)), dwellingClass(ds.get(a))));
            dwellingCap[p] = new int[order.length];
            dwellingClass[p] = new byte[order.length];
            dwellingIndex[p] = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                MatchRequest.Dwelling d = ds.get(order[i]);
                dwellingCap[p][i] = d.maxPersons();
                dwellingClass[p][i] = (byte) dwellingClass(d);
                dwellingIndex[p][i] = order[i];
                for (int level = dwellingClass(d); level < 3; level++) {
                    largest[p][level] = Math.max(largest[p][level], d.maxPersons());
                }
            }
        }
        Map<Integer, Set<Integer>> forbidden = new HashMap<>();
        for (List<String> pair : cohort.request.options().forbidden()) {
            forbidden.computeIfAbsent(cohort.household(pair.get(0)), k -> new HashSet<>())
                    .add(cohort.pledge(pair.get(1)));
        }
        locked = new int[nh];
        Arrays.fill(locked, -1);
        for (List<String> pair : cohort.request.options().locked()) {
            locked[cohort.household(pair.get(0))] = cohort.pledge(pair.get(1));
        }
        // every pair, household by household (in parallel: the rules' judgements are read-only), each household
        // into its own stretch of np entries, then moved together: the arrays are allocated once (no second copy of
        // up to 20 million pairs while they are built), the stretches' unused tails stay at the end
        long capacity = (long) nh * np;
        pledge = new short[(int) capacity];
        fit = new int[(int) capacity];
        flags = new byte[(int) capacity];
        int[] count = new int[nh];
        IntStream.range(0, nh).parallel().forEach(h -> {
            boolean stepFree = cohort.pairs.has(h, "need.step-free");
            Set<Integer> no = forbidden.getOrDefault(h, Set.of());
            int[] extra = new int[2];
            long[] keys = new long[np];
            int n = 0;
            for (int p = 0; p < np; p++) {
                int f = cohort.pairs.scan(h, p, extra);
                if (f == Integer.MIN_VALUE || (f <= 0 && locked[h] != p) || no.contains(p)) {
                    continue;
                }
                int level = !stepFree ? 2 : extra[1] == 1 ? 0 : 1;
                if (largest[p][level] < size[h]) {
                    continue; // no dwelling holds it
                }
                f = Math.max(-FIT_OFFSET + 1, Math.min(FIT_OFFSET - 1, f));
                int flag = (extra[0] > 0 ? FLAG_COMMUNITY : 0) | level << 1;
                keys[n++] = ((long) (FIT_OFFSET - f) << 32) | ((long) p << 8) | flag;
            }
            Arrays.sort(keys, 0, n);
            int base = h * np;
            for (int i = 0; i < n; i++) {
                long k = keys[i];
                fit[base + i] = FIT_OFFSET - (int) (k >>> 32);
                pledge[base + i] = (short) ((k >>> 8) & 0xffffff);
                flags[base + i] = (byte) (k & 0xff);
            }
            count[h] = n;
        });
        start = new int[nh + 1];
        for (int h = 0; h < nh; h++) {
            start[h + 1] = start[h] + count[h];
            if (start[h] != h * np) {
                System.arraycopy(pledge, h * np, pledge, start[h], count[h]);
                System.arraycopy(fit, h * np, fit, start[h], count[h]);
                System.arraycopy(flags, h * np, flags, start[h], count[h]);
            }
        }
    }

    static int dwellingClass(MatchRequest.Dwelling d) {
        return d.stepFree() == null ? 1 : d.stepFree() ? 0 : 2;
    }

    int level(int pair) {
        return (flags[pair] >> 1) & 3;
    }

    boolean community(int pair) {
        return (flags[pair] & FLAG_COMMUNITY) != 0;
    }

    /** The pair index of (h, p), or -1. */
    int pair(int h, int p) {
        for (int i = start[h]; i < start[h + 1]; i++) {
            if (pledge[i] == p) {
                return i;
            }
        }
        return -1;
    }

    boolean hasDwellings(int p) {
        return dwellingCap[p] != null;
    }
}
