package de.aufnahmelotse.matching;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * An assignment of households to pledges that is feasible at every step: places, one household per dwelling that
 * holds it (kept as an explicit matching per pledge, changed along augmenting paths, so a household is only admitted
 * when all of the pledge's households still have a dwelling each), community points counted for at most the cap of
 * households per pledge and origin. Holds the total and the moves of the local search: a household to another of its
 * candidate pledges (or to none), and a household into a pledge while one of that pledge's households moves on to
 * another of its candidates or out (an ejection; moving to the first one's pledge makes it a swap).
 */
final class AssignmentState {
    private final MatchProblem m;
    /** Candidate pairs per household, by reduced fit (the bound's prices) best first. */
    final int[][] candidates;
    /** The same by fit, best first (pair order), for the searches' early stops. */
    private final int[][] byFit;
    /** Changes made while a kick is tried: household and its pair before (undone in reverse on rejection). */
    private int[] journal = new int[64];
    private int journalSize = -1;
    /** Assigned pair per household, -1 for none. */
    final int[] pairOf;
    final int[] used;
    private final int[][] occupant;
    private final int[] dwellingOf;
    private final int[][] members;
    private final int[] memberCount;
    private final int[] memberPos;
    private final int[] communityCount;
    private final int[][] visited;
    private int stamp;
    private int[] scratch = new int[16];
    long total;
    long moves;
    /** Counts every change; per pledge the count at its last change (for the local search's don't-look bits). */
    private long changes;
    private final long[] changedAt;

    AssignmentState(MatchProblem m, int[][] candidates) {
        this.m = m;
        this.candidates = candidates;
        pairOf = new int[m.nh];
        Arrays.fill(pairOf, -1);
        dwellingOf = new int[m.nh];
        Arrays.fill(dwellingOf, -1);
        memberPos = new int[m.nh];
        used = new int[m.np];
        occupant = new int[m.np][];
        visited = new int[m.np][];
        members = new int[m.np][];
        memberCount = new int[m.np];
        for (int p = 0; p < m.np; p++) {
            if (m.hasDwellings(p)) {
                occupant[p] = new int[m.dwellingCap[p].length];
                Arrays.fill(occupant[p], -1);
                visited[p] = new int[m.dwellingCap[p].length];
            }
            members[p] = new int[4];
        }
        communityCount = new int[m.np * m.origins];
        changedAt = new long[m.np];
        byFit = new int[m.nh][];
        candidatesChanged();
    }

    /** To be called when the candidate lists were replaced. */
    void candidatesChanged() {
        for (int h = 0; h < m.nh; h++) {
            byFit[h] = candidates[h].clone();
            Arrays.sort(byFit[h]);
        }
    }

    private void log(int h) {
        if (journalSize >= 0) {
            if (journalSize + 2 > journal.length) {
                journal = Arrays.copyOf(journal, 2 * journal.length);
            }
            journal[journalSize++] = h;
            journal[journalSize++] = pairOf[h];
        }
    }

    int pledgeOf(int h) {
        return pairOf[h] < 0 ? -1 : m.pledge[pairOf[h]];
    }

    /** The dwelling (index into the pledge's sorted dwellings) of an assigned household, -1 without. */
    int dwellingOf(int h) {
        return dwellingOf[h];
    }

    /** What the total gains when h joins pair i's pledge (h not there). */
    int gain(int h, int i) {
        int g = m.fit[i];
        if (m.community(i) && communityCount[m.pledge[i] * m.origins + m.origin[h]] >= m.communityCap) {
            g -= m.communityPoints;
        }
        return g;
    }

    /** What the total loses when h leaves its pledge. */
    int loss(int h) {
        int i = pairOf[h];
        if (i < 0) {
            return 0;
        }
        int l = m.fit[i];
        if (m.community(i) && communityCount[m.pledge[i] * m.origins + m.origin[h]] > m.communityCap) {
            l -= m.communityPoints;
        }
        return l;
    }

    boolean placesFor(int h, int p) {
        return used[p] + m.size[h] <= m.places[p];
    }

    /** Puts h into pair i's pledge if its places and dwellings allow (moving others between dwellings). */
    boolean tryAdd(int h, int i) {
        int p = m.pledge[i];
        if (used[p] + m.size[h] > m.places[p]) {
            return false;
        }
        if (m.hasDwellings(p)) {
            int level = m.level(i);
            int d = freeDwelling(p, m.size[h], level);
            if (d < 0) {
                stamp++;
                if (!augment(h, p, level)) {
                    return false;
                }
            } else {
                occupant[p][d] = h;
                dwellingOf[h] = d;
            }
        }
        log(h);
        changedAt[p] = ++changes;
        pairOf[h] = i;
        used[p] += m.size[h];
        if (memberCount[p] == members[p].length) {
            members[p] = Arrays.copyOf(members[p], 2 * members[p].length);
        }
        memberPos[h] = memberCount[p];
        members[p][memberCount[p]++] = h;
        if (m.community(i)) {
            int c = communityCount[p * m.origins + m.origin[h]]++;
            total -= c >= m.communityCap ? m.communityPoints : 0;
        }
        total += m.fit[i];
        return true;
    }

    void remove(int h) {
        int i = pairOf[h];
        if (i < 0) {
            return;
        }
        int p = m.pledge[i];
        log(h);
        changedAt[p] = ++changes;
        if (dwellingOf[h] >= 0) {
            occupant[p][dwellingOf[h]] = -1;
            dwellingOf[h] = -1;
        }
        pairOf[h] = -1;
        used[p] -= m.size[h];
        int pos = memberPos[h];
        int last = members[p][--memberCount[p]];
        members[p][pos] = last;
        memberPos[last] = pos;
        if (m.community(i)) {
            int c = --communityCount[p * m.origins + m.origin[h]];
            total += c >= m.communityCap ? m.communityPoints : 0;
        }
        total -= m.fit[i];
    }

    private int freeDwelling(int p, int size, int level) {
        int[] cap = m.dwellingCap[p];
        byte[] cls = m.dwellingClass[p];
        int best = -1;
        for (int d = lowerBound(cap, size); d < cap.length; d++) {
            if (occupant[p][d] < 0 && cls[d] <= level) {
                if (best < 0 || cap[d] == cap[best] && cls[d] > cls[best]) {
                    best = d; // the smallest; among equals the least step-free (keep those for who needs them)
                } else {
                    break;
                }
            }
        }
        return best;
    }

    private static int lowerBound(int[] a, int v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Kuhn's augmenting path from h: a dwelling for h, moving occupants to other dwellings that hold them. */
    private boolean augment(int h, int p, int level) {
        int[] cap = m.dwellingCap[p];
        byte[] cls = m.dwellingClass[p];
        for (int d = lowerBound(cap, m.size[h]); d < cap.length; d++) {
            if (cls[d] > level || visited[p][d] == stamp) {
                continue;
            }
            visited[p][d] = stamp;
            int o = occupant[p][d];
            if (o < 0 || augment(o, p, m.level(pairOf[o]))) {
                occupant[p][d] = h;
                dwellingOf[h] = d;
                return true;
            }
        }
        return false;
    }

    int memberCount(int p) {
        return memberCount[p];
    }

    int member(int p, int k) {
        return members[p][k];
    }

    /** Greedy construction over all pairs: households in the given order, each to its best-fit pledge with room. */
    void constructByFit(int[] order) {
        for (int h : order) {
            if (pairOf[h] >= 0 || m.locked[h] >= 0) {
                continue;
            }
            for (int i = m.start[h]; i < m.start[h + 1]; i++) {
                if (gain(h, i) > 0 && tryAdd(h, i)) {
                    break;
                }
            }
        }
    }

    /**
     * Greedy construction: households in the given order, each to its candidate with the highest reduced fit that
     * has room, provided the real gain is positive.
     */
    void construct(int[] order) {
        for (int h : order) {
            if (pairOf[h] >= 0 || m.locked[h] >= 0) {
                continue;
            }
            for (int i : candidates[h]) {
                if (gain(h, i) > 0 && tryAdd(h, i)) {
                    break;
                }
            }
        }
    }

    /**
     * Local search to a local optimum (or {@code maxPasses} passes, or {@code stop}): for each household in turn the
     * best improving move among relocations and ejections. A household that found no move is skipped in later passes
     * until its pledge or one of its candidates changes (don't-look bits); when a pass with them finds nothing, one
     * pass over everyone confirms the local optimum. Returns the passes run.
     */
    int improve(int maxPasses, BooleanSupplier stop) {
        int passes = 0;
        long[] lookedAt = new long[m.nh];
        Arrays.fill(lookedAt, -1);
        boolean full = false;
        while (passes < maxPasses && !stop.getAsBoolean()) {
            boolean improved = false;
            passes++;
            for (int h = 0; h < m.nh; h++) {
                if (m.locked[h] >= 0 || candidates[h].length == 0) {
                    continue;
                }
                if ((h & 255) == 255 && stop.getAsBoolean()) {
                    return passes;
                }
                if (!full && lookedAt[h] >= 0 && unchangedSince(h, lookedAt[h])) {
                    continue;
                }
                long before = changes;
                if (relocate(h) || eject(h)) {
                    improved = true;
                } else {
                    lookedAt[h] = before;
                }
            }
            if (!improved) {
                if (full) {
                    break;
                }
                full = true; // confirm with everyone
            } else {
                full = false;
            }
        }
        return passes;
    }

    private boolean unchangedSince(int h, long at) {
        if (pairOf[h] >= 0 && changedAt[m.pledge[pairOf[h]]] > at) {
            return false;
        }
        for (int i : candidates[h]) {
            if (changedAt[m.pledge[i]] > at) {
                return false;
            }
        }
        return true;
    }

    /** The best improving move of h to another candidate (or out), applied. */
    boolean relocate(int h) {
        int from = pairOf[h];
        int lose = loss(h);
        int bestGain = 0;
        int best = -2;
        if (from >= 0 && lose < 0) {
            bestGain = -lose; // leaving, when staying is worth less than nothing
            best = -1;
        }
        int p0 = from < 0 ? -1 : m.pledge[from];
        for (int i : byFit[h]) {
            if (m.fit[i] - lose <= bestGain) {
                break; // by fit: nothing further can win
            }
            int p = m.pledge[i];
            if (p == p0) {
                continue;
            }
            int d = gain(h, i) - lose;
            if (d > bestGain && placesFor(h, p) && canAdd(h, i)) {
                bestGain = d;
                best = i;
            }
        }
        if (best == -2) {
            return false;
        }
        long before = total;
        remove(h);
        if (best >= 0 && !tryAdd(h, best)) {
            throw new IllegalStateException("checked move failed");
        }
        moves++;
        assert total > before;
        return true;
    }

    /** Whether h could join pair i's pledge (places and dwellings), without changing anything. */
    private boolean canAdd(int h, int i) {
        int p = m.pledge[i];
        if (used[p] + m.size[h] > m.places[p]) {
            return false;
        }
        if (!m.hasDwellings(p)) {
            return true;
        }
        int level = m.level(i);
        if (freeDwelling(p, m.size[h], level) >= 0) {
            return true;
        }
        stamp++;
        return reachable(m.size[h], p, level);
    }

    /** Whether an augmenting path exists for a household of this size and level (nothing is changed). */
    private boolean reachable(int size, int p, int level) {
        int[] cap = m.dwellingCap[p];
        byte[] cls = m.dwellingClass[p];
        for (int d = lowerBound(cap, size); d < cap.length; d++) {
            if (cls[d] > level || visited[p][d] == stamp) {
                continue;
            }
            visited[p][d] = stamp;
            int o = occupant[p][d];
            if (o < 0 || reachable(m.size[o], p, m.level(pairOf[o]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * h into one of its candidate pledges q in place of a household j there, which moves on to one of its own
     * candidates (possibly h's pledge) or out; the best improving such move, applied. The change of the total is
     * computed exactly first (community counts included); the dwellings are checked only for a move that would win.
     */
    boolean eject(int h) {
        int from = pairOf[h];
        int p0 = from < 0 ? -1 : m.pledge[from];
        int lose = loss(h);
        int c = m.communityPoints;
        long bestDelta = 0;
        int bestI = -1;
        int bestJ = -1;
        int bestR = -2;
        for (int i : candidates[h]) {
            int q = m.pledge[i];
            if (q == p0) {
                continue;
            }
            int n = memberCount[q];
            if (scratch.length < n) {
                scratch = new int[2 * n];
            }
            System.arraycopy(members[q], 0, scratch, 0, n);
            int[] qMembers = scratch;
            int hCount = m.community(i) ? communityCount[q * m.origins + m.origin[h]] : 0;
            for (int k = 0; k < n; k++) {
                int j = qMembers[k];
                if (m.locked[j] >= 0 || used[q] - m.size[j] + m.size[h] > m.places[q]) {
                    continue;
                }
                int jPair = pairOf[j];
                // h's gain at q once j has left it
                int gh = m.fit[i];
                if (m.community(i)) {
                    int count = hCount - (m.community(jPair) && m.origin[j] == m.origin[h] ? 1 : 0);
                    gh -= count >= m.communityCap ? c : 0;
                }
                int base = gh - lose - loss(j);
                if (base <= bestDelta && (byFit[j].length == 0 || base + m.fit[byFit[j][0]] <= bestDelta)) {
                    continue; // not even j's best candidate could make it win
                }
                boolean qChecked = false;
                if (base > bestDelta) {
                    if (!fitsInstead(h, i, j)) {
                        continue;
                    }
                    qChecked = true;
                    bestDelta = base;
                    bestI = i;
                    bestJ = j;
                    bestR = -1;
                }
                for (int r : byFit[j]) {
                    if (base + m.fit[r] <= bestDelta) {
                        break; // by fit: nothing further can win
                    }
                    int pr = m.pledge[r];
                    if (pr == q) {
                        continue;
                    }
                    int room = m.places[pr] - used[pr] + (pr == p0 ? m.size[h] : 0);
                    if (room < m.size[j]) {
                        continue;
                    }
                    int gj = m.fit[r];
                    if (m.community(r)) {
                        int count = communityCount[pr * m.origins + m.origin[j]]
                                - (pr == p0 && m.community(from) && m.origin[h] == m.origin[j] ? 1 : 0);
                        gj -= count >= m.communityCap ? c : 0;
                    }
                    if (base + gj <= bestDelta) {
                        continue;
                    }
                    if (!qChecked) {
                        if (!fitsInstead(h, i, j)) {
                            break;
                        }
                        qChecked = true;
                    }
                    if (!(pr == p0 ? fitsInstead(j, r, h) : canAdd(j, r))) {
                        continue;
                    }
                    bestDelta = base + gj;
                    bestI = i;
                    bestJ = j;
                    bestR = r;
                }
            }
        }
        if (bestI < 0) {
            return false;
        }
        long before = total;
        if (!applyEject(h, bestI, bestJ, bestR)) {
            throw new IllegalStateException("checked ejection failed");
        }
        moves++;
        if (total != before + bestDelta) {
            throw new IllegalStateException("ejection: expected " + (before + bestDelta) + ", got " + total);
        }
        return true;
    }

    /**
     * Whether h could take a dwelling at pair i's pledge once j (a household there) has left it, nothing changed;
     * places are the caller's.
     */
    private boolean fitsInstead(int h, int i, int j) {
        int p = m.pledge[i];
        if (!m.hasDwellings(p)) {
            return true;
        }
        int d = dwellingOf[j];
        occupant[p][d] = -1;
        int level = m.level(i);
        boolean ok = freeDwelling(p, m.size[h], level) >= 0;
        if (!ok) {
            stamp++;
            ok = reachable(m.size[h], p, level);
        }
        occupant[p][d] = j;
        return ok;
    }

    private boolean applyEject(int h, int i, int j, int r) {
        int hFrom = pairOf[h];
        int jFrom = pairOf[j];
        remove(h);
        remove(j);
        if (!tryAdd(h, i)) {
            restore(hFrom, h, jFrom, j);
            return false;
        }
        if (r >= 0 && !tryAdd(j, r)) {
            remove(h);
            restore(hFrom, h, jFrom, j);
            return false;
        }
        return true;
    }

    /** Puts h and j back where they were (always possible: the households there are those that were). */
    private void restore(int hFrom, int h, int jFrom, int j) {
        if (jFrom >= 0 && !tryAdd(j, jFrom)) {
            throw new IllegalStateException("restore failed");
        }
        if (hFrom >= 0 && !tryAdd(h, hFrom)) {
            throw new IllegalStateException("restore failed");
        }
    }

    /**
     * Ruin and recreate, {@code kicks} times (a fixed seed): the households of one pledge and of a neighbouring one
     * (a candidate of one of them) taken out, put back in a shuffled order each to its candidate of the highest gain
     * with room, then relocations and ejections for them; kept when the total is not lower, else undone exactly.
     * Returns the kicks kept.
     */
    int kicks(int kicks, long seed, BooleanSupplier stop) {
        if (m.np == 0) {
            return 0;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int kept = 0;
        int[] ruined = new int[16];
        for (int k = 0; k < kicks && !stop.getAsBoolean(); k++) {
            int q = random.nextInt(m.np);
            if (memberCount[q] == 0) {
                continue;
            }
            int n = 0;
            int q2 = -1;
            for (int pass = 0; pass < 2; pass++) {
                int pl = pass == 0 ? q : q2;
                if (pl < 0) {
                    break;
                }
                for (int t = 0; t < memberCount[pl]; t++) {
                    int h = members[pl][t];
                    if (m.locked[h] < 0) {
                        if (n == ruined.length) {
                            ruined = Arrays.copyOf(ruined, 2 * n);
                        }
                        ruined[n++] = h;
                    }
                }
                if (pass == 0 && n > 0) {
                    int h = ruined[random.nextInt(n)];
                    int[] c = candidates[h];
                    q2 = c.length == 0 ? -1 : m.pledge[c[random.nextInt(c.length)]];
                    q2 = q2 == q ? -1 : q2;
                }
            }
            // households without a pledge that could go there join the recreation: at most twice as many as were
            // taken out (and at least 8), drawn at random, so a kick stays small where many have no pledge
            int members = n;
            int from = n;
            for (int h = 0; h < m.nh; h++) {
                if (pairOf[h] < 0 && m.locked[h] < 0 && candidates[h].length > 0) {
                    for (int i : candidates[h]) {
                        if (m.pledge[i] == q || m.pledge[i] == q2) {
                            if (n == ruined.length) {
                                ruined = Arrays.copyOf(ruined, 2 * n);
                            }
                            ruined[n++] = h;
                            break;
                        }
                    }
                }
            }
            int limit = Math.max(8, 2 * members);
            if (n - from > limit) {
                for (int t = 0; t < limit; t++) {
                    int x = from + t + random.nextInt(n - from - t);
                    int tmp = ruined[from + t];
                    ruined[from + t] = ruined[x];
                    ruined[x] = tmp;
                }
                n = from + limit;
            }
            if (n == 0) {
                continue;
            }
            long before = total;
            journalSize = 0;
            for (int t = 0; t < n; t++) {
                remove(ruined[t]);
            }
            for (int t = n - 1; t > 0; t--) {
                int x = random.nextInt(t + 1);
                int tmp = ruined[t];
                ruined[t] = ruined[x];
                ruined[x] = tmp;
            }
            for (int t = 0; t < n; t++) {
                int h = ruined[t];
                int best = -1;
                int bestGain = 0;
                for (int i : byFit[h]) {
                    if (m.fit[i] <= bestGain) {
                        break;
                    }
                    int g = gain(h, i);
                    if (g > bestGain && canAdd(h, i)) {
                        bestGain = g;
                        best = i;
                    }
                }
                if (best >= 0) {
                    tryAdd(h, best);
                }
            }
            for (int round = 0; round < 2; round++) {
                boolean moved = false;
                for (int t = 0; t < n; t++) {
                    moved |= relocate(ruined[t]) || eject(ruined[t]);
                }
                if (!moved) {
                    break;
                }
            }
            if (total >= before) {
                kept += total > before ? 1 : 0;
            } else {
                // undo in reverse order: the same sets of households per pledge as before, so each fits again
                int size = journalSize;
                journalSize = -1;
                for (int t = size - 2; t >= 0; t -= 2) {
                    int h = journal[t];
                    int pair = journal[t + 1];
                    remove(h);
                    if (pair >= 0 && !tryAdd(h, pair)) {
                        throw new IllegalStateException("undo failed");
                    }
                }
                if (total != before) {
                    throw new IllegalStateException("undo: expected " + before + ", got " + total);
                }
            }
            journalSize = -1;
        }
        return kept;
    }

    /** Recomputes the total from scratch (tests, assertions). */
    long recount() {
        long sum = 0;
        int[] count = new int[m.np * m.origins];
        for (int h = 0; h < m.nh; h++) {
            int i = pairOf[h];
            if (i >= 0) {
                sum += m.fit[i];
                if (m.community(i) && count[m.pledge[i] * m.origins + m.origin[h]]++ >= m.communityCap) {
                    sum -= m.communityPoints;
                }
            }
        }
        return sum;
    }
}
