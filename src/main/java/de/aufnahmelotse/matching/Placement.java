package de.aufnahmelotse.matching;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * One household in Timefold's local search: its pledge (null = no pledge, the key decides), the candidate pledges
 * (the solver's candidate list: feasible only, best reduced fit first, at most
 * {@link AssignmentSolver#CANDIDATE_PLEDGES}) and, parallel to them, the fit, community points and step-free level
 * per candidate (plain arrays: 10,000 households × 40 candidates). The dwelling is chosen after the search, inside
 * the pledge. A locked household is pinned to its pledge.
 */
@PlanningEntity
public class Placement {
    @PlanningId
    private String id;
    private int index;
    private int size;
    private String origin;
    private List<Slot.PledgeCapacity> candidates;
    private int[] fits;
    private int[] community;
    private byte[] levels;
    @PlanningPin
    private boolean pinned;
    private Slot.PledgeCapacity pledge;
    /** Position of the pledge in the candidates, -1 without one. */
    private int at = -1;

    public Placement() {
    }

    public Placement(String id, int index, int size, String origin, List<Slot.PledgeCapacity> candidates, int[] fits,
                     int[] community, byte[] levels) {
        this.id = id;
        this.index = index;
        this.size = size;
        this.origin = origin;
        this.candidates = candidates;
        this.fits = fits;
        this.community = community;
        this.levels = levels;
    }

    @ValueRangeProvider(id = "candidates")
    public List<Slot.PledgeCapacity> getCandidates() {
        return candidates;
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public int getSize() {
        return size;
    }

    public String getOrigin() {
        return origin;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /** On the getter, so that Timefold sets the pledge through {@link #setPledge} (which keeps {@code at}). */
    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    public Slot.PledgeCapacity getPledge() {
        return pledge;
    }

    public void setPledge(Slot.PledgeCapacity pledge) {
        this.pledge = pledge;
        at = pledge == null ? -1 : candidates.indexOf(pledge);
    }

    public boolean isAssigned() {
        return pledge != null;
    }

    /** Fit at the assigned pledge (0 when unassigned). */
    public int getFit() {
        return at < 0 ? 0 : fits[at];
    }

    /** The step-free level at the assigned pledge (see {@link MatchProblem}); 2 without a pledge. */
    public int getLevel() {
        return at < 0 ? 2 : levels[at];
    }

    /** Community points at the assigned pledge: counted for at most the cap of households per pledge and origin. */
    public int getCommunityPoints() {
        return at < 0 ? 0 : community[at];
    }
}
