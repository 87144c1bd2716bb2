package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A place a household can be assigned to: one dwelling of a pledge (one household per dwelling), or the pledge
 * itself when it names no dwellings (then only its places bound it). Shared by every household that may take it.
 */
public final class Slot {
    @PlanningId
    private final String id;
    private final PledgeCapacity pledge;
    private final String dwellingId;
    private final int maxPersons;
    private final Boolean stepFree;

    /** {@code dwelling} null: the pledge names no dwellings. */
    public Slot(PledgeCapacity pledge, MatchRequest.Dwelling dwelling) {
        this.pledge = pledge;
        this.dwellingId = dwelling == null ? null : dwelling.id();
        this.maxPersons = dwelling == null ? Integer.MAX_VALUE : dwelling.maxPersons();
        this.stepFree = dwelling == null ? null : dwelling.stepFree();
        this.id = pledge.id() + "\u0000" + (dwellingId == null ? "" : dwellingId);
    }

    public String getId() {
        return id;
    }

    public PledgeCapacity getPledge() {
        return pledge;
    }

    public String getDwellingId() {
        return dwellingId;
    }

    public int getMaxPersons() {
        return maxPersons;
    }

    public Boolean getStepFree() {
        return stepFree;
    }

    @Override
    public String toString() {
        return pledge.id() + (dwellingId == null ? "" : "/" + dwellingId);
    }

    /**
     * A pledge as the solver's value: its places and, for a pledge that names dwellings, their maxPersons and class
     * (0 step-free, 1 not known, 2 with steps), by maxPersons ascending; null without dwellings. {@code index} is its
     * position in the request.
     */
    public record PledgeCapacity(int index, String id, int places, int[] dwellingCap, byte[] dwellingClass) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PledgeCapacity other && other.index == index;
        }

        @Override
        public int hashCode() {
            return index;
        }

        @Override
        public String toString() {
            return id;
        }

        /**
         * How many of these households get no dwelling that holds them: the greedy matching (the most restricted
         * first — a MET step-free need, then an open one, then the others — each into the smallest free dwelling of
         * an allowed class that holds it), which leaves none out whenever a matching of all of them exists (an
         * exchange argument: the allowed classes are nested). {@code sizes} and {@code levels} are parallel.
         */
        public int unmatched(int[] sizes, int[] levels) {
            if (dwellingCap == null) {
                return 0;
            }
            int n = sizes.length;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> levels[a] != levels[b] ? Integer.compare(levels[a], levels[b])
                    : Integer.compare(sizes[b], sizes[a]));
            boolean[] taken = new boolean[dwellingCap.length];
            int out = 0;
            for (int i : order) {
                int best = -1;
                for (int d = 0; d < dwellingCap.length; d++) {
                    if (!taken[d] && dwellingCap[d] >= sizes[i] && dwellingClass[d] <= levels[i]
                            && (best < 0 || dwellingCap[d] < dwellingCap[best]
                            || dwellingCap[d] == dwellingCap[best] && dwellingClass[d] > dwellingClass[best])) {
                        best = d;
                    }
                }
                if (best < 0) {
                    out++;
                } else {
                    taken[best] = true;
                }
            }
            return out;
        }
    }
}
